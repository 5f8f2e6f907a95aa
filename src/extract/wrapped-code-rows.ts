/**
 * A row of a grid that a PDF's reader split at a wrapped line: a long title in the first cell
 * ("1.2 Engagement and" over "Consultation") puts each cell's second line on a row of its own, so
 * the row holds the codes alone ("1.2.1 | 1.2.2 | 1.2.3") and the line below their marks ("C | E |
 * C"). The two are one row again: each cell joined with the one below it. Only where every cell
 * of codes has a short text below it and no other cell has any: a table's next row is never taken in.
 * A row of one sub-criterion's codes only, under its title: a header row of codes across several
 * sub-criteria ("Element | 1.1.1 … 1.3.5") with a row of ratings under it is a table turned on its
 * side, whose next row is a row of its own (code-strips.ts reads it).
 */
import type { Block, Document, TableRow } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
import { tidy } from '../parse/text.js';
import { CODE_COLUMN } from './recognise/column-headers.js';

/** A cell holding one element's code and nothing else. */
const CODE_ALONE = /^[1-5]\.[1-9]\.[1-9]$/;
/** A wrapped cell's second line is a mark or a word or two, not a cell of its own row. */
const MAX_TAIL = 20;

function wrapsInto(row: TableRow, next: TableRow): boolean {
  const codes = row.cells.map((cell, c) => c > 0 && CODE_ALONE.test(tidy(cell)));
  if (codes.filter(Boolean).length < 2 || leadingCode(next.cells[0] ?? '') !== null) return false;
  const subCriteria = new Set(row.cells.filter((_, c) => codes[c]).map((cell) => tidy(cell).replace(/\.\d$/, '')));
  if (subCriteria.size > 1 || CODE_COLUMN.test(tidy(row.cells[0] ?? ''))) return false;
  return next.cells.every((cell, c) => {
    const text = tidy(cell);
    if (c === 0) return true;
    return codes[c] ? text !== '' && text.length <= MAX_TAIL && leadingCode(text) === null : text === '';
  });
}

function joined(rows: readonly TableRow[]): TableRow[] | null {
  const out: TableRow[] = [];
  let changed = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows[i + 1];
    if (next && next.cells.length === row.cells.length && wrapsInto(row, next)) {
      out.push({ ...row, cells: row.cells.map((cell, c) => [tidy(cell), tidy(next.cells[c] ?? '')].filter((t) => t !== '').join(' ')) });
      changed = true;
      i++;
      continue;
    }
    out.push(row);
  }
  return changed ? out : null;
}

export function withWrappedCodeRowsJoined(document: Document): Document {
  let changed = false;
  const blocks = document.blocks.map((block): Block => {
    if (block.kind !== 'table') return block;
    const rows = joined(block.rows);
    if (!rows) return block;
    changed = true;
    return { ...block, rows };
  });
  return changed ? { ...document, blocks } : document;
}
