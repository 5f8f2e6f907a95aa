/**
 * Pages set in two columns of text (page-columns.ts), and the tables such a page holds: read
 * as the left column and then the right, never as the rows of a two-column table; a table that
 * a column or page break splits, joined again wherever each column puts it.
 */
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/read/pdf/fragments.js';
import type { GridTable } from '../src/read/pdf/grid-tables.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';
import { readingStreams } from '../src/read/pdf/page-columns.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const texts = (lines: readonly TextLine[]) => lines.map((l) => l.fragments.map((f) => f.text).join(' '));
const kinds = (streams: ReturnType<typeof readingStreams>[number]) =>
  streams.map((s) => (s.left === -Infinity && s.right === Infinity ? 'page' : s.left === -Infinity ? 'left' : 'right'));

const LEFT = (n: number) => `left column line ${n} of a paragraph that wraps`;
const RIGHT = (n: number) => `right column line ${n} of another paragraph here`;

/**
 * A page in two columns: the left column's paragraph breaks after its fourth line while the right
 * column's carries on, and the right's breaks after its sixth while the left's carries on.
 */
function twoColumnPage(): TextLine[] {
  const out: TextLine[] = [];
  for (let k = 0; k < 12; k++) {
    const y = 700 - k * 12 - (k >= 4 ? 6 : 0) - (k >= 6 ? 6 : 0);
    const pieces: [string, number, number][] = [];
    // The left column is set on its own baselines: it breaks between lines 4 and 5, the right between 6 and 7.
    if (k !== 4) pieces.push([LEFT(k), 47, k === 3 || k === 11 ? 250 : 398]);
    if (k !== 6) pieces.push([RIGHT(k), 425, k === 5 || k === 11 ? 600 : 778]);
    out.push(line(y, pieces));
  }
  return out;
}

describe('a page set in two columns of text', () => {
  it('is read as its left column and then its right, where each column breaks its paragraphs on its own', () => {
    const [streams] = readingStreams([twoColumnPage()]);
    expect(kinds(streams!)).toEqual(['left', 'right']);
    expect(texts(streams![0]!.lines)).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11].map(LEFT));
    expect(texts(streams![1]!.lines)).toEqual([0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11].map(RIGHT));
  });

  it('keeps a heading across the page above the columns as the page reads it', () => {
    const [streams] = readingStreams([[line(730, [['A heading set across the whole width of the page over both columns of text', 47, 700]], true, 12), ...twoColumnPage()]]);
    expect(kinds(streams!)).toEqual(['page', 'left', 'right']);
  });

  it('is not found in a table of two prose columns whose rows start together on both sides', () => {
    const rows: TextLine[] = [];
    let y = 700;
    for (let row = 0; row < 3; row++) {
      for (let k = 0; k < 4; k++) rows.push(line((y -= 12), [[LEFT(k), 47, k === 3 ? 200 : 398], [RIGHT(k), 425, k === 3 ? 500 : 778]]));
      y -= 8;
    }
    const [streams] = readingStreams([rows]);
    expect(kinds(streams!)).toEqual(['page']);
  });

  it('splits a page that shows nothing of its columns by itself where another page of the document shows them at the same edge', () => {
    const together: TextLine[] = [];
    for (let k = 0; k < 10; k++) together.push(line(700 - k * 12, [[LEFT(k), 47, k === 9 ? 200 : 398], [RIGHT(k), 426, k === 9 ? 600 : 778]]));
    expect(kinds(readingStreams([together])[0]!)).toEqual(['page']);
    expect(kinds(readingStreams([twoColumnPage(), together])[1]!)).toEqual(['left', 'right']);
  });

  it('is not found in a table whose code and ratings sit beside the middle of wrapped cells, its gutter narrow', () => {
    // As LibreOffice prints a table of code | requirement | two ratings | comment, each cell
    // centred top to bottom: the code and the ratings on the row's middle, the requirement's and
    // the comment's lines (two in one, four in the other) either side of a gutter a few points wide.
    const lines: TextLine[] = [];
    let y = 700;
    for (let row = 0; row < 6; row++) {
      const [left, right] = row % 2 ? [[1, 2], [0, 1, 2, 3]] : [[0, 1, 2, 3], [1, 2]];
      for (let k = 0; k < 4; k++) {
        const pieces: [string, number, number][] = [];
        if (left.includes(k)) pieces.push([`the words of the requirement in row ${row} line ${k}`, 90, k === left.at(-1) ? 200 : 244]);
        if (right.includes(k)) pieces.push([`and the assessor comment of row ${row} line ${k} runs`, 377, k === right.at(-1) ? 460 : 535]);
        lines.push(line(y - k * 10, pieces));
        if (k === 1) lines.push(line(y - 15, [[`4.${row}.1`, 52.5, 70.5], ['Compliance', 251.8, 295.2], ['Partial', 322.1, 350]]));
      }
      y -= 50;
    }
    expect(kinds(readingStreams([lines])[0]!)).toEqual(['page']);
  });

  it('is not found where the text right of the middle is a column of marks beside a column of prose', () => {
    const lines: TextLine[] = [];
    for (let k = 0; k < 12; k++) lines.push(line(700 - k * 12, [[LEFT(k), 47, 398], ['X', 425, 431], [k % 2 ? RIGHT(k) : 'short', 470, k % 2 ? 778 : 500]]));
    expect(kinds(readingStreams([lines])[0]!)).toEqual(['page']);
  });
});

