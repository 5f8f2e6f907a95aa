/**
 * An element table set in several groups of columns side by side, to save paper: "El. | Rating |
 * El. | Rating | …", one group a criterion or the second half of a long list, row i holding the
 * i-th element of every group ("1.1.1 | C | 2.1.1 | C | 3.1.1 | C"), the shorter groups ending in
 * empty cells. Read as one table, a row is one element (its first code) and the rest of it is
 * lost. Each group becomes a table of its own, one after another in the group's order, with the
 * rows above the codes (the headers) over each: the recognisers then read every group as the
 * element table it is.
 *
 * Only where the codes stand in columns evenly spaced across the table, the first group starting
 * at the first column, every group's code column at the same place in it, and the groups alike: a
 * header row that repeats itself group by group ("El. | Rating"), or a column of ratings at the
 * same place in every group. A table with a code column and columns of ratings (a column a visit,
 * a site) has one code column; a list of codes a column ("C+ elements | PC elements") has no
 * other column between them; a column of related elements later in a table is not followed by
 * the same columns as the element's own.
 */
import type { Block, Document, TableRow } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
import { parseRatingCell } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';

type Table = Extract<Block, { kind: 'table' }>;

/** Codes a column needs, and the share of its filled cells below the headers they must be, to be a group's code column; and codes the groups need between them (the last group may be short). */
const MIN_CODES = 2;
const MIN_ALL_CODES = 6;
const CODE_SHARE = 0.8;
/** Columns a group needs at least: a code and something that rates it. */
const MIN_GROUP_WIDTH = 2;

const isCodeCell = (cell: string): boolean => leadingCode(tidy(cell)) !== null;

/** The columns that hold an element's code in nearly every filled cell below the first row of codes. */
function codeColumns(rows: readonly TableRow[], width: number, first: number): number[] {
  const columns: number[] = [];
  for (let c = 0; c < width; c++) {
    const filled = rows.slice(first).map((r) => tidy(r.cells[c] ?? '')).filter((t) => t !== '');
    const codes = filled.filter(isCodeCell).length;
    if (codes >= MIN_CODES && codes >= filled.length * CODE_SHARE) columns.push(c);
  }
  return columns;
}

/** Where the groups start, or null where the table is not set in groups. */
function groupStarts(table: Table): number[] | null {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const first = table.rows.findIndex((r) => r.cells.some(isCodeCell));
  if (first < 0 || width < 2 * MIN_GROUP_WIDTH) return null;
  const columns = codeColumns(table.rows, width, first);
  if (columns.length < 2) return null;
  const codes = table.rows.slice(first).flatMap((r) => columns.map((c) => r.cells[c] ?? '')).filter(isCodeCell).length;
  if (codes < MIN_ALL_CODES) return null;
  const period = columns[1]! - columns[0]!;
  if (period < MIN_GROUP_WIDTH || columns[0]! >= period) return null;
  if (columns.some((c, k) => c !== columns[0]! + k * period)) return null;
  // The last group may lack a spacer column the others have, no more.
  const starts = columns.map((c) => c - columns[0]!);
  if (width - starts.at(-1)! < period - 1 || width - starts.at(-1)! > period) return null;
  return alike(table.rows, first, starts, period) ? starts : null;
}

/** Whether the groups are one table's columns set again: a header row the same in every group, or ratings in the same column of each. */
function alike(rows: readonly TableRow[], first: number, starts: readonly number[], period: number): boolean {
  const group = (row: TableRow, start: number) => Array.from({ length: period }, (_, c) => tidy(row.cells[start + c] ?? '').toLowerCase());
  const repeated = rows.slice(0, first).some((row) => {
    const own = group(row, 0);
    // The last group may lack the spacer: its missing cell is blank in the others.
    return own.some((cell) => cell !== '') && starts.every((s) => group(row, s).every((cell, c) => cell === own[c]));
  });
  if (repeated) return true;
  const rated = (start: number, c: number) => {
    const filled = rows.slice(first).map((r) => tidy(r.cells[start + c] ?? '')).filter((t) => t !== '');
    return filled.length > 0 && filled.filter((t) => parseRatingCell(t) !== null).length >= filled.length * CODE_SHARE;
  };
  return Array.from({ length: period }, (_, c) => c).some((c) => starts.every((s) => rated(s, c)));
}

function stacked(table: Table, starts: readonly number[]): Table[] {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const first = table.rows.findIndex((r) => r.cells.some(isCodeCell));
  return starts.map((start, k) => {
    const end = starts[k + 1] ?? width;
    const cellsOf = (row: TableRow) => Array.from({ length: end - start }, (_, c) => row.cells[start + c] ?? '');
    // A column empty in every row (the space between two groups) is no column of the group.
    const used = cellsOf(table.rows[0]!).map((_, c) => table.rows.some((r) => tidy(r.cells[start + c] ?? '') !== ''));
    const rows = table.rows
      .filter((row, i) => i < first || cellsOf(row).some((cell) => tidy(cell) !== ''))
      .map((row) => ({ ...row, cells: cellsOf(row).filter((_, c) => used[c]) }));
    return { ...table, rows };
  });
}

export function withColumnGroupsStacked(document: Document): Document {
  let changed = false;
  const blocks = document.blocks.flatMap((block): Block[] => {
    if (block.kind !== 'table') return [block];
    const starts = groupStarts(block);
    if (!starts) return [block];
    changed = true;
    return stacked(block, starts);
  });
  return changed ? { ...document, blocks } : document;
}
