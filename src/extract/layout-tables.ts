/**
 * Tables used for layout, not data: a committee paper written as a two-column table of paragraph
 * numbers and paragraphs ("4.2 | 11 elements were rated Compliance Plus…"). Read as the
 * paragraphs they are, so the prose recognisers see them; a table of element codes (1.1.1) is
 * never one.
 */
import type { Block, Document, TableRow } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
import { parseRatingCell } from '../parse/ratings.js';

const PARAGRAPH_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})?\.?\s*$/;
/** A cell this long is a paragraph, not a value. */
const PARAGRAPH_LENGTH = 60;

function isLayoutTable(block: Extract<Block, { kind: 'table' }>): boolean {
  const rows = block.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length < 3) return false;
  const numbered = rows.filter((r) => PARAGRAPH_NUMBER.test(r.cells[0] ?? '') && leadingCode(r.cells[0] ?? '') === null && r.cells.slice(1).join('').trim() !== '');
  const prose = numbered.filter((r) => r.cells.slice(1).join(' ').length >= PARAGRAPH_LENGTH);
  return numbered.length >= rows.length * 0.8 && prose.length >= numbered.length / 2 && !hasRatingColumn(numbered);
}

/**
 * Rows numbered within a sub-criterion ("1 | We have an in-depth understanding… | Compliance") are
 * an element table's, not paragraphs: a column holding nothing but a rating in most rows says so.
 */
function hasRatingColumn(rows: readonly TableRow[]): boolean {
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (let c = 1; c < width; c++) if (rows.filter((r) => parseRatingCell(r.cells[c] ?? '') !== null).length >= rows.length / 2) return true;
  return false;
}

/** A row that is a paragraph of prose, or a numbered section heading, and nothing else. */
function rowAsBlock(row: TableRow, leftEdge = 0): Block | null {
  // A paragraph starts at the table's left edge: a long text in a later column is a cell of a row (a reason carried over a page break).
  if ((row.cells[leftEdge] ?? '').trim() === '') return null;
  const texts = row.cells.map((c) => c.trim()).filter((c, i, all) => c !== '' && c !== all[i - 1]);
  // A paragraph the table's columns cut: its last words ("w/c 11 March 2013", ".") fell into cells of their own.
  const paragraphCut = texts.length > 1 && texts[0]!.length >= 100 && texts.slice(1).join(' ').length < 40;
  if (texts.length !== 1 && !paragraphCut) return null;
  const text = texts.join(' ').replace(/\s+([.,;:])/g, '$1');
  if (/^\d{1,2}(?:\.\d{1,2})?\.?\s+[A-Z][^\n]{2,80}$/.test(text) && !/\d\s*$/.test(text) && leadingCode(text) === null) return { kind: 'heading', level: 2, text, loc: row.loc };
  if (text.length >= 100 && /[a-z][.!?](?:\s|$)/.test(text) && text.split(/\s+/).length >= 15) return { kind: 'paragraph', text, loc: row.loc };
  return null;
}

/** A cell a merged cell was spread into, written again beside itself ("Report ref. | Report ref."), and columns empty in every row, dropped. */
function compact(rows: readonly TableRow[]): TableRow[] {
  const deduped = rows.map((row) => ({ ...row, cells: row.cells.filter((c, i) => !(i > 0 && c.trim().length > 3 && !/^\d/.test(c.trim()) && c === row.cells[i - 1])) }));
  const width = Math.max(...deduped.map((r) => r.cells.length));
  const used = Array.from({ length: width }, (_, c) => deduped.some((r) => (r.cells[c] ?? '').trim() !== ''));
  return deduped.map((row) => ({ ...row, cells: row.cells.filter((_, c) => used[c]) }));
}

/**
 * A table a PDF's reader ran on past its end, taking in the paragraphs and section headings
 * after it and the next table (a borderless key-information table followed by the summary and
 * the score table): split at each row that is only a paragraph or a numbered heading, each
 * part with its own columns. Rows of data are never split.
 */
/** The first column any row of the table writes in: where its paragraphs start. */
function leftEdgeOf(block: Extract<Block, { kind: 'table' }>): number {
  const width = Math.max(...block.rows.map((r) => r.cells.length));
  for (let c = 0; c < width; c++) if (block.rows.some((r) => (r.cells[c] ?? '').trim() !== '')) return c;
  return 0;
}

function splitAtProse(block: Extract<Block, { kind: 'table' }>): Block[] | null {
  const left = leftEdgeOf(block);
  if (!block.rows.some((r) => rowAsBlock(r, left) !== null)) return null;
  const out: Block[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) out.push({ kind: 'table', rows: compact(rows), loc: rows[0]!.loc });
    rows = [];
  };
  for (const row of block.rows) {
    const asBlock = rowAsBlock(row, left);
    if (!asBlock) {
      if (row.cells.some((c) => c.trim() !== '')) rows.push(row);
      continue;
    }
    flush();
    out.push(asBlock);
  }
  flush();
  return out;
}

export function withLayoutTablesAsParagraphs(document: Document): Document {
  let changed = false;
  const blocks = document.blocks.flatMap((block): Block[] => {
    if (block.kind !== 'table') return [block];
    const asBlocks = isLayoutTable(block) ? paragraphsOf(block) : splitAtProse(block);
    if (!asBlocks) return [block];
    changed = true;
    return asBlocks;
  });
  return changed ? { ...document, blocks } : document;
}

/** A layout table's rows as the paragraphs and numbered headings they are. */
function paragraphsOf(block: Extract<Block, { kind: 'table' }>): Block[] {
  return block.rows.map((row): Block => {
    const text = row.cells.slice(1).filter((c) => c.trim() !== '').join('\n');
    const number = row.cells[0]!.trim();
    // "1. | Purpose of report": a numbered heading; "4.2 | 11 elements were…": a numbered paragraph.
    return /^\d{1,2}\.?$/.test(number) && text.length < PARAGRAPH_LENGTH && !text.includes('\n')
      ? { kind: 'heading', level: 2, text: `${number} ${text}`, loc: row.loc }
      : { kind: 'paragraph', text: `${number} ${text}`, loc: row.loc };
  });
}
