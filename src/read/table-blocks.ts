/**
 * A table as a reader rebuilt it (merged cells already spread) into blocks, the same for Word
 * and PDF: a row merged across the whole table is a title between two tables, and a header row
 * repeated inside the table (a table pasted after another, or a header repeated at a page
 * break) is not a row of data.
 */
import { BOLD_TITLE_LEVEL, rowKey, type Block, type SourceLocation, type TableRow } from '../document/model.js';

export interface RebuiltRow {
  cells: string[];
  /** One merged cell across the whole table. */
  spansTable: boolean;
  loc: SourceLocation;
}

export function tableBlocks(table: readonly RebuiltRow[]): Block[] {
  const blocks: Block[] = [];
  let rows: TableRow[] = [];
  const flush = () => {
    if (rows.length > 0) blocks.push({ kind: 'table', rows, loc: rows[0]!.loc });
    rows = [];
  };
  const header = table[0] && rowKey(table[0].cells);
  for (const row of table) {
    if (row.spansTable) {
      flush();
      const text = row.cells[0]!.replace(/\s+/g, ' ').trim();
      if (text) blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc: row.loc });
      continue;
    }
    if (rows.length > 0 && rowKey(row.cells) === header) continue;
    rows.push({ cells: row.cells, loc: row.loc });
  }
  flush();
  return blocks;
}