describe('the tables of a page set in columns', () => {
  const table = (columns: number[], rows: string[][], columnLeft?: number): GridTable => ({
    top: 500,
    bottom: 400,
    columns,
    rows: rows.map((cells, k) => ({ cells, spansTable: false, top: 500 - k * 12 })),
    ...(columnLeft === undefined ? {} : { columnLeft }),
  });

  it('joins a table the page break moved from the right column to the next page\'s left column, by its columns\' widths', () => {
    const header = ['Criterion', 'C+', 'C'];
    const blocks = layoutBlocks([
      { page: 1, items: [{ kind: 'table', table: table([426, 496, 552], [header, ['1. Customer Insight', '2', '8']], 425) }] },
      { page: 2, items: [{ kind: 'table', table: table([47, 117, 173], [header, ['2. The Culture', '1', '10']], 47) }] },
    ]);
    const tables = blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows.map((r) => r.cells[0])).toEqual(['Criterion', '1. Customer Insight', '2. The Culture']);
  });

  it('keeps apart two tables of the same widths at different places on pages not set in columns', () => {
    const header = ['Criterion', 'C+', 'C'];
    const blocks = layoutBlocks([
      { page: 1, items: [{ kind: 'table', table: table([426, 496, 552], [header, ['1. Customer Insight', '2', '8']]) }] },
      { page: 2, items: [{ kind: 'table', table: table([47, 117, 173], [header, ['2. The Culture', '1', '10']]) }] },
    ]);
    expect(blocks.filter((b) => b.kind === 'table')).toHaveLength(2);
  });
});

