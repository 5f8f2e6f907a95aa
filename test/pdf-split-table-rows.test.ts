/**
 * A long borderless table printed by LibreOffice whose rows come apart in the text layer: cells
 * centred top to bottom, so the number and rating of a row stand between the lines of its
 * wrapped statement and comment (not two columns of a page); a row merged across the columns
 * after its first cell (a sub-criterion's title); a header cell that wraps onto a line of its
 * own while the others do not; the header repeated at a page's top; a row a page break cut,
 * its top part at the page's foot; and, in the extractor, element numbers under sub-criterion
 * title rows of the table itself.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { readingStreams } from '../src/read/pdf/page-columns.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { withSubCriterionRows } from '../src/extract/recognise/split-codes.js';
import { headerOnly, readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { line } from './pdf-lines.js';

const SIZE = 8.5;
const PITCH = 9.9;
/** A row's lines of text, set at the left of a column, one every pitch from `top`. */
type Piece = [string, number, number];
/** Lines from pieces placed at baselines: pieces on one baseline make one line, top of the page first. */
function linesOf(placed: { y: number; piece: Piece; bold?: boolean }[]): TextLine[] {
  const byY = new Map<number, { pieces: Piece[]; bold: boolean }>();
  for (const { y, piece, bold } of placed) {
    const key = Math.round(y * 10) / 10;
    const at = byY.get(key) ?? { pieces: [], bold: !!bold };
    at.pieces.push(piece);
    byY.set(key, at);
  }
  return [...byY]
    .sort((a, b) => b[0] - a[0])
    .map(([y, { pieces, bold }]) => line(y, pieces.sort((p, q) => p[1] - q[1]), bold, SIZE));
}

/** Wrapped lines of a cell from `x`: each long but the last, which ends short. */
const wrapped = (what: string, count: number, x: number, right: number): Piece[] =>
  Array.from({ length: count }, (_, k) => (k === count - 1 ? [`${what} ends here.`, x, x + 60] : [`${what} line ${k + 1} of the text that wraps on`, x, right - 6 - (k % 3) * 8]));

/**
 * Rows of a number, a statement, a rating and a comment, every cell centred top to bottom in its
 * row: the statement's lines from the row's top, the others around its middle.
 */
function centredRows(rows: { statement: number; comment: number; rating: string }[], top = 700) {
  const placed: { y: number; piece: Piece }[] = [];
  let y = top;
  rows.forEach((row, r) => {
    const middle = y - ((row.statement - 1) * PITCH) / 2;
    wrapped(`statement ${r + 1}`, row.statement, 65, 272).forEach((piece, k) => placed.push({ y: y - k * PITCH, piece }));
    placed.push({ y: middle, piece: [String(r + 1), 47, 52] });
    placed.push({ y: middle, piece: [row.rating, 276, 276 + row.rating.length * 4.6] });
    const commentTop = middle + ((row.comment - 1) * PITCH) / 2;
    wrapped(`comment ${r + 1}`, row.comment, 339, 545).forEach((piece, k) => placed.push({ y: commentTop - k * PITCH, piece }));
    y -= (row.statement - 1) * PITCH + 12.7;
  });
  return linesOf(placed);
}

describe('a table whose cells are centred top to bottom, a rating column before a column of comments', () => {
  const rows = [
    { statement: 4, comment: 2, rating: 'Compliance' },
    { statement: 3, comment: 1, rating: 'Compliance' },
    { statement: 3, comment: 5, rating: 'Partial' },
    { statement: 4, comment: 2, rating: 'Compliance' },
    { statement: 5, comment: 1, rating: 'Compliance' },
    { statement: 3, comment: 1, rating: 'Compliance' },
    { statement: 4, comment: 6, rating: 'Compliance' },
    { statement: 3, comment: 1, rating: 'Compliance' },
  ];

  it('is read as the page, not as two columns of prose either side of the rating column', () => {
    const [streams] = readingStreams([centredRows(rows)]);
    expect(streams).toHaveLength(1);
    expect(streams![0]!.left).toBe(-Infinity);
    expect(streams![0]!.right).toBe(Infinity);
  });
});

