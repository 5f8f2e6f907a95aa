/**
 * A borderless table's header left alone at the foot of a page, its rows at the top of the next
 * (a LibreOffice print that does not keep a header with its first row): the header's cells are
 * cut by the rows on the next page, and the header heads those rows.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { type Fragment, joinFragments, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import type { GridTable } from '../src/read/pdf/grid-tables.js';
import { splitHeaderCellsOfPages } from '../src/read/pdf/header-cells.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';
import { line } from './pdf-lines.js';

const cellsOf = (l: TextLine) => pieces(l).map(joinFragments);
const tablesOf = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

/** A line whose fragments each start a cell, as the page's reader marks counts set closer than a column gap (merged-cells.ts). */
const cellLine = (y: number, cells: [string, number, number][], bold = false): TextLine => {
  const l = line(y, cells, bold);
  return { ...l, fragments: l.fragments.map((f: Fragment) => ({ ...f, cellStart: true })) };
};
/** Counts under five narrow columns, the row's label at the left. */
const countRow = (y: number, label: string, counts: string[]) =>
  cellLine(y, [[label, 47, 47 + label.length * 4.6], ...counts.map((c, k): [string, number, number] => [c, [229, 243, 261.5, 275, 288.6][k]!, [229, 243, 261.5, 275, 288.6][k]! + c.length * 6])]);
const rows = [
  countRow(780.7, '1. Knowing the users', ['1', '10', '0', '0', '11']),
  countRow(763.0, '2. Ways of working', ['1', '10', '0', '0', '11']),
  countRow(745.4, '3. Getting help', ['0', '11', '1', '0', '12']),
];

describe('a header centred over narrow columns at the foot of a page, its rows on the next', () => {
  // Two symbols a space apart, each centred in its column, which pdfjs joins into one item.
  const header = cellLine(59.5, [['Area', 113, 132], ['A', 230.4, 238.7], ['B', 246.6, 254.9], ['C D', 262.7, 284.6], ['Total', 291.7, 316]], true);
  const foot = [line(93.3, [['The counts by area are set out below.', 45.5, 220]]), header];

  it('is cut by the rows at the top of the next page', () => {
    const [page] = splitHeaderCellsOfPages([foot, rows]);
    expect(cellsOf(page!.at(-1)!)).toEqual(['Area', 'A', 'B', 'C', 'D', 'Total']);
  });

  it('is left whole where the next page opens with prose', () => {
    const prose = [line(780.7, [['The council has kept its strengths since the last visit and', 47, 500]]), line(767, [['built on them.', 47, 120]])];
    const [page] = splitHeaderCellsOfPages([foot, prose]);
    expect(page!.at(-1)).toEqual(header);
  });
});

/** A borderless table as the stream reader gives it: columns by where the text starts. */
const stream = (page: number, top: number, columns: number[], ...cells: string[][]): GridTable => ({
  top,
  bottom: top - cells.length * 17,
  columns,
  rows: cells.map((c, i) => ({ cells: c, spansTable: false, top: top - i * 17, page })),
});
const COUNT_COLUMNS = [47, 229, 243, 261.5, 275, 288.6];
const countTable = stream(4, 790, COUNT_COLUMNS, ['1. Knowing the users', '1', '10', '0', '0', '11'], ['Whole standard', '3', '31', '1', '0', '35']);
const headerLine = (cells: [string, number, number][]) => cellLine(59.5, cells, true);
const layout = (foot: TextLine, table: GridTable) =>
  tablesOf(
    layoutBlocks([
      { page: 3, items: [{ kind: 'line', line: line(93.3, [['The counts by area are set out below.', 45.5, 220]]) }, { kind: 'line', line: foot }] },
      { page: 4, items: [{ kind: 'table', table }] },
    ]),
  );

describe('a header line at the foot of a page over a table of data at the top of the next', () => {
  const header = headerLine([['Area', 113, 132], ['A', 230.4, 238.7], ['B', 246.6, 254.9], ['C', 262.7, 270], ['D', 277.3, 284.6], ['Total', 291.7, 316]]);

  it('heads the table, each label centred in its column', () => {
    const [table, ...others] = layout(header, countTable);
    expect(others).toHaveLength(0);
    expect(table!.rows.map((r) => [r.cells, r.loc.page])).toEqual([
      [['Area', 'A', 'B', 'C', 'D', 'Total'], 3],
      [['1. Knowing the users', '1', '10', '0', '0', '11'], 4],
      [['Whole standard', '3', '31', '1', '0', '35'], 4],
    ]);
  });

  it('does not head a table of other columns, one that opens with labels of its own, or from a line of counts', () => {
    const fewer = headerLine([['Area', 113, 132], ['A', 230.4, 238.7], ['B', 246.6, 254.9], ['Total', 291.7, 316]]);
    expect(layout(fewer, countTable)).toHaveLength(2);
    const headed = stream(4, 790, COUNT_COLUMNS, ['Area', 'W', 'X', 'Y', 'Z', 'All'], ['1. Knowing the users', '1', '10', '0', '0', '11']);
    expect(layout(header, headed)).toHaveLength(2);
    const counts = headerLine([['Total', 113, 132], ['3', 230.4, 238.7], ['31', 246.6, 254.9], ['1', 262.7, 270], ['0', 277.3, 284.6], ['35', 291.7, 316]]);
    expect(layout(counts, countTable)).toHaveLength(2);
  });

  it('does not head a table whose columns the labels do not keep to', () => {
    const shifted = headerLine([['Area', 113, 132], ['A', 246.6, 254.9], ['B', 262.7, 270], ['C', 277.3, 284.6], ['D', 291.7, 300], ['Total', 320, 340]]);
    expect(layout(shifted, countTable)).toHaveLength(2);
  });
});
