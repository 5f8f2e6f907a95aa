#!/usr/bin/env node
/**
 * Makes the Word and PDF twins of the layout zoo: fixtures/zoo/<stem>.md is the one source of
 * each report, and this script writes
 *   fixtures/zoo/<stem>.docx          Word, with the `docx` package (scripts/word/markdown-to-docx.mjs,
 *                                     the converter of fixtures/word/), merged cells where ZOO_HABITS says
 *   fixtures/zoo/<stem>.lo.pdf        that .docx exported by LibreOffice (soffice --convert-to pdf)
 *   fixtures/zoo/<stem>.chromium.pdf  the Markdown rendered to HTML here (same merges, the report's own
 *                                     house CSS) and printed by headless Chromium
 *
 * Markdown cannot merge cells, so a merged cell is written once in the Markdown with blank cells
 * below (or beside) it; ZOO_HABITS names the merge, and the Word and HTML twins merge the cells.
 * A Markdown table whose first row is data (a table continued after a page break, with no header
 * row of its own) is named in `headless`: the HTML twin writes that row as an ordinary row.
 * `<!-- pagebreak -->` in the Markdown is a page break in the HTML twin (Word ignores it).
 *
 * Needs LibreOffice and Chromium (apt-get install libreoffice-writer chromium).
 * Usage: node scripts/make-zoo-fixtures.mjs [stem ...]   (then commit fixtures/zoo/*)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { Packer, wordDocument } from './word/markdown-to-docx.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const ZOO = join(ROOT, 'fixtures/zoo');
const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Per report: `merges` (cells merged in Word and HTML: table index among the report's top-level
 * tables, row index counting the header row as 0, column, spans), `headless` (indexes of tables
 * whose first row is data), `word` (extra habits for markdown-to-docx.mjs: paragraphCells,
 * borderless, boldHeadings, bodyStyle), `css` (the house style of the HTML twin).
 */
const ZOO_HABITS = {
  'sgs-wyvern-university': {
    css: 'body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10pt} th{background:#e8eef7}',
    word: { paragraphCells: 'Element' },
  },
  'asl-harbourside-nhs': {
    merges: [{ table: 2, row: 0, col: 0, rowSpan: 4, colSpan: 1 }],
    headless: [2],
    css: 'body{font-family:"Liberation Serif",serif;font-size:11pt} th{background:#dddddd}',
  },
  'cfa-ashworth-council': {
    css: 'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10.5pt} h1{text-align:center}',
  },
  'emqc-riverside-police': {
    css: 'body{font-family:"DejaVu Serif",serif;font-size:10pt} th{background:#f1e4c8}',
    word: { boldHeadings: 3 },
  },
  'nqa-calderbrook-libraries': {
    css: 'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.5pt} td,th{padding:1px 4px}',
  },
  'brackenford-cabinet-paper': {
    css: 'body{font-family:Arial,sans-serif;font-size:11pt} h1,h2{font-size:12pt}',
    word: { boldHeadings: 2 },
  },
  'kingsmead-homes-board-paper': {
    headless: [2],
    css: 'body{font-family:"Liberation Serif",serif;font-size:11.5pt}',
  },
  'g4s-fenwick-college': {
    merges: [{ table: 1, row: 0, col: 0, rowSpan: 4, colSpan: 1 }],
    headless: [1],
    css: 'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt} th{background:#cfe3cf}',
  },
  'cfa-ravensworth-revenues': {
    css: 'body{font-family:"DejaVu Sans",sans-serif;font-size:9.5pt}',
    word: { paragraphCells: 'Element' },
  },
  'sgs-tamar-vale-police': {
    css: 'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt} th{background:#e0e0e0}',
  },
  'emqc-greyfriars-nhs': {
    headless: [2],
    css: 'body{font-family:"Liberation Serif",serif;font-size:11pt}',
  },
  'cfa-hollins-university': {
    css: 'body{font-family:"DejaVu Sans",sans-serif;font-size:10pt} th{background:#ffe9a8}',
  },
  'meridian-saltmarsh-parks': {
    css: 'body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt}',
  },
};

const BASE_CSS = `@page{size:A4;margin:18mm 16mm}
table{border-collapse:collapse;width:100%;margin:6pt 0}
td,th{border:1px solid #000;padding:2px 5px;vertical-align:top;text-align:left}
h1{font-size:16pt} h2{font-size:13pt} h3{font-size:11.5pt} h4{font-size:11pt}
p{margin:4pt 0 6pt}`;

function topTables(tree) {
  return tree.children.filter((n) => n.type === 'table');
}

/** Splits a pipe-table source line into its cells (escaped pipes kept). */
function splitRow(line) {
  const parts = line.split(/(?<!\\)\|/);
  return parts;
}

/** The Markdown with each merge's covered (blank) cells filled with the merged cell's text, as markdown-to-docx expects. */
function filledForWord(markdown, merges) {
  if (!merges?.length) return markdown;
  const tree = processor.parse(markdown);
  const tables = topTables(tree);
  const lines = markdown.split('\n');
  for (const m of merges) {
    const table = tables[m.table];
    const lineOf = (row) => table.position.start.line - 1 + row + (row >= 1 ? 1 : 0);
    const anchor = splitRow(lines[lineOf(m.row)])[m.col + 1].trim();
    for (let r = m.row; r < m.row + m.rowSpan; r++) {
      const parts = splitRow(lines[lineOf(r)]);
      for (let c = m.col; c < m.col + m.colSpan; c++) {
        if (r === m.row && c === m.col) continue;
        if (parts[c + 1].trim() !== '') throw new Error(`merge covers a cell that is not blank: table ${m.table} row ${r} column ${c}`);
        parts[c + 1] = ` ${anchor} `;
      }
      lines[lineOf(r)] = parts.join('|');
    }
  }
  return lines.join('\n');
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inline(nodes) {
  return nodes
    .map((n) => {
      if (n.type === 'text' || n.type === 'inlineCode') return escape(n.value).replace(/\n/g, '<br>');
      if (n.type === 'break') return '<br>';
      if (n.type === 'html') return /^<br\s*\/?>$/i.test(n.value) ? '<br>' : /^<\/?(sup|sub|u)>$/i.test(n.value) ? n.value : '';
      if (n.type === 'strong') return `<strong>${inline(n.children)}</strong>`;
      if (n.type === 'emphasis') return `<em>${inline(n.children)}</em>`;
      if ('children' in n) return inline(n.children);
      return '';
    })
    .join('');
}

function htmlTable(node, merges, headless) {
  const covered = new Set();
  for (const m of merges)
    for (let r = m.row; r < m.row + m.rowSpan; r++) for (let c = m.col; c < m.col + m.colSpan; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  const rows = node.children.map((row, r) => {
    const tag = r === 0 && !headless ? 'th' : 'td';
    const cells = row.children
      .map((cell, c) => {
        if (covered.has(`${r},${c}`)) return '';
        const m = merges.find((x) => x.row === r && x.col === c);
        const span = m ? `${m.rowSpan > 1 ? ` rowspan="${m.rowSpan}"` : ''}${m.colSpan > 1 ? ` colspan="${m.colSpan}"` : ''}` : '';
        return `<${tag}${span}>${inline(cell.children)}</${tag}>`;
      })
      .join('');
    return `<tr>${cells}</tr>`;
  });
  if (headless) return `<table><tbody>${rows.join('\n')}</tbody></table>`;
  return `<table><thead>${rows[0]}</thead><tbody>${rows.slice(1).join('\n')}</tbody></table>`;
}

function htmlList(node) {
  const tag = node.ordered ? 'ol' : 'ul';
  const items = node.children.map((item) => `<li>${item.children.map((c) => (c.type === 'list' ? htmlList(c) : c.type === 'paragraph' ? inline(c.children) : '')).join('<br>')}</li>`);
  return `<${tag}${node.ordered && node.start > 1 ? ` start="${node.start}"` : ''}>${items.join('')}</${tag}>`;
}

function htmlDocument(title, markdown, habits) {
  const tree = processor.parse(markdown);
  let tableIndex = -1;
  const body = tree.children.map((node) => {
    switch (node.type) {
      case 'heading':
        return `<h${node.depth}>${inline(node.children)}</h${node.depth}>`;
      case 'paragraph':
        return `<p>${inline(node.children)}</p>`;
      case 'list':
        return htmlList(node);
      case 'blockquote':
        return `<blockquote>${node.children.map((c) => `<p>${inline(c.children ?? [])}</p>`).join('')}</blockquote>`;
      case 'table': {
        tableIndex += 1;
        const merges = (habits.merges ?? []).filter((m) => m.table === tableIndex);
        return htmlTable(node, merges, (habits.headless ?? []).includes(tableIndex));
      }
      case 'html':
        return /pagebreak/.test(node.value) ? '<div style="break-after:page"></div>' : '';
      case 'thematicBreak':
        return '<hr>';
      default:
        return '';
    }
  });
  return `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${BASE_CSS}\n${habits.css ?? ''}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}

const wanted = process.argv.slice(2);
const stems = readdirSync(ZOO)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => f.replace(/\.md$/, ''))
  .filter((s) => wanted.length === 0 || wanted.includes(s))
  .sort();
/** LibreOffice's export; a headless soffice now and then exits 1 when started right after the last one ended, so it is tried three times. */
function soffice(docx) {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore' });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const work = mkdtempSync(join(tmpdir(), 'cse-zoo-'));
for (const stem of stems) {
  const habits = ZOO_HABITS[stem] ?? {};
  const markdown = readFileSync(join(ZOO, `${stem}.md`), 'utf8');
  const merges = (habits.merges ?? []).map((m) => ({ ...m }));
  const docx = await Packer.toBuffer(wordDocument(stem, filledForWord(markdown, merges), { ...(habits.word ?? {}), mergeCells: merges }));
  writeFileSync(join(ZOO, `${stem}.docx`), docx);
  soffice(join(ZOO, `${stem}.docx`));
  renameSync(join(work, `${stem}.pdf`), join(ZOO, `${stem}.lo.pdf`));
  const html = join(work, `${stem}.html`);
  writeFileSync(html, htmlDocument(stem, markdown, habits));
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-pdf-header-footer',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--print-to-pdf=${join(ZOO, `${stem}.chromium.pdf`)}`,
      `file://${html}`,
    ],
    { stdio: 'ignore' },
  );
  for (const ext of ['docx', 'lo.pdf', 'chromium.pdf']) console.log(`fixtures/zoo/${stem}.${ext}  ${statSync(join(ZOO, `${stem}.${ext}`)).size} bytes`);
}
