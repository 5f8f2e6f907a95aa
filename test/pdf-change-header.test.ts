/**
 * A change log's header in a table LibreOffice prints with narrow padding: a cell of three lines
 * ("Rating" / "2018 →" / "2019") that the other labels, one line each, are centred beside, its
 * middle line set closer than a column gap to the next label ("Change"). The header is one row of
 * five cells, the three lines one cell's (headed-tables.ts), and the year label starts a cell where
 * the rows' ratings and directions start columns of their own (header-cells.ts).
 */
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { splitHeaderCells } from '../src/read/pdf/header-cells.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

function changeLog(): TextLine[] {
  const out: TextLine[] = [
    line(774.5, [['Rating', 200.6, 237.5]]),
    line(762.8, [['Code', 59.3, 85], ['Subject', 130.3, 172.7], ['2018 →', 199.2, 238.8], ['Change', 245.1, 287.4], ['Comment', 356.7, 400]]),
    line(751.2, [['2019', 205.1, 232.9]]),
  ];
  const rows: [string, string, string, string][] = [
    ['1.2.3', 'PC → C', '▲ up', 'the framework was reviewed with the panel'],
    ['2.1.3', 'C → C+', '▲ up', 'every policy now has a plain summary'],
    ['3.3.2', 'C → PC', '▼ down', 'the new portal was not evaluated'],
    ['4.3.4', 'C+ → C', '▼ down', 'the bulletin lapsed during the year'],
  ];
  rows.forEach(([code, rating, change, comment], k) => {
    const y = 730 - k * 36;
    out.push(line(y, [['Some subject', 109.2, 170]]));
    out.push(line(y - 5.8, [[code, 58.2, 83.5], [rating, 196.5, 234], [change, 244.4, 282.2], [comment, 290.9, 500]]));
    out.push(line(y - 11.6, [['words', 109.2, 140]]));
  });
  return out;
}

const cellsOf = (l: TextLine) => {
  const out: string[] = [];
  l.fragments.forEach((f, k) => {
    const gap = k > 0 ? f.x - l.fragments[k - 1]!.right : Infinity;
    if (k === 0 || f.cellStart || gap >= l.size * 0.8) out.push(f.text);
    else out[out.length - 1] += ` ${f.text}`;
  });
  return out;
};

describe("a change log's header: a year label close beside the next label, one cell of three lines", () => {
  it('starts a cell at a year label where the rows start a column under each side', () => {
    const split = splitHeaderCells(changeLog());
    expect(cellsOf(split[1]!)).toEqual(['Code', 'Subject', '2018 →', 'Change', 'Comment']);
  });

  it('reads the lines above and below the labels, centred on them, as one header cell', () => {
    const tables = streamTables(splitHeaderCells(changeLog())).filter((item) => item.kind === 'table');
    expect(tables.length).toBe(1);
    const table = tables[0]!.kind === 'table' ? tables[0]!.table : null;
    expect(table!.rows[0]!.cells).toEqual(['Code', 'Subject', 'Rating\n2018 →\n2019', 'Change', 'Comment']);
    expect(table!.rows.some((r) => r.cells[2] === 'PC → C' && r.cells[3] === '▲ up')).toBe(true);
  });

  it('leaves a caption over several labels out of the header', () => {
    const lines = changeLog();
    lines[0] = line(774.5, [['Table 3 change log of the year', 100, 300]]);
    const tables = streamTables(splitHeaderCells(lines)).filter((item) => item.kind === 'table');
    const table = tables[0]!.kind === 'table' ? tables[0]!.table : null;
    expect(table!.rows[0]!.cells.join(' | ')).not.toContain('Table 3');
  });
});