describe('a table read by its header, its rows broken by merged rows and wrapped cells', () => {
  const tables = (lines: TextLine[], carried?: Parameters<typeof streamTables>[1]) =>
    streamTables(lines, carried).flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));
  const header = (y: number) => line(y, [['No.', 47, 60], ['Statement', 75, 120], ['Rating', 276, 305], ['Comments', 339, 385]], true, SIZE);
  const row = (y: number, n: string, statement: string, rating: string, comment: string) => line(y, [[n, 47, 52], [statement, 75, 250], [rating, 276, 326], [comment, 339, 500]], false, SIZE);

  it('keeps a row whose last cell runs on across the columns after it (a title merged across the row) as a row of the table', () => {
    const read = tables([
      header(700),
      row(687, '1', 'The first statement of the group', 'Compliance', 'Evidence seen'),
      row(674, '2', 'The second statement of the group', 'Compliance', 'Evidence seen'),
      line(661, [['2.4', 47, 60], ['A group title set across the rating column and on into the next', 75, 363]], false, SIZE),
      row(648, '1', 'The first statement of the next group', 'Partial', 'Not yet'),
      row(635, '2', 'The second statement of the next group', 'Compliance', 'Evidence seen'),
    ]);
    expect(read).toHaveLength(1);
    expect(read[0]!.map((cells) => cells[0])).toEqual(['No.', '1', '2', '2.4', '1', '2']);
    expect(read[0]![3]).toEqual(['2.4', 'A group title set across the rating column and on into the next', '', '']);
    expect(read[0]![4]).toEqual(['1', 'The first statement of the next group', 'Partial', 'Not yet']);
  });

  it('does not take a row merged across the rest that nothing follows (the text after the table)', () => {
    const read = tables([
      header(700),
      row(687, '1', 'The first statement of the group', 'Compliance', 'Evidence seen'),
      row(674, '2', 'The second statement of the group', 'Compliance', 'Evidence seen'),
      line(661, [['Note', 47, 66], ['A line of prose after the table that runs on across the columns', 72, 363]], false, SIZE),
    ]);
    expect(read[0]!.map((cells) => cells[0])).toEqual(['No.', '1', '2']);
  });

  // "Judgement (tick" over "one)": the header's cells are set at the top of the row, one wraps.
  const wrappedHeader = (y: number) => [
    line(y, [['Element', 50, 97], ['Requirement', 161, 234], ['Judgement (tick', 302, 392], ["Assessor's comments", 420, 533]], true, 10),
    line(y - 11.7, [['one)', 334.5, 359.8]], true, 10),
  ];
  // Rows set at a pitch of 11.6, a row's padding more between rows; the judgement column starts
  // 4 pt from the longest statement line, closer than a column gap.
  const judged = (y: number, code: string, mark: string) => [
    line(y, [[code, 49.7, 75], ['We make sure that the statement', 100.7, 260], ['☐ Compliance Plus', 297.8, 392.2], ['Seen on the visit.', 410, 480]], false, 10),
    line(y - 11.6, [['of this row wraps onto a second line', 100.7, 293.8], [`${mark} Compliance`, 297.8, 368.7], ['Plans and minutes', 410, 470]], false, 10),
    line(y - 23.2, [['and a third one at the end.', 100.7, 262], ['☐ Partial Compliance', 297.8, 392]], false, 10),
  ];

  it('reads a header cell wrapped onto a bold line of its own as the header\'s, and the rows under it', () => {
    const read = tables([...wrappedHeader(700), ...judged(674, '2.1.1', '✗'), ...judged(636, '2.1.2', '✗')]);
    expect(read).toHaveLength(1);
    expect(read[0]![0]).toEqual(['Element', 'Requirement', 'Judgement (tick\none)', "Assessor's comments"]);
    expect(read[0]!.slice(1).map((cells) => cells[0])).toEqual(['2.1.1', '2.1.2']);
    expect(read[0]![1]![2]).toBe('☐ Compliance Plus\n✗ Compliance\n☐ Partial Compliance');
  });

  it('reads the header repeated at a page\'s top by its own lines where one of its cells wraps, not as a row under the header carried over', () => {
    const carriedHeader = [
      { left: 50, right: 97 },
      { left: 161, right: 234 },
      { left: 302, right: 392 },
      { left: 420, right: 533 },
    ];
    const read = tables([...wrappedHeader(780), ...judged(754, '2.2.4', '✗'), ...judged(716, '2.2.5', '✗')], { columns: carriedHeader.map((h) => h.left), header: carriedHeader });
    expect(read).toHaveLength(1);
    expect(read[0]![0]![2]).toBe('Judgement (tick\none)');
    expect(read[0]!.slice(1).map((cells) => cells[0])).toEqual(['2.2.4', '2.2.5']);
  });

  it('reads the top part of a row that a page break cut, at the page\'s foot, as one row', () => {
    // The page's last row: its code on its first line, the rest of its lines cut to the next page.
    const foot = judged(200, '4.1.1', '✗');
    const read = tables([...wrappedHeader(240), line(214.4, [['4.1 A group title across the table', 49.7, 164]], false, 10), ...foot]);
    const rows = read.flat();
    expect(rows.filter((cells) => cells[0] === '4.1.1')).toHaveLength(1);
    expect(rows.find((cells) => cells[0] === '4.1.1')!.slice(2)).toEqual(['☐ Compliance Plus\n✗ Compliance\n☐ Partial Compliance', 'Seen on the visit.\nPlans and minutes']);
    // Rows of one line each, their first cells blank below the first, are still rows of one line where they do not carry on its text.
    const even = tables([
      ...wrappedHeader(250),
      line(234, [['4.1', 49.7, 75], ['One statement', 100.7, 200], ['Compliance', 297.8, 350]], false, 10),
      line(222.4, [['Another statement', 100.7, 200], ['Compliance', 297.8, 350]], false, 10),
      line(210.8, [['A third statement', 100.7, 200], ['Partial', 297.8, 340]], false, 10),
    ]).flat();
    expect(even.slice(1).map((cells) => cells[2])).toEqual(['Compliance', 'Compliance', 'Partial']);
  });
});

