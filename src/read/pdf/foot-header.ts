/**
 * A table's header left alone at the foot of a page, its rows on the next. A word processor that
 * does not keep a header with the row after it prints the header as the page's last line and the
 * rows at the top of the next page, where they are read as a table without a header. The line
 * heads that table where it is one label a column, each set within its column (a header centred
 * over cells set at the left lies right of where the column's text starts, never past where the
 * next column's starts).
 */
import { joinFragments, pieces, SAME_START, type TextLine } from './fragments.js';
import type { GridTable } from './grid-tables.js';

/** A header has this many cells at least: fewer say too little of a table's columns. */
const MIN_CELLS = 3;
/** A header label is a few words; a longer piece is prose or data. */
const LABEL_WORDS = 5;
/** A count, a code or a date: a row's cell, never a header's label. */
const DATA = /^[\d.,:/%–-]+$/;
/** A cell led by a code or a number ("1.1.1 We have …", "3. Information and Access"). */
const CODE = /^\d+(?:\.\d+)*\.?\s/;

/**
 * The cells of the header `line` makes over `table` (the first table of the next page, read
 * without a header), or null where the line is not its header: its pieces are as many as the
 * table's cells, each a label of a few words (no number), the middle of each in its own column
 * in order, and the table's first row is data, not labels (a header of its own, or this one repeated).
 */
export function headerOverTable(line: TextLine, table: GridTable): string[] | null {
  const labels = pieces(line);
  const width = table.rows[0]?.cells.length ?? 0;
  if (labels.length < MIN_CELLS || labels.length !== width) return null;
  const texts = labels.map(joinFragments);
  if (texts.some((t) => t === '' || DATA.test(t) || t.split(/\s+/).length > LABEL_WORDS)) return null;
  const inColumn = labels.every((piece, k) => {
    const middle = (piece[0]!.x + piece.at(-1)!.right) / 2;
    const [left, next] = [table.columns[k], table.columns[k + 1]];
    return left !== undefined && middle >= left - SAME_START && (next === undefined || k === width - 1 || middle < next);
  });
  if (!inColumn) return null;
  // The table's first row must be data (a count or a code in some cell): a row of labels is a header of its own.
  if (!table.rows[0]!.cells.some((cell) => DATA.test(cell.trim()) || CODE.test(cell.trim()))) return null;
  return texts;
}
