/**
 * The report page's source pane. It shows the text cse read (each block with its page, line or
 * paragraph) and, for a PDF, the pages drawn by pdf.js's viewer. A click on a value with a place
 * highlights the block read there and, in a PDF, turns to its page and highlights the value's
 * text on it with the viewer's find controller.
 */
export const SOURCE_JS = String.raw `
const pane = document.getElementById('source');
const where = document.getElementById('source-where');
const textBox = document.getElementById('source-text');
let pdf = null;

function placeOf(el) {
  const n = (v) => (v ? Number(v) : null);
  return { page: n(el.dataset.page), line: n(el.dataset.line), paragraph: n(el.dataset.paragraph) };
}
function words(p) {
  return [p.page && 'page ' + p.page, p.line && 'line ' + p.line, p.paragraph && 'paragraph ' + p.paragraph].filter(Boolean).join(', ');
}
function placed(el, loc) {
  if (loc.page) el.dataset.page = loc.page;
  if (loc.line) el.dataset.line = loc.line;
  if (loc.paragraph) el.dataset.paragraph = loc.paragraph;
  return el;
}
function renderBlocks(blocks) {
  textBox.textContent = '';
  for (const block of blocks) {
    if (block.kind === 'table') {
      const table = document.createElement('table');
      for (const row of block.rows) {
        const tr = placed(document.createElement('tr'), row.loc);
        tr.className = 'block';
        for (const cell of row.cells) { const td = document.createElement('td'); td.textContent = cell; tr.append(td); }
        table.append(tr);
      }
      textBox.append(table);
    } else if (block.kind === 'list') {
      const ul = document.createElement('ul');
      block.items.forEach((item, i) => {
        const li = placed(document.createElement('li'), (block.itemLocs && block.itemLocs[i]) || block.loc);
        li.className = 'block';
        li.textContent = item;
        ul.append(li);
      });
      textBox.append(ul);
    } else {
      const div = placed(document.createElement('div'), block.loc);
      div.className = 'block ' + block.kind;
      div.textContent = block.text;
      textBox.append(div);
    }
  }
}

/** The block read at the place: the one that starts there, else the last one before it; on a page, the first there holding the text. */
function blockAt(loc, find) {
  const blocks = [...textBox.querySelectorAll('.block')];
  const key = loc.line ? 'line' : loc.paragraph ? 'paragraph' : 'page';
  const want = loc[key];
  if (!want) return null;
  if (key === 'page') {
    const onPage = blocks.filter((b) => Number(b.dataset.page) === want);
    return onPage.find((b) => find && b.textContent.includes(find)) ?? onPage[0] ?? null;
  }
  let best = null;
  for (const b of blocks) { const at = Number(b.dataset[key]); if (at && at <= want && (!best || at >= Number(best.dataset[key]))) best = b; }
  return best;
}

function show(el) {
  const loc = placeOf(el);
  const find = el.dataset.find || '';
  document.querySelectorAll('.selected').forEach((x) => x.classList.remove('selected'));
  el.classList.add('selected');
  where.textContent = 'read at ' + words(loc);
  pane.dataset.shown = words(loc);
  textBox.querySelectorAll('.hit').forEach((x) => x.classList.remove('hit'));
  const block = blockAt(loc, find);
  if (block) {
    block.classList.add('hit');
    // The text box scrolls by itself, so the page and the PDF pane stay where they are.
    textBox.scrollTop += block.getBoundingClientRect().top - textBox.getBoundingClientRect().top - 40;
  }
  if (pdf && loc.page) {
    pdf.viewer.currentPageNumber = loc.page;
    pane.dataset.shownPage = String(loc.page);
    if (find) pdf.eventBus.dispatch('find', { source: null, type: '', query: find, caseSensitive: false, entireWord: false, highlightAll: true, findPrevious: false, matchDiacritics: false, phraseSearch: true });
  }
}

async function pdfViewer(id) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/assets/pdfjs/pdf_viewer.css';
  document.head.append(link);
  const pdfjsLib = await import('/assets/pdfjs/pdf.min.mjs');
  globalThis.pdfjsLib = pdfjsLib;
  pdfjsLib.GlobalWorkerOptions.workerSrc = '/assets/pdfjs/pdf.worker.min.mjs';
  const { EventBus, PDFViewer, PDFLinkService, PDFFindController } = await import('/assets/pdfjs/pdf_viewer.mjs');
  const container = document.getElementById('pdf-container');
  const eventBus = new EventBus();
  const linkService = new PDFLinkService({ eventBus });
  const findController = new PDFFindController({ eventBus, linkService });
  const viewer = new PDFViewer({ container, eventBus, linkService, findController });
  linkService.setViewer(viewer);
  eventBus.on('pagesinit', () => { viewer.currentScaleValue = 'page-width'; pane.dataset.pdfPages = String(viewer.pagesCount); });
  const doc = await pdfjsLib.getDocument({ url: '/documents/' + id + '/file' }).promise;
  viewer.setDocument(doc);
  linkService.setDocument(doc);
  return { viewer, eventBus };
}

async function init() {
  const id = pane.dataset.document;
  const response = await fetch('/api/documents/' + id + '/text');
  const data = await response.json();
  if (data.error) textBox.textContent = data.error.message;
  else renderBlocks(data.blocks);
  if (pane.dataset.format === 'pdf') {
    try { pdf = await pdfViewer(id); } catch (error) { where.textContent = 'the PDF could not be drawn: ' + error.message; }
  }
  pane.dataset.ready = 'yes';
  document.addEventListener('click', (event) => {
    const el = event.target.closest('[data-loc]');
    if (el && !event.target.closest('button, a, input, select, form')) show(el);
  });
  document.addEventListener('keydown', (event) => {
    const el = event.target.closest && event.target.closest('[data-loc]');
    if (el && event.key === 'Enter') show(el);
  });
  const target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.dataset.loc) show(target);
}

if (pane && pane.dataset.available === 'yes') init();
`;
//# sourceMappingURL=source-js.js.map