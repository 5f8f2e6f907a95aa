/**
 * The fuzz harness's mutations: each takes a fixture's bytes and a random source and gives the
 * bytes of a damaged, hostile or oddly encoded copy. `scale` shrinks the huge ones (deep
 * nesting, long lines, big tables) for the test suite's short form.
 */
import JSZip from 'jszip';

export { createRandom } from '../corpus/random.mjs';

function flipBytes(bytes, rng) {
  const out = Buffer.from(bytes);
  for (let i = rng.int(1, 64); i > 0; i--) out[rng.int(0, out.length - 1)] ^= rng.int(1, 255);
  return out;
}

function truncate(bytes, rng) {
  return bytes.subarray(0, rng.int(0, bytes.length - 1));
}

function zeroRange(bytes, rng) {
  const out = Buffer.from(bytes);
  const start = rng.int(0, out.length - 1);
  out.fill(0, start, Math.min(out.length, start + rng.int(1, 4096)));
  return out;
}

async function rezip(bytes, rng, change) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const out = new JSZip();
  for (const name of rng.shuffle(names)) out.file(name, await change(name, await zip.file(name).async('nodebuffer')));
  const level = rng.int(0, 9);
  return out.generateAsync({ type: 'nodebuffer', compression: level === 0 ? 'STORE' : 'DEFLATE', compressionOptions: { level: Math.max(1, level) } });
}

const sized = (rng, scale, min, max) => Math.max(2, Math.round(rng.int(min, max) * scale));

/** Markdown constructs micromark takes long or deep over, `n` levels or items. */
const NESTINGS = [
  (n) => `${'> '.repeat(n)}text\n`,
  (n) => `${Array.from({ length: Math.min(n, 3000) }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')}\n`,
  (n) => `${'['.repeat(n)}a${']'.repeat(n)}\n`,
  (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}\n`,
  (n) => `${'a*'.repeat(n)}\n`,
  (n) => `${'*a **a '.repeat(n)}\n`,
  (n) => `${'<div>'.repeat(n)}\n`,
  (n) => `${'<table><tr><td>'.repeat(n)}\n`,
];

function hugeTable(rows) {
  const lines = ['| Element | Rating | Comment |', '| --- | --- | --- |'];
  for (let i = 0; i < rows; i++) lines.push(`| ${1 + (i % 5)}.${1 + (i % 3)}.${1 + (i % 7)} | **Compliance** | Row ${i} of a table that never ends |`);
  return `${lines.join('\n')}\n`;
}

/** The same rows as Pandoc's grid table, each row two lines under its border. */
function hugeGridTable(rows) {
  const border = '+---------+----------------+--------------------------------------+';
  const lines = [border, '| Element | Rating         | Comment                              |', border.replace(/-/g, '=')];
  for (let i = 0; i < rows; i++) lines.push(`| ${`${1 + (i % 5)}.${1 + (i % 3)}.${1 + (i % 7)}`.padEnd(7)} | **Compliance** | Row ${String(i).padEnd(32)} |`, '|         |                | of a table that never ends           |', border);
  return `${lines.join('\n')}\n`;
}

/** The same rows as raw HTML, a blank line between rows (so CommonMark makes an HTML block of each). */
function hugeHtmlTable(rows) {
  const lines = ['<table><tr><th>Element</th><th>Rating</th><th>Comment</th></tr>'];
  for (let i = 0; i < rows; i++) lines.push(`<tr><td>${1 + (i % 5)}.${1 + (i % 3)}.${1 + (i % 7)}</td><td><b>Compliance</b></td><td>Row ${i}</td></tr>`);
  return `${lines.join('\n\n')}\n</table>\n`;
}

function wordTable(rows) {
  const row = '<w:tr><w:tc><w:p><w:r><w:t>1.1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Compliance</w:t></w:r></w:p></w:tc></w:tr>';
  return `<w:tbl>${row.repeat(rows)}</w:tbl>`;
}

function wordNesting(depth) {
  return `${'<w:tbl><w:tr><w:tc>'.repeat(depth)}<w:p><w:r><w:t>deep</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(depth)}`;
}

/** Inserts `text` into a Markdown file at a line break chosen at random. */
function insertMarkdown(bytes, rng, text) {
  const source = bytes.toString('utf8');
  const breaks = [...source.matchAll(/\n\n/g)].map((m) => m.index + 2);
  const at = breaks.length ? rng.pick(breaks) : source.length;
  return Buffer.from(`${source.slice(0, at)}${text}\n${source.slice(at)}`);
}

/** Inserts XML at the start of a Word file's body. */
function insertWordBody(bytes, rng, xml) {
  return rezip(bytes, rng, (name, part) => (name === 'word/document.xml' ? Buffer.from(part.toString('utf8').replace('<w:body>', `<w:body>${xml}`)) : part));
}

function encodeUtf16(text, bigEndian) {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? Buffer.from(le).swap16() : le;
}

/** Mutation name → formats it applies to and what it does. */
export const MUTATIONS = {
  'flip-bytes': { formats: ['md', 'docx', 'pdf'], apply: (bytes, rng) => flipBytes(bytes, rng) },
  truncate: { formats: ['md', 'docx', 'pdf'], apply: (bytes, rng) => truncate(bytes, rng) },
  'zero-range': { formats: ['md', 'docx', 'pdf'], apply: (bytes, rng) => zeroRange(bytes, rng) },
  'zip-shuffle': { formats: ['docx'], apply: (bytes, rng) => rezip(bytes, rng, (_name, part) => part) },
  'zip-broken-part': {
    formats: ['docx'],
    apply: (bytes, rng) => rezip(bytes, rng, (name, part) => (name.endsWith('.xml') && rng.next() < 0.3 ? part.subarray(0, rng.int(0, part.length)) : part)),
  },
  'deep-nesting': {
    formats: ['md', 'docx'],
    apply: (bytes, rng, format, scale) =>
      format === 'md' ? insertMarkdown(bytes, rng, rng.pick(NESTINGS)(sized(rng, scale, 1000, 60000))) : insertWordBody(bytes, rng, wordNesting(sized(rng, scale, 100, 5000))),
  },
  'huge-line': {
    formats: ['md'],
    apply: (bytes, rng, _format, scale) => insertMarkdown(bytes, rng, rng.pick(['|', '|a', 'x', '*a', '[a', '+-']).repeat(sized(rng, scale, 100_000, 2_500_000))),
  },
  'huge-table': {
    formats: ['md', 'docx'],
    apply: (bytes, rng, format, scale) =>
      format === 'md'
        ? insertMarkdown(bytes, rng, rng.pick([hugeTable, hugeGridTable, hugeHtmlTable])(sized(rng, scale, 1000, 20000)))
        : insertWordBody(bytes, rng, wordTable(sized(rng, scale, 1000, 20000))),
  },
  'wrong-encoding': {
    formats: ['md'],
    apply: (bytes, rng) => {
      const text = bytes.toString('utf8');
      return rng.pick([() => encodeUtf16(text, false), () => encodeUtf16(text, true), () => Buffer.from(text, 'latin1'), () => Buffer.from(text.replace(/ /g, '\u00a0'), 'latin1')])();
    },
  },
};

/** Special files: none has bytes to read, and a FIFO waits for a writer that never comes. */
export const SPECIAL_FILES = ['fifo', 'socket', 'device-link', 'folder'];