type Table = Extract<Block, { kind: 'table' }>;
const table = (...rows: string[][]): Table => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });

describe('element rows numbered under sub-criterion title rows of the table itself', () => {
  const statement = 'We make sure that the service reaches every group of customers it is there to serve.';
  const header = table(['No.', 'Requirement', 'Rating', 'Evidence']);
  const rows = table(
    ['4.2', 'Achieved Delivery and Outcomes', '', ''],
    ['1', statement, 'Compliance', 'Plans seen.'],
    ['2', statement, 'Partial Compliance', 'Not yet for all groups.'],
    ['4.3', 'Deal Effectively with Problems', '', ''],
    ['1', statement, 'Compliance', 'Interviews.'],
    ['2', statement, 'Compliance Plus', 'Outstanding.'],
  );

  it('makes each number a code by the title row above it, the title rows left out', () => {
    const coded = withSubCriterionRows([header, rows], 1, rows);
    expect(coded.rows.map((r) => r.cells[0])).toEqual(['4.2.1', '4.2.2', '4.3.1', '4.3.2']);
    const reading = readElementRatingTable(coded, [], headerOnly(header));
    expect(reading?.rated.map((r) => `${r.code}:${r.rating}`)).toEqual(['4.2.1:compliance', '4.2.2:partial-compliance', '4.3.1:compliance', '4.3.2:compliance-plus']);
  });

  it('carries the last title on to the next part of the table only where its numbers go on from the part before', () => {
    const after = table(['No.', 'Requirement', 'Rating', 'Evidence'], ['3', statement, 'Compliance', 'Seen.'], ['4', statement, 'Compliance', 'Seen.']);
    expect(withSubCriterionRows([header, rows, after], 2, after).rows.map((r) => r.cells[0])).toEqual(['No.', '4.3.3', '4.3.4']);
    // A part whose numbers start again is not the part before's.
    const again = table(['1', statement, 'Compliance', 'Seen.'], ['2', statement, 'Compliance', 'Seen.']);
    expect(withSubCriterionRows([header, rows, again], 2, again)).toBe(again);
  });

  it('leaves the table as it is where a number is not the sub-criterion\'s or does not rise, or a row is neither a title nor a numbered element', () => {
    // 3.1 has two elements.
    const tooMany = table(['3.1', 'Range of Information', '', ''], ['1', statement, 'Compliance', ''], ['2', statement, 'Compliance', ''], ['3', statement, 'Compliance', '']);
    expect(withSubCriterionRows([tooMany], 0, tooMany)).toBe(tooMany);
    const falling = table(['1.3', 'Customer Satisfaction', '', ''], ['2', statement, 'Compliance', ''], ['1', statement, 'Compliance', '']);
    expect(withSubCriterionRows([falling], 0, falling)).toBe(falling);
    const stray = table(['1.3', 'Customer Satisfaction', '', ''], ['1', statement, 'Compliance', ''], ['', 'a note between the rows', '', ''], ['2', statement, 'Compliance', '']);
    expect(withSubCriterionRows([stray], 0, stray)).toBe(stray);
  });
});
