/**
 * Reports written in two languages: every label, heading and table header given in both, as
 * "Sefydliad / Organisation" or a Welsh line over an English one ("Cydymffurfio Plws" over
 * "Compliance Plus"), and values too ("2 Ebrill 2013 / 2 April 2013"). The recognisers read
 * English; a bilingual report is read through its English half. A document is taken as
 * bilingual only when several of its texts pair a half in English with one that is not, the
 * English nearly always on the same side; each pair with its English on that side then keeps
 * its English half. A report may also set the two languages side by side, every table twice in
 * one row of cells ("Elfen | Sgôr | Element | Rating", an empty column between the halves or
 * none): where several tables part so, one half English and the other not, each keeps its
 * English half. Prose set in each language in paragraphs of its own is left as it is: the
 * recognisers skip what they cannot read.
 */
import { textsOf, withEachText, type Block, type Document } from '../document/model.js';

/** Lines of more words than this are not parted into languages. */
const MAX_PARTED_WORDS = 12;
/** Pairs a document needs before it is taken as bilingual. */
const MIN_PAIRS = 4;
/**
 * The share of them with the English on one side. Not all: an English cell wrapped over two
 * lines may have a second line of words this module does not list ("planning fell again").
 */
const SAME_SIDE = 0.8;
/** A half this much English (of its words of two letters or more) is English; this little, not. */
const ENGLISH = 0.5;
const NOT_ENGLISH = 0.1;

/** Common English words and the standard's own, enough to tell an English label or value from a Welsh one. */
const ENGLISH_WORDS = new Set(
  (
    'the of and to in for on at by with an is are was were be been all other not no this that its it as from or next ' +
    'date dates report visit type assessment assessor assessors lead organisation organization council county borough city district ' +
    'criterion criteria total totals summary score scores element elements compliance compliant partial partially plus non full fully ' +
    'reason reasons comment comments evidence customer insight culture information access delivery timeliness quality service services ' +
    'review annual second first third initial reassessment surveillance recommended continued certification elements rating ratings ' +
    'january february march april may june july august september october november december month months year years ' +
    'client contact name scope standard outcome result results page contents introduction background conclusion'
  ).split(' '),
);

function englishShare(text: string): number | null {
  const words = text.toLowerCase().match(/\p{L}{2,}/gu) ?? [];
  if (words.length === 0) return null;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length;
}

/**
 * The halves of a text in two languages: one line parted by " / " outside brackets ("Sefydliad /
 * Organisation"), or its lines parted in two (the Welsh of a table header over its English,
 * however many lines each wraps over). Null where there is no such parting, or several.
 */
function halvesOf(text: string): [string, string] | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  // One " / " outside brackets parts the text, wherever its lines wrap ("Elfen /" over "Element",
  // "Cyngor … / Glanyrafon County Borough" over "Council").
  const line = lines.join(' ');
  let depth = 0;
  const cuts: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && line.startsWith(' / ', i)) cuts.push(i);
  }
  if (cuts.length === 1) return [line.slice(0, cuts[0]).trim(), line.slice(cuts[0]! + 3).trim()];
  if (lines.length === 1) return null;
  // A header or label, not a paragraph of reasons wrapped over lines.
  if (text.split(/\s+/).length > MAX_PARTED_WORDS) return null;
  // Of the partings into an English and a not-English half, the one that sets them furthest apart.
  const contrast = (pair: readonly [string, string]) => Math.abs((englishShare(pair[0]) ?? 0) - (englishShare(pair[1]) ?? 0));
  const partings = lines
    .slice(1)
    .map((_, k) => [lines.slice(0, k + 1).join(' '), lines.slice(k + 1).join(' ')] as [string, string])
    .filter((pair) => englishSide(pair) !== null)
    .sort((a, b) => contrast(b) - contrast(a));
  return partings.length > 0 && (partings.length === 1 || contrast(partings[0]!) > contrast(partings[1]!)) ? partings[0]! : null;
}

/** Which half of a pair is English (0 or 1), where one is and the other is not. */
function englishSide(pair: readonly [string, string]): 0 | 1 | null {
  const a = englishShare(pair[0]);
  const b = englishShare(pair[1]);
  if (a === null || b === null) return null;
  if (a >= ENGLISH && b <= NOT_ENGLISH) return 0;
  if (b >= ENGLISH && a <= NOT_ENGLISH) return 1;
  return null;
}