describe('a borderless table printed from HTML, its cells centred top to bottom', () => {
  const cells = (lines: TextLine[], carried?: Parameters<typeof streamTables>[1]) =>
    streamTables(lines, carried).flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));

  it('cuts a header cell where the header\'s other lines show two stacks, set closer than a column gap', () => {
    const tables = cells([
      line(546.2, [['Partial', 325, 360]]),
      line(539.9, [['No. of', 126, 158], ['Compliance', 173.6, 235.5], ['Compliance', 242.6, 304.5]]),
      line(534.3, [['Criterion', 47, 94], ['Compliance', 312, 374]]),
      line(528.8, [['elements', 117, 167], ['Plus (C+)', 179.8, 229.3], ['(C)', 265.8, 281.4]]),
      line(523.3, [['(PC)', 331, 354]]),
      line(509.4, [['4. Delivery', 47, 98], ['13', 115, 127], ['0', 171, 177], ['12', 241, 253], ['1', 310, 316]]),
      line(495.6, [['Total', 47, 74], ['57', 115, 128], ['4', 171, 178], ['51', 241, 254], ['2', 310, 316]]),
    ]);
    expect(tables[0]![0]).toEqual(['Criterion', 'No. of\nelements', 'Compliance\nPlus (C+)', 'Compliance\n(C)', 'Partial\nCompliance\n(PC)']);
    expect(tables[0]![1]).toEqual(['4. Delivery', '13', '0', '12', '1']);
  });

  it('reads a row whose values sit on the middle line of its three-line label, and a label whose values the page before holds as a row of its own, under the header repeated', () => {
    const header = [
      { left: 47, right: 94 },
      { left: 117, right: 167 },
      { left: 173.6, right: 235.5 },
      { left: 242.6, right: 304.5 },
    ];
    const tables = cells(
      [
        line(539.9, [['No. of', 126, 158], ['Compliance', 173.6, 235.5], ['Compliance', 242.6, 304.5]]),
        line(534.3, [['Criterion', 47, 94]]),
        line(528.8, [['elements', 117, 167], ['Plus (C+)', 179.8, 229.3], ['(C)', 265.8, 281.4]]),
        line(509.4, [['Culture of', 47, 94]]),
        line(498.4, [['the', 47, 62]]),
        line(487.3, [['Organisation', 47, 108]]),
        line(475.4, [['3.', 47, 56]]),
        line(462.9, [['Information', 47, 102], ['12', 115, 127], ['1', 171, 177], ['11', 241, 253]]),
        line(451.4, [['and Access', 47, 100]]),
        line(437.5, [['4. Delivery', 47, 98], ['13', 115, 127], ['0', 171, 177], ['12', 241, 253]]),
        line(424.8, [['5. Timeliness', 47, 110]]),
        line(412.6, [['and Quality', 47, 102], ['10', 115, 127], ['0', 171, 177], ['10', 241, 253]]),
        line(401.6, [['of Service', 47, 94]]),
        line(387.7, [['Total', 47, 74], ['57', 115, 128], ['4', 171, 178], ['51', 241, 254]]),
      ],
      { columns: header.map((h) => h.left), header },
    );
    expect(tables[0]).toEqual([
      ['Criterion', 'No. of\nelements', 'Compliance\nPlus (C+)', 'Compliance\n(C)'],
      ['Culture of\nthe\nOrganisation', '', '', ''],
      ['3.\nInformation\nand Access', '12', '1', '11'],
      ['4. Delivery', '13', '0', '12'],
      ['5. Timeliness\nand Quality\nof Service', '10', '0', '10'],
      ['Total', '57', '4', '51'],
    ]);
  });

  it('reads the page by its own lines where the first line under a header carried over starts apart from every other', () => {
    const header = [
      { left: 426, right: 470 },
      { left: 496, right: 535 },
      { left: 556, right: 679 },
    ];
    expect(() =>
      streamTables([line(700, [['a line of its own', 600, 680]]), line(688, [['1.1.3', 426, 450], ['C+', 496, 510]]), line(676, [['1.2.2', 426, 450], ['C+', 496, 510]])], {
        columns: header.map((h) => h.left),
        header,
      }),
    ).not.toThrow();
  });

  it('ends a table of labels and values before a heading set under it', () => {
    const tables = cells([
      line(600, [['Assessment type', 47, 113], ['Initial Assessment (first application)', 149, 330]]),
      line(589, [['Document review', 47, 113], ['11 February 2008', 149, 220]]),
      line(578, [['Report date', 47, 95], ['14.03.2008', 149, 195]]),
      line(556, [['Assessment team', 52, 120]], true, 10),
    ]);
    expect(tables).toEqual([
      [
        ['Assessment type', 'Initial Assessment (first application)'],
        ['Document review', '11 February 2008'],
        ['Report date', '14.03.2008'],
      ],
    ]);
  });
});
