/**
 * A table per element, laid out as a record: a label and a value to a row ("Element | 1.1.2",
 * "Assessment | Compliant", "Evidence / comment | …"). Turned into one header row of its labels
 * over one row of its values, it reads as any table of codes and ratings. Only a two-column table
 * with a row labelled as the element, whose value is a code, is such a record.
 */
import type { Block } from '../../document/model.js';
import { leadingCode } from '../../parse/codes.js';
import { tidy } from '../../parse/text.js';
import { CODE_COLUMN } from './column-headers.js';

type Table = Extract<Block, { kind: 'table' }>;

/** Labels a record of one element has at most (code, title, rating, comment, and a few more). */
const MAX_FIELDS = 8;

export function recordAsRow(table: Table): Table {
  const { rows } = table;
  if (rows.length < 2 || rows.length > MAX_FIELDS || rows.some((r) => r.cells.length !== 2)) return table;
  const codeRow = rows.find((r) => CODE_COLUMN.test(tidy(r.cells[0]!).replace(/[:*]+$/, '')) && leadingCode(tidy(r.cells[1]!)) !== null);
  if (!codeRow) return table;
  return {
    ...table,
    rows: [
      { cells: rows.map((r) => r.cells[0]!), loc: rows[0]!.loc },
      { cells: rows.map((r) => r.cells[1]!), loc: codeRow.loc },
    ],
  };
}
