/**
 * Narrow columns of a LibreOffice print: a table of wrapped statements and wrapped remarks either
 * side of the page's middle, under a header across both (not two columns of a page); a header
 * label of a narrow column of values joined by pdfjs to the label of the text column beside it;
 * counts of narrow columns joined into one item, in a table a page break leaves with few rows.
 */
import { describe, expect, it } from 'vitest';
import { joinFragments, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import { splitHeaderCellsOfPages } from '../src/read/pdf/header-cells.js';
import { splitMergedCells } from '../src/read/pdf/merged-cells.js';
import { readingStreams } from '../src/read/pdf/page-columns.js';
import { line } from './pdf-lines.js';

const cellsOf = (l: TextLine) => pieces(l).map(joinFragments);

/**
 * A table of rows Ref / Element / Score / Assessor commentary as LibreOffice prints it (positions
 * of a real print, its words replaced), each cell centred top to bottom: a statement of three to
 * five lines left of the page's middle, the code and the one-line score beside its middle line, on
 * two rows a comment of four or five lines right of the score. Both sides wrap like prose, and
 * each seems to start its blocks where the other runs on.
 */
function scoredTable(): TextLine[] {
  return [
  line(688.4, [['Ref', 53, 68], ['Element', 79, 118], ['Score', 317, 344], ['Assessor commentary', 350, 454]]),
  line(675.7, [['keep of and with who each lessons', 79, 259]]),
  line(665.8, [['1.1.1', 53, 74], ['a every review the made quarter are', 79, 304], ['3', 317, 322]]),
  line(655.9, [['record request it people them so shared', 79, 287]]),
  line(643.2, [['of and with who each lessons widely', 79, 281]]),
  line(633.3, [['1.1.2', 53, 74], ['every review the made quarter are across keep', 79, 311], ['3', 317, 322]]),
  line(623.4, [['request', 79, 132]]),
  line(610.7, [['and with who each lessons widely we', 79, 299], ['and with who each lessons widely', 348, 526]]),
  line(600.8, [['review the made quarter are', 348, 506]]),
  line(595.9, [['1.1.3', 53, 74], ['it people them so shared teams a', 79, 301], ['4', 317, 322], ['it people them so shared', 348, 509]]),
  line(586.0, [['with who each lessons widely we record request', 79, 298], ['with who each lessons widely', 348, 497]]),
  line(576.1, [['the', 79, 107]]),
  line(571.1, [['people them so shared teams a', 348, 511]]),
  line(558.4, [['who each lessons widely we record request it', 79, 279]]),
  line(548.5, [['1.2.1', 53, 74], ['made quarter are across keep of and with', 79, 298], ['3', 317, 322]]),
  line(538.6, [['them so shared teams a every', 79, 252]]),
  line(525.9, [['each lessons widely we record request it people', 79, 308], ['each lessons widely we record request', 348, 517]]),
  line(516.0, [['1.2.2', 53, 74], ['quarter are across keep of and with who', 79, 296], ['4', 317, 322], ['quarter are across keep of', 348, 509]]),
  line(506.1, [['so shared teams a every review the', 79, 259], ['so shared teams a every review', 348, 505]]),
  line(496.2, [['lessons', 348, 390]]),
  line(483.5, [['are across keep of and with who', 79, 304]]),
  line(473.6, [['1.2.3', 53, 74], ['shared teams a every review the made quarter', 79, 309], ['3', 317, 322]]),
  line(463.7, [['widely we record request it people them so', 79, 285]]),
  line(453.8, [['across keep of and', 79, 228]]),
  line(441.1, [['1.3.1', 53, 79], ['teams a every review the made quarter are', 79, 294], ['3', 317, 322]]),
  line(431.2, [['we record request it people them', 79, 252]]),
  line(418.5, [['keep of and with who each lessons widely we', 79, 312]]),
  line(408.6, [['1.3.2', 53, 74], ['a every review the made quarter are across keep of', 79, 299], ['3', 317, 322]]),
  line(398.7, [['record request it people them so shared teams', 79, 264]]),
  line(386.0, [['of and with who each lessons widely we', 79, 312]]),
  line(376.1, [['every review the made quarter are across keep', 79, 291]]),
  line(366.2, [['1.3.3', 53, 74], ['request it people them so shared', 79, 288], ['3', 317, 322]]),
  line(356.3, [['and with who each lessons widely we record', 79, 276]]),
  line(346.4, [['review the made quarter are across keep', 79, 295]]),
  line(333.7, [['1.3.4', 53, 79], ['it people them so shared teams a', 79, 272], ['3', 317, 322]]),
  line(323.8, [['with who each lessons widely we record', 79, 298]]),
  line(311.1, [['the made quarter are across keep of and with who', 79, 313]]),
  line(301.2, [['1.3.5', 53, 74], ['people them so shared teams a', 79, 310], ['3', 317, 322]]),
  line(291.3, [['who each', 79, 161]]),
  ];
}

describe('a table whose header runs across the middle of the page', () => {
  it('is read as the table it heads, not as two columns of a page', () => {
    // The header as header-cells.ts cut it: "Assessor commentary" starts a cell, six points after "Score".
    const [header, ...rows] = scoredTable();
    const cut = { ...header!, fragments: header!.fragments.map((f, k) => (k === 3 ? { ...f, cellStart: true } : f)) };
    const [streams] = readingStreams([[cut, ...rows]]);
    expect(streams!.length).toBe(1);
  });

  it('leaves two columns where the labels on both sides are the same (one table running on into the next column)', () => {
    const [, ...rows] = scoredTable();
    const repeated = line(688.4, [['Ref', 53, 68], ['Element', 79, 118], ['Ref', 317, 332], ['Element', 350, 389]]);
    expect(readingStreams([[repeated, ...rows]])[0]!.length).toBe(2);
  });

  it("leaves two columns where one side has one label only (a column's own heading beside a table's header)", () => {
    const [, ...rows] = scoredTable();
    const heading = line(688.4, [['Ref', 53, 68], ['Element', 79, 118], ['Comments', 317, 360]]);
    expect(readingStreams([[heading, ...rows]])[0]!.length).toBe(2);
  });
});

describe('the label of a narrow column of values joined to the label of the text beside it', () => {
  // "Mark Remarks" as one item: "Mark" over the values at 317, "Remarks" over the text at 348.
  const header = (x: number) => line(700, [['Ref', 53, 68], ['Statement', 79, 125], ['Mark Remarks', x, x + 72]], true);
  const rows = (x: number, remarks: boolean) => [
    line(686, [['1.1.1', 53, 74], ['We keep a record of every request', 79, 240], ['3', x, x + 5]]),
    line(672, [['1.1.2', 53, 74], ['We review the record each quarter', 79, 240], ['4', x, x + 5], ...(remarks ? [['Remarks on the row run on past the label', x + 31, x + 200] as [string, number, number]] : [])]),
    line(658, [['1.1.3', 53, 74], ['We share the lessons widely', 79, 240], ['3', x, x + 5]]),
  ];

  it('is cut where a row shows a value and then text a column gap after it', () => {
    const [page] = splitHeaderCellsOfPages([[header(317), ...rows(317, true)]]);
    expect(cellsOf(page![0]!)).toEqual(['Ref', 'Statement', 'Mark', 'Remarks']);
  });

  it('is cut the same over another table of the document whose rows have no remark, wherever it stands', () => {
    const pages = splitHeaderCellsOfPages([[header(317), ...rows(317, true)], [header(303), ...rows(303, false)]]);
    expect(cellsOf(pages[1]![0]!)).toEqual(['Ref', 'Statement', 'Mark', 'Remarks']);
  });

  it('is left whole where no row shows a value apart from text after it', () => {
    const [page] = splitHeaderCellsOfPages([[header(317), ...rows(317, false)]]);
    expect(cellsOf(page![0]!)).toEqual(['Ref', 'Statement', 'Mark Remarks']);
  });
});

describe('counts of narrow columns joined into one item', () => {
  // Every character half an em wide but the space, a quarter: at 10 pt a digit is 5 points wide.
  const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'].map((c) => [c, 0.5]));
  widths.set(' ', 0.25);
  const width = (text: string) => [...text].reduce((w, c) => w + widths.get(c)! * 10, 0);
  /** Columns set left at 232, 244, 260 and 272: the first two counts seven points apart, which pdfjs joins into one item. */
  const COLUMNS = [232, 244, 260, 272];
  const row = (y: number, label: string, counts: string[]) =>
    line(y, [[label, 53, 53 + width(label)], [`${counts[0]} ${counts[1]}`, 232, 244 + width(counts[1]!)], ...counts.slice(2).map((c, k) => [c, COLUMNS[k + 2]!, COLUMNS[k + 2]! + width(c)] as [string, number, number])], false, 10);
  const split = (lines: TextLine[]) => splitMergedCells(lines, () => widths).map(cellsOf);

  it('are two cells where the item is wider than its two numbers set a space apart', () => {
    const cells = split([row(300, 'Customer Insight', ['1', '9', '1', '0'])]);
    expect(cells[0]!.slice(0, 3)).toEqual(['Customer Insight', '1', '9']);
  });

  it('are one cell where the item is as wide as its numbers set a space apart', () => {
    const tight = line(300, [['Customer Insight', 53, 133], ['1 9', 232, 232 + width('1 9')]], false, 10);
    expect(split([tight])[0]).toEqual(['Customer Insight', '1 9']);
  });

  it('are cut at the columns two rows at the top of a page show, where a page break left only those', () => {
    // The rows' last counts are runs of their own set closer than a column gap; the total's four counts are one item.
    const total = line(270, [['Total', 53, 78], ['4 51 2 0', 232, 272 + width('0')]], false, 10);
    const cells = split([row(300, 'Delivery', ['1', '12', '0', '0']), row(285, 'Timeliness', ['0', '9', '1', '0']), total]);
    expect(cells).toEqual([
      ['Delivery', '1', '12', '0', '0'],
      ['Timeliness', '0', '9', '1', '0'],
      ['Total', '4', '51', '2', '0'],
    ]);
  });
});
