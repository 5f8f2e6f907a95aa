/**
 * Several elements in one table row, one a line: "3.4.2⏎3.4.3 | C⏎C", where an author typed the
 * codes of a cell under one another, or a PDF's reader took the rows of the columns that go on
 * below the others for lines wrapped in one row (a table whose shorter columns end early). Read as
 * one row, the first code takes the first rating and the rest are lost. Each line becomes a row of
 * its own: only where the row's code cell is nothing but codes, one a line, a cell beside it
 * rates each of them line by line, and every other filled cell has as many lines, so that line i
 * of each cell can only belong to code i.
 */
import type { Block, Document, TableRow } from '../document/model.js';
import { codeListCell } from '../parse/codes.js';
import { parseRatingCell } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';

const linesOf = (cell: string) => cell.split('\n').map(tidy).filter((l) => l !== '');

function parted(row: TableRow): TableRow[] | null {
  const lines = row.cells.map(linesOf);
  const codeCell = lines.findIndex((l) => l.length >= 2 && l.every((line) => codeListCell(line)?.length === 1));
  if (codeCell < 0) return null;
  const count = lines[codeCell]!.length;
  if (lines.some((l) => l.length !== 0 && l.length !== count)) return null;
  if (!lines.some((l, c) => c !== codeCell && l.length === count && l.every((line) => parseRatingCell(line) !== null))) return null;
  return Array.from({ length: count }, (_, i) => ({ ...row, cells: lines.map((l) => l[i] ?? '') }));
}

export function withStackedRowsParted(document: Document): Document {
  let changed = false;
  const blocks = document.blocks.map((block): Block => {
    if (block.kind !== 'table' || !block.rows.some((r) => r.cells.some((c) => c.includes('\n')))) return block;
    const rows = block.rows.flatMap((row) => parted(row) ?? [row]);
    if (rows.length === block.rows.length) return block;
    changed = true;
    return { ...block, rows };
  });
  return changed ? { ...document, blocks } : document;
}