type Table = Extract<Block, { kind: 'table' }>;
/** Tables set side by side a document needs before its tables are parted into languages. */
const MIN_SIDE_BY_SIDE = 2;
/** The rows of a table set twice whose halves have their empty cells in the same places; and that hold the same code, number or name on both sides. */
const MIRRORED_SHAPE = 0.8;
const MIRRORED_ROWS = 1 / 3;
/** Words of two letters or more the half not in English needs: a column of codes or numbers tells no language. */
const MIN_OTHER_WORDS = 3;

/**
 * The columns of a table's English half, where its cells part into two tables side by side of
 * as many columns each (an empty column between them, or none), one English and one not.
 */
function englishColumns(table: Table): number[] | null {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  if (table.rows.some((r) => r.cells.length !== width)) return null;
  const empty = (c: number) => table.rows.every((r) => r.cells[c]!.trim() === '');
  const spacer = width % 2 === 1 && empty((width - 1) / 2);
  if (!spacer && width % 2 === 1) return null;
  const half = Math.floor(width / 2);
  if (half < 2 && table.rows.length < 2) return null;
  const left = [...Array(half).keys()];
  const right = left.map((c) => c + width - half);
  // Halves that mirror each other: a cell empty on one side is empty on the other, and many rows
  // hold the same code, number or name on both sides ("1.1.1", "54", "8 a 9 Mehefin 2011" beside
  // "8 and 9 June 2011"), not a table of colours beside their meanings.
  const cellsOf = (row: Table['rows'][number], columns: number[]) => columns.map((c) => row.cells[c]!.trim());
  const digits = (cells: string[]) => (cells.join(' ').match(/\d+/g) ?? []).join(' ');
  // Most tables are no such pair: counted row by row, given up once the rows left cannot make enough.
  let mirrored = 0;
  for (const [n, row] of table.rows.entries()) {
    const [l, r] = [cellsOf(row, left), cellsOf(row, right)];
    if (l.some((cell, i) => cell !== '' && cell === r[i]) || (digits(l) !== '' && digits(l) === digits(r))) mirrored += 1;
    else if (mirrored + table.rows.length - n - 1 < table.rows.length * MIRRORED_ROWS) return null;
  }
  const shaped = table.rows.filter((row) => cellsOf(row, left).every((cell, i) => (cell === '') === (cellsOf(row, right)[i] === ''))).length;
  if (shaped < table.rows.length * MIRRORED_SHAPE || mirrored < table.rows.length * MIRRORED_ROWS) return null;
  const text = (columns: number[]) => table.rows.flatMap((r) => columns.map((c) => r.cells[c]!)).join(' ');
  const words = (columns: number[]) => (text(columns).match(/\p{L}{2,}/gu) ?? []).length;
  const side = englishSide([text(left), text(right)]);
  if (side === null || words(side === 0 ? right : left) < MIN_OTHER_WORDS) return null;
  return side === 0 ? left : right;
}

/** Each table set twice side by side kept in its English half, where several are; else the document itself. */
function withEnglishColumns(document: Document): Document {
  const kept = new Map(document.blocks.flatMap((b, i) => (b.kind === 'table' ? [[i, englishColumns(b)] as const] : [])).filter(([, c]) => c !== null));
  if (kept.size < MIN_SIDE_BY_SIDE) return document;
  return {
    ...document,
    blocks: document.blocks.map((block, i) => {
      const columns = kept.get(i);
      return columns && block.kind === 'table' ? { ...block, rows: block.rows.map((row) => ({ ...row, cells: columns.map((c) => row.cells[c]!) })) } : block;
    }),
  };
}

/** The document read through the English half of each pair, where it is bilingual; else the document itself. */
export function englishHalf(parallel: Document): Document {
  const document = withEnglishColumns(parallel);
  // Only pairs parted by " / " say a document is bilingual: an English cell wrapped over two
  // lines can pass for a pair where its second line has no word this module lists.
  const sides = document.blocks.flatMap(textsOf).flatMap((t) => {
    const pair = t.includes(' / ') && !t.includes('\n') ? halvesOf(t) : null;
    const side = pair ? englishSide(pair) : null;
    return side === null ? [] : [side];
  });
  const first = sides.filter((s) => s === 0).length;
  const side: 0 | 1 | null = sides.length < MIN_PAIRS ? null : first <= sides.length * (1 - SAME_SIDE) ? 1 : first >= sides.length * SAME_SIDE ? 0 : null;
  if (side === null) return document;
  const english = (text: string): string => {
    const pair = halvesOf(text);
    return pair && englishSide(pair) === side ? pair[side] : text;
  };
  return { ...document, blocks: document.blocks.map((block) => withEachText(block, english)) };
}
