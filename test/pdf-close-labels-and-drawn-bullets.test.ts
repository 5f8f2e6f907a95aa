/**
 * PDF layouts: header labels set at the left of their columns closer than a column gap, a code
 * centred beside its wrapped text, a code pdfjs joined to its text in a page's last row, numbered
 * labels a page break parts, and list bullets a browser draws as shapes (a slide deck printed
 * landscape, its items set at a line height of 1.5 with no space between them).
 */
import { describe, expect, it } from 'vitest';
import { joinCentredCells } from '../src/read/pdf/centred-cells.js';
import { withDrawnBullets } from '../src/read/pdf/drawn-bullets.js';
import { fragmentsOf, joinFragments, linesOf, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import type { GridTable } from '../src/read/pdf/grid-tables.js';
import { splitHeaderCells, splitHeaderCellsOfPages } from '../src/read/pdf/header-cells.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';
import { splitMergedCells } from '../src/read/pdf/merged-cells.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const cellsOf = (l: TextLine) => pieces(l).map(joinFragments);
const at = (l: TextLine, y: number): TextLine => ({ ...l, y, fragments: l.fragments.map((f) => ({ ...f, y })) });

describe('an unruled table: labels set at the left of their columns closer than a column gap, codes centred beside wrapped text', () => {
  // As LibreOffice prints an element table with no rules: "Rating" and "Evidence" 0.65 of a size
  // apart; each code and rating centred top to bottom beside its element's two or three lines
  // (on the middle line's baseline, or half a line between two), the evidence wrapped too.
  const size = 10;
  const header = line(564.8, [['Ref', 62.4, 81.3], ['Element', 239.1, 285.7], ['Rating', 439.8, 477.3], ['Evidence', 483.8, 534]], false, size);
  const page = [
    header,
    line(550.3, [['The first element states what the body knows of its', 88.3, 413.7]], false, size),
    line(544.5, [['R-004, R-', 480.6, 528.7]], false, size),
    line(538.7, [['1.1.1', 58.2, 83.5], ['customers, from recent and reliable information', 88.3, 433.4], ['C', 439.3, 446.9]], false, size),
    line(532.9, [['011', 480.6, 499.6]], false, size),
    line(527, [['and sources.', 88.3, 150.6]], false, size),
    line(512.6, [['The second element states how the body learns', 88.3, 429.5]], false, size),
    // The code's item runs on to where the text starts: a trailing space.
    line(506.8, [['1.1.2 ', 58.2, 88.3], ['PC', 439.3, 452.1], ['R-012', 480.6, 511]], false, size),
    line(500.9, [['about its customers.', 88.3, 329.6]], false, size),
    line(486.5, [['The third element states how the body reaches', 88.3, 373.6]], false, size),
    line(480.7, [['R-015, R-', 480.6, 528.7]], false, size),
    line(474.8, [['1.1.3', 58.2, 83.5], ['groups that are hard to reach and', 88.3, 405.1], ['C+', 439.3, 452.1]], false, size),
    line(469, [['016', 480.6, 499.6]], false, size),
    line(463.2, [['serves them.', 88.3, 309.8]], false, size),
  ];

  it('cuts the header where both labels start as the columns below them do', () => {
    expect(cellsOf(splitHeaderCells(page)[0]!)).toEqual(['Ref', 'Element', 'Rating', 'Evidence']);
  });

  it('reads each row with its code, rating and evidence in cells of their own', () => {
    const items = streamTables(splitHeaderCells(joinCentredCells(page)));
    expect(items).toHaveLength(1);
    const table = items[0]!;
    expect(table.kind === 'table' && table.table.rows.map((r) => r.cells)).toEqual([
      ['Ref', 'Element', 'Rating', 'Evidence'],
      ['1.1.1', 'The first element states what the body knows of its\ncustomers, from recent and reliable information\nand sources.', 'C', 'R-004, R-\n011'],
      ['1.1.2', 'The second element states how the body learns\nabout its customers.', 'PC', 'R-012'],
      ['1.1.3', 'The third element states how the body reaches\ngroups that are hard to reach and\nserves them.', 'C+', 'R-015, R-\n016'],
    ]);
  });

  it('cuts the header the same where it repeats over a page whose rows are too few to show the columns', () => {
    const next = [at(header, 774.4), line(759.9, [['2.1.1', 58.2, 83.5], ['The last element.', 88.3, 180], ['C', 439.3, 446.9], ['R-023', 480.6, 511]], false, size)];
    const [, second] = splitHeaderCellsOfPages([page, next]);
    expect(cellsOf(second![0]!)).toEqual(['Ref', 'Element', 'Rating', 'Evidence']);
  });

  it('leaves a line alone whose words do not each start a column below, or that is prose', () => {
    const label = line(564.8, [['Ref', 62.4, 81.3], ['Element', 239.1, 285.7], ['Our rating', 420, 477.3], ['Evidence', 483.8, 534]], false, size);
    expect(cellsOf(splitHeaderCells([label, ...page.slice(1)])[0]!)).toEqual(['Ref', 'Element', 'Our rating Evidence']);
    const prose = line(564.8, [['The ratings given at this visit, and the evidence for each of them, are set out below', 62.4, 534]], false, size);
    expect(splitHeaderCells([prose, ...page.slice(1)])[0]).toEqual(prose);
  });
});

describe('a header label centred over short numbers set at the left of their narrow column', () => {
  // "C+" is wider than the counts under it and reaches past them: the gap between it and "C"
  // lies over the gutter between the columns only in part.
  // The counts are set closer than a column gap; each starts a cell, as the reader finds before
  // (merged-cells.ts: runs starting where the runs of the rows around start).
  const size = 12;
  const row = (y: number, label: string, counts: string[]) => {
    const starts = [274.3, 298.3, 320.1, 343.4];
    const l = line(y, [[label, 58.2, 58.2 + label.length * 6], ...counts.map((c, k) => [c, starts[k]!, starts[k]! + c.length * 7.6] as [string, number, number])], false, size);
    return { ...l, fragments: l.fragments.map((f, k) => (k > 0 ? { ...f, cellStart: true } : f)) };
  };
  const page = [
    line(395.8, [['Criterion', 135.1, 194.6], ['C+', 275.5, 294.3], ['C', 303.4, 312.2], ['PC', 321.6, 339.2], ['NC', 345.8, 364.6]], false, size),
    row(379, '1 First criterion', ['2', '8', '1', '0']),
    row(362.2, '2 Second criterion', ['1', '10', '0', '0']),
    row(345.4, '3 Third criterion', ['1', '11', '0', '0']),
  ];

  it('starts a cell at each label', () => {
    expect(cellsOf(splitHeaderCells(page)[0]!)).toEqual(['Criterion', 'C+', 'C', 'PC', 'NC']);
  });
});

describe("a code pdfjs joined to its text in a page's last row", () => {
  // Every character half an em wide but the space, a quarter: widths are exact, as a font's are.
  const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,-'].map((c) => [c, 0.5]));
  widths.set(' ', 0.25);
  const width = (text: string) => [...text].reduce((w, c) => w + widths.get(c)! * 10, 0);
  const piece = (text: string, x: number) => [text, x, x + width(text)] as [string, number, number];
  const text = 'We meet our standards for all';

  it('is split where the text of the wrapped lines above starts, though no other row is near enough to show the columns', () => {
    const lines = [
      line(95.1, [piece('We monitor what we do and', 88.3), piece('R-021', 480.6)], false, 10),
      line(89.3, [piece('5.3.1', 58.2), piece('act on it when a problem', 88.3), piece('PC', 439.3)], false, 10),
      line(83.5, [piece('022', 480.6)], false, 10),
      line(77.6, [piece('is found.', 88.3)], false, 10),
      // "5.3.2", then 0.48 of a size, then the text: one item.
      line(63.2, [[`5.3.2 ${text}`, 58.2, 88.3 + width(text)], piece('C', 439.3), piece('R-023', 480.6)], false, 10),
    ];
    expect(cellsOf(splitMergedCells(lines, () => widths)[4]!)).toEqual(['5.3.2', text, 'C', 'R-023']);
  });

  it('is left whole in a line of prose', () => {
    const lines = [line(77.6, [piece('is found.', 88.3)], false, 10), line(63.2, [[`5.3 ${text}`, 58.2, 88.3 + width(text)]], false, 10)];
    expect(cellsOf(splitMergedCells(lines, () => widths)[1]!)).toEqual([`5.3 ${text}`]);
  });
});

describe('numbered labels of one table a page break parts without repeating the header', () => {
  const table = (rows: string[][], top: number, header = false): GridTable => ({
    top,
    bottom: top - rows.length * 15,
    columns: [58, 300, 340, 380, 420],
    rows: rows.map((cells, k) => ({ cells, spansTable: false, top: top - k * 15 })),
    ...(header ? { header: [] } : {}),
  });
  const tablesOf = (second: string[][]) =>
    layoutBlocks([
      { page: 1, items: [{ kind: 'table', table: table([['Criterion', 'C+', 'C', 'PC', 'NC'], ['1. First criterion', '1', '10', '0', '0'], ['2. Second criterion', '1', '10', '0', '0']], 120) }] },
      { page: 2, items: [{ kind: 'table', table: table(second, 780) }] },
    ]).filter((b) => b.kind === 'table');

  it('are one table where the next page starts with the next number', () => {
    const blocks = tablesOf([['3. Third criterion', '1', '11', '0', '0'], ['4. Fourth criterion', '0', '12', '1', '0']]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows).toHaveLength(5);
  });

  it('are two tables where the next page numbers its labels from 1 again', () => {
    expect(tablesOf([['1. Another list', '1', '11', '0', '0'], ['2. Of its own', '0', '12', '1', '0']])).toHaveLength(2);
  });
});

describe('list bullets a browser draws as shapes (a tagged PDF marks each item\'s label)', () => {
  // pdfjs's text items with marked content: an empty "Lbl" before each item's text.
  const label = [{ type: 'beginMarkedContentProps', tag: 'Lbl', id: 'mc1' }, { type: 'endMarkedContent' }];
  const text = (str: string, x: number, y: number, size = 13) => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, fontName: 'f1', hasEOL: false });
  const items = [
    text('Compliance Plus (2)', 45.4, 422, 24),
    ...label,
    text('1.1.3 Hard-to-reach groups – networks for students who live at home, co-designed', 75.4, 384.5),
    text('with students', 75.4, 365),
    ...label,
    text('2.2.5 Valuing staff – awards students nominate', 75.4, 345.5),
    text('All other elements: Compliance', 45.4, 300, 20),
  ];

  it('puts a bullet back before each item, so that items set with no space between them read as a list', () => {
    const lines = linesOf(fragmentsOf(withDrawnBullets(items)));
    const blocks = layoutBlocks([{ page: 1, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }]);
    const list = blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items).toEqual([
      '1.1.3 Hard-to-reach groups – networks for students who live at home, co-designed\nwith students',
      '2.2.5 Valuing staff – awards students nominate',
    ]);
  });

  it('adds nothing where a label holds its own text, or where there is no label', () => {
    const typed = [{ type: 'beginMarkedContentProps', tag: 'Lbl' }, text('1.', 60, 384.5), { type: 'endMarkedContent' }, text('First item', 75.4, 384.5)];
    expect(withDrawnBullets(typed)).toEqual(typed);
    const plain = [text('A line', 45.4, 400), text('Another line', 45.4, 380)];
    expect(withDrawnBullets(plain)).toEqual(plain);
  });
});
