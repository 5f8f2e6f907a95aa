/**
 * Layouts of LibreOffice prints: rules under every heading (which are not a table ruled across),
 * a header centred over narrow columns of numbers so closely that its cells touch, and cells
 * pdfjs joins into one text item.
 */
import { describe, expect, it } from 'vitest';
import { type Fragment, joinFragments, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import { splitMergedCells } from '../src/read/pdf/merged-cells.js';
import { joinCentredCells } from '../src/read/pdf/centred-cells.js';
import { withoutFootnoteMarks } from '../src/read/pdf/footnote-marks.js';
import { dropPageFurniture } from '../src/read/pdf/furniture.js';
import { splitHeaderCells, splitHeaderCellsOfPages } from '../src/read/pdf/header-cells.js';
import { impliedColumnRulings } from '../src/read/pdf/ruled-tables.js';
import type { Ruling } from '../src/read/pdf/rulings.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';

const fragment = (text: string, x: number, right: number, y: number, size = 9.5): Fragment => ({ text, x, right, y, size, font: 'f1', bold: false, italic: false });
function line(y: number, pieces: [string, number, number][], size = 9.5): TextLine {
  const fragments = pieces.map(([text, x, right]) => fragment(text, x, right, y, size));
  return { fragments, y, size, x: fragments[0]!.x, right: fragments.at(-1)!.right, bold: false, italic: false };
}
const rule = (at: number): Ruling => ({ orientation: 'h', at, from: 56.7, to: 567 });

describe('rules under headings', () => {
  const rules = [653.2, 566.9, 436.5, 249.4, 163.2].map(rule);
  it('are not a table ruled across when what lies between them is a section', () => {
    const fragments = [
      fragment('Brightwell Sixth Form College continues to meet the standard and continued', 57, 526, 637.8, 10),
      fragment('certification is recommended.', 57, 372, 624, 10),
      fragment('2 Results by criterion', 57, 166, 570.7, 12),
      fragment('Criterion', 58, 98, 550.6),
      fragment('Compliant Plus', 225, 294, 550.6),
      fragment('1. Customer Insight', 58, 140, 536.4),
      fragment('1', 257, 262, 536.4),
      fragment('3 Elements rated Compliant Plus or Partial', 57, 279, 440.2, 12),
      fragment('Element', 61, 97, 420.1),
      fragment('Rating', 115, 145, 420.1),
      fragment('1.1.1', 68, 89, 400.2),
      fragment('Compliant', 109, 152, 400.2),
      fragment('4 Observations', 57, 134, 253.2, 12),
      fragment('Since the initial assessment the college has opened a learner services hub', 57, 563, 234, 10),
      fragment('that key information has been understood.', 57, 503, 192.6, 10),
    ];
    expect(impliedColumnRulings(rules, fragments)).toEqual([]);
  });

  it('still rule a table whose rows each keep to its columns', () => {
    const fragments = [
      fragment('Element', 60, 100, 640),
      fragment('Rating', 200, 240, 640),
      fragment('1.1.1', 60, 85, 560),
      fragment('Compliant', 200, 250, 560),
      fragment('1.1.2', 60, 85, 500),
      fragment('Partial', 200, 240, 500),
      fragment('the statement wraps', 60, 150, 488),
      fragment('1.1.3', 60, 85, 300),
      fragment('Compliant', 200, 250, 300),
    ];
    const columns = impliedColumnRulings(rules, fragments).map((r) => Math.round(r.at));
    expect(columns).toEqual([57, 567, 199]);
  });
});

describe('a header centred over narrow columns of numbers (split before the tables are found)', () => {
  const score = (header: TextLine) => {
    const items = streamTables(splitHeaderCells([
      header,
      line(536.4, [['1. Customer Insight', 58, 140], ['1', 257, 262], ['10', 320, 330], ['0', 367, 372], ['0', 398, 403]]),
      line(522.2, [['2. The Culture of the Organisation', 58, 201], ['1', 257, 262], ['9', 322, 328], ['1', 367, 372], ['0', 398, 403]]),
      line(508.0, [['3. Information and Access', 58, 168], ['0', 257, 262], ['11', 320, 330], ['1', 367, 372], ['0', 398, 403]]),
    ]));
    return items.flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));
  };

  it('is split into its cells where the gaps between its runs of text fall between the columns', () => {
    const header = line(550.6, [['Criterion', 58.2, 97.8], ['Compliant Plus', 225.2, 294.4], ['Compliant', 301.8, 348.3], ['Partial', 354.8, 383.8], ['Non', 390.9, 409.3]]);
    expect(score(header)).toEqual([
      [
        ['Criterion', 'Compliant Plus', 'Compliant', 'Partial', 'Non'],
        ['1. Customer Insight', '1', '10', '0', '0'],
        ['2. The Culture of the Organisation', '1', '9', '1', '0'],
        ['3. Information and Access', '0', '11', '1', '0'],
      ],
    ]);
  });

  it('is left whole where one run of text crosses a gap between the columns', () => {
    const header = line(550.6, [['Criterion', 58.2, 97.8], ['Ratings of the elements in each', 225.2, 348.3], ['criterion', 354.8, 409.3]]);
    expect(score(header)[0]![0]).toEqual(['Criterion', 'Ratings of the elements in each criterion']);
  });
});

describe('table cells pdfjs joined into one text item', () => {
  // Every character a tenth of an em wide but the space, 0.25: widths are exact, as a font's are.
  const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.()%–-+'].map((c) => [c, 0.5]));
  widths.set(' ', 0.25);
  const widthsOf = () => widths;
  const at = (text: string, x: number, size = 10) => [text, x, x + [...text].reduce((w, c) => w + widths.get(c)! * size, 0)] as [string, number, number];
  // Columns set left at 220, 297, 352 and 392, as narrow as their headers.
  const row = (y: number, label: string, numbers: string[]) => line(y, [at(label, 58), ...numbers.map((n, k) => at(n, [220, 297, 352, 392][k]!))], 10);
  const cellsOf = (lines: TextLine[]) => splitMergedCells(lines, widthsOf).map((l) => pieces(l).map(joinFragments));

  it('splits a code from its text under a title across the table and the last wrapped line of the row above', () => {
    // LibreOffice's element table: "3.1.1" and its text joined into one item (0.5 em apart), the
    // first row under "Criterion 3 – …", itself under the row above's wrapped second line.
    // Each row's text starts a cell of its own though set 0.5 em after its code (as splitAtAlignedRuns marks it).
    const element = (y: number, code: string, text: string) => {
      const row = line(y, [at(code, 58), at(text, 88), at('Compliance', 360), at('Yes', 470)], 10);
      return { ...row, fragments: row.fragments.map((f, k) => (k === 1 ? { ...f, cellStart: true } : f)) };
    };
    const text = 'We make information about the full';
    const joined = line(131, [[`3.1.1 ${text}`, 58, at(text, 88)[2]], at('Compliance', 360), at('Yes', 470)], 10);
    const cells = cellsOf([
      element(200, '2.2.4', 'We can demonstrate how staff'),
      line(188, [at('insights are incorporated', 88)], 10),
      element(173, '2.2.5', 'We value the contribution of staff'),
      line(161, [at('delivering customer focused services', 88)], 10),
      line(146, [at('Criterion 3 – Information and Access', 58)], 10),
      joined,
    ]);
    expect(cells[5]).toEqual(['3.1.1', text, 'Compliance', 'Yes']);
  });

  it('splits a label and a number set closer than a column gap, where the rows around keep to the columns', () => {
    // The label ends at 58 + 160 = 218 at 10 pt; "1" starts at 220, 0.2 em later: pdfjs joined them.
    const joined = line(300, [['Timeliness and Quality of Services 1', 58, 225]], 10);
    const cells = cellsOf([row(330, 'Customer Insight', ['1', '9', '1', '0']), row(315, 'Delivery', ['0', '11', '2', '0']), joined, row(285, 'Total', ['3', '50', '4', '0'])]);
    expect(cells[2]).toEqual(['Timeliness and Quality of Services', '1']);
  });

  it('splits a label and a value set a space apart, where rows of centred cells around keep to the columns', () => {
    // "04.03.2021" over "Visit | 4th Nov 2021" over "(remote)": one row of centred cells, its lines half a pitch apart.
    const cells = cellsOf([
      line(722.7, [at('Annual Review 1', 150), at('Annual Review 2', 242)], 10),
      line(707.9, [at('04.03.2021', 143.2)], 10),
      line(701.9, [at('Visit', 58.2), at('4th Nov 2021', 232)], 10),
      line(695.9, [at('(remote)', 143.2)], 10),
      // "Findings reported" ends at 140.7 and "22.03.2021" starts a space later, at 143.2, where the column does: pdfjs joined them.
      line(681.1, [at('Findings reported 22.03.2021', 58.2), at('19 November 2021', 232)], 10),
      line(666.3, [at('Assessor', 58.2), at('Deborah Kinsella', 143.2), at('Deborah Kinsella', 232)], 10),
    ]);
    expect(cells[4]).toEqual(['Findings reported', '22.03.2021', '19 November 2021']);
  });

  it('splits the header of a two-column table of short cells joined into one item, and nothing over paragraphs hung from numbers', () => {
    // "Score " is 27.5 points wide at 10 pt: "Number" starts at 85.7, where the rows' second cells do.
    const rows = [['3', '4'], ['2', '52'], ['1', '1'], ['0', '0'], ['Total', '57']].map(([a, b], k) => line(541 - k * 14.4, [at(a!, 58.2), at(b!, 85.7)], 10));
    expect(cellsOf([line(555.6, [at('Score Number of elements', 58.2)], 10), ...rows])[0]).toEqual(['Score', 'Number of elements']);
    const numbered = [1, 2, 3].map((k) => line(541 - k * 14.4, [at(`${k}.`, 58.2), at('A paragraph hung from its number that runs on', 85.7)], 10));
    expect(cellsOf([line(555.6, [at('Score Number of elements', 58.2)], 10), ...numbered])[0]).toEqual(['Score Number of elements']);
  });

  it('splits a header joined into one item at the columns its words start in', () => {
    // Compliance Plus (220–292.5) · Compliance (297–347) · Partial (352–387) · None (392–412), 0.45 and 0.5 em apart.
    const header = line(345, [['Criterion', 58, 103], ['Compliance Plus Compliance Partial None', 220, 412]], 10);
    const cells = cellsOf([header, row(330, 'Customer Insight', ['1', '9', '1', '0']), row(315, 'Delivery', ['0', '11', '2', '0'])]);
    expect(cells[0]).toEqual(['Criterion', 'Compliance Plus', 'Compliance', 'Partial', 'None']);
  });

  it('splits a header joined into one item over a code split into columns, each filled only where it changes', () => {
    // Crit · Sub · Elem · Element · Assessment at 58, 84, 104, 130 and 448; the header's words set
    // left in their cells, 0.5 to 0.6 em apart (Crit 58–78, Sub 84–99, Elem 104–124, Element
    // (abridged) 130–217.5). Only a criterion's first row fills every cell.
    const header = line(783, [['Crit Sub Elem Element (abridged)', 58, 217.5], at('Assessment', 448)], 10);
    const code = (y: number, cells: [string, number][], text: string, rating: string) => line(y, [...cells.map(([t, x]) => at(t, x)), at(text, 130), at(rating, 448)], 10);
    const cells = cellsOf([
      header,
      code(761, [['1', 58], ['1.1', 84], ['1', 104]], 'We have an in-depth understanding', 'Compliance Plus'),
      code(734, [['2', 104]], 'We have developed customer insight', 'Compliant'),
      code(707, [['3', 104]], 'We make particular efforts', 'Compliant'),
      code(680, [['1.2', 84], ['1', 104]], 'We have a strategy', 'Compliant'),
    ]);
    expect(cells[0]).toEqual(['Crit', 'Sub', 'Elem', 'Element (abridged)', 'Assessment']);
  });

  it('leaves a line of prose whole, though the rows of a table follow it', () => {
    const prose = line(360, [['The ratings by criterion are set out in the table below for the Council', 58, 470]], 10);
    const next = line(346, [['and its partners, as the assessor found them.', 58, 290]], 10);
    const cells = cellsOf([prose, next, row(330, 'Customer Insight', ['1', '9', '1', '0']), row(315, 'Delivery', ['0', '11', '2', '0'])]);
    expect(cells[0]).toEqual(['The ratings by criterion are set out in the table below for the Council']);
  });

  it('leaves a bold title across the table whole, though a word of it starts where a column does', () => {
    // "Criterion " is 4.75 em: "1" starts at 58 + 45 + 2.5 = 105.5, where the description column starts.
    const title = { ...line(345, [at('Criterion 1 – Customer Insight', 58)], 10), bold: true };
    const element = (y: number, code: string, text: string, rating: string) => line(y, [at(code, 58), at(text, 105.5), at(rating, 392), at(rating, 430)], 10);
    const lines = [
      element(360, '1.1', 'Customer Identification', 'C'),
      title,
      element(330, '1.1.1', 'We have an in-depth understanding', 'CP'),
      element(315, '1.1.2', 'We have developed customer insight', 'C'),
    ];
    expect(cellsOf(lines)[1]).toEqual(['Criterion 1 – Customer Insight']);
  });

  it('leaves an item whole where the font does not say how wide its characters are', () => {
    const joined = line(300, [['Timeliness and Quality of Services 1', 58, 225]], 10);
    const lines = [row(330, 'Customer Insight', ['1', '9', '1', '0']), row(315, 'Delivery', ['0', '11', '2', '0']), joined, row(285, 'Total', ['3', '50', '4', '0'])];
    expect(pieces(splitMergedCells(lines, () => null)[2]!).map(joinFragments)).toEqual(['Timeliness and Quality of Services 1']);
  });

  it('starts a cell at a run set where runs of the rows around start, though closer than a column gap', () => {
    const marks = (y: number, filled: number) => line(y, [at('1.1.1', 58), ...[475, 493, 505, 523].map((x, k) => at(k === filled ? '●' : '○', x))], 10);
    widths.set('●', 0.6);
    widths.set('○', 0.6);
    const cells = cellsOf([marks(330, 1), marks(315, 0), marks(300, 2)]);
    expect(cells.map((c) => c.length)).toEqual([5, 5, 5]);
  });
});

describe('a header naming a column the rows leave empty', () => {
  it('starts a column at each header cell no row has text under', () => {
    const items = streamTables([
      line(696.3, [['Element', 60, 99], ['Rating', 114, 146], ['Comments', 158, 209]], 11),
      line(680.9, [['1', 58, 64], ['Compliant', 104, 150]], 11),
      line(665.4, [['2', 58, 64], ['Compliant', 104, 150]], 11),
      line(650.0, [['3', 58, 64], ['Partial', 104, 140]], 11),
    ]);
    const rows = items.flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : []));
    expect(rows).toEqual([
      ['Element', 'Rating', 'Comments'],
      ['1', 'Compliant', ''],
      ['2', 'Compliant', ''],
      ['3', 'Partial', ''],
    ]);
  });
});

describe('a table of centred cells whose rows have no line of one-line cells', () => {
  it('gives a label centred beside the middle of its value\'s three lines to the row the first line starts', () => {
    const rows = streamTables([
      line(319, [['Element', 58.2, 97.5], ['3.1.1', 140.7, 164.8]]),
      line(305, [['We make information about the full range of services we provide available to our', 140.7, 527.5]]),
      line(294, [['Requirement', 58.2, 119.9], ['customers and potential customers, including how and when people can contact us, how', 140.7, 564.1]]),
      line(283, [['our services are run and who is in charge.', 140.7, 340.7]]),
      line(269, [['Assessment', 58.2, 115.1], ['Compliant', 140.7, 195.1]]),
      line(255, [['Evidence', 58.2, 100]]),
      line(244, [['Seen.', 140.7, 170]]),
    ]).flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells[0]) : []));
    expect(rows).toEqual(['Element', 'Requirement', 'Assessment', 'Evidence']);
  });

  it('parts its rows where lines stand further apart than a line and a half', () => {
    const rows = streamTables([
      line(531.2, [['Element', 58, 98], ['1.1.1', 147, 171]]),
      line(517.3, [['We have an in-depth understanding of our customers', 147, 556]]),
      line(511.8, [['Requirement', 58, 120]]),
      line(506.3, [['based on reliable information.', 147, 428]]),
      line(492.4, [['Assessment', 58, 115], ['Compliant', 147, 201]]),
      line(478.6, [['Evidence /', 58, 108]]),
      line(473.1, [['Evidence seen and discussed with staff.', 147, 453]]),
      line(467.5, [['comment', 58, 103]]),
      line(453.7, [['Element', 58, 98], ['1.1.2', 147, 171]]),
    ]).flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : []));
    expect(rows).toEqual([
      ['Element', '1.1.1'],
      ['Requirement', 'We have an in-depth understanding of our customers\nbased on reliable information.'],
      ['Assessment', 'Compliant'],
      ['Evidence /\ncomment', 'Evidence seen and discussed with staff.'],
      ['Element', '1.1.2'],
    ]);
  });
});

describe('a table whose rows stand a little further apart than the lines of a wrapped cell', () => {
  it('keeps a cell\'s wrapped line in its row where rows are 1.24 times as far apart as its lines', () => {
    const rows = streamTables([
      line(767.5, [['1', 58, 65], ['1.1', 86, 103], ['1', 114, 120], ['We have an in-depth understanding of the', 148, 372], ['Compliance Plus (C+)', 448, 562]]),
      line(755.3, [['characteristics of…', 148, 249]]),
      line(740.2, [['2', 114, 120], ['We have developed customer insight about our', 148, 398], ['Compliant', 448, 502]]),
      line(728.0, [['customer…', 148, 208]]),
      line(712.9, [['3', 114, 120], ['We make particular efforts to identify', 148, 421], ['Compliant', 448, 502]]),
      line(700.7, [['and…', 148, 179]]),
    ]).flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : []));
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['1', 'We have an in-depth understanding of the\ncharacteristics of…'],
      ['2', 'We have developed customer insight about our\ncustomer…'],
      ['3', 'We make particular efforts to identify\nand…'],
    ]);
  });
});

describe('a label set in the middle of its row, between the lines of its value', () => {
  const rows = (lines: TextLine[]) => streamTables(joinCentredCells(lines)).flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : []));

  it('joins the row whose value wraps, half a line from each of its lines', () => {
    expect(rows([
      line(752.6, [['Organisation', 60, 129], ['Brackenford University – Student Services', 250, 450]]),
      line(738.7, [['Continuation Visit 2 (the second annual continuation visit of the 2024–2027 certification', 140, 559]]),
      line(733.2, [['Visit type', 69, 120]]),
      line(727.7, [['cycle)', 336, 364]]),
      line(713.8, [['Visit dates', 66, 123], ['Tues 3rd – Wed 4th February 2026', 267, 432]]),
      line(700.0, [['Assessor', 71, 118], ['Hannah Lee-Whitmore FCIM', 283, 416]]),
    ])).toEqual([
      ['Organisation', 'Brackenford University – Student Services'],
      ['Visit type', 'Continuation Visit 2 (the second annual continuation visit of the 2024–2027 certification\ncycle)'],
      ['Visit dates', 'Tues 3rd – Wed 4th February 2026'],
      ['Assessor', 'Hannah Lee-Whitmore FCIM'],
    ]);
  });

  it('joins a code set a column gap (less than a type size) left of the reason it stands between', () => {
    const small = (y: number, cells: [string, number, number][]) => line(y, cells, 8.5);
    expect(rows([
      small(753.0, [['Satisfaction targets are set, but satisfaction with being kept informed has fallen for two years running (from 79% to', 81, 573]]),
      small(747.8, [['El. 1.3.4', 39, 74]]),
      small(742.5, [['71%).', 81, 106]]),
      small(726.8, [['The front counters at Ludwell and Ashby Parva are cramped and have no private space; the estates plan does not', 81, 566]]),
      small(721.5, [['El. 3.3.3', 39, 74]]),
      small(716.3, [['address this until 2021.', 81, 181]]),
    ])).toEqual([
      ['El. 1.3.4', 'Satisfaction targets are set, but satisfaction with being kept informed has fallen for two years running (from 79% to\n71%).'],
      ['El. 3.3.3', 'The front counters at Ludwell and Ashby Parva are cramped and have no private space; the estates plan does not\naddress this until 2021.'],
    ]);
  });

  it('leaves lines a line apart where they are', () => {
    const prose = [line(700, [['The assessor met staff', 57, 300]]), line(686, [['and customers', 320, 400]]), line(672, [['at the Hub.', 57, 120]])];
    expect(joinCentredCells(prose)).toEqual(prose);
  });

  it('joins a line of several short cells centred beside a wrapped cell, each cell its own though set with narrow padding', () => {
    // LibreOffice centres "1.1.1" and its tick beside a description of two lines; the code ends where the description starts.
    const matrix = [
      line(717.9, [['We have an in-depth understanding of the characteristics of our current and', 88.3, 456.3]], 11),
      line(711.6, [['1.1.1 ', 58.2, 88.3], ['✓', 508.2, 517.4]], 11),
      line(705.2, [['potential customer groups based on recent and reliable information.', 88.3, 417.2]], 11),
    ];
    const joined = joinCentredCells(matrix);
    expect(joined.map((l) => pieces(l).map(joinFragments))).toEqual([
      ['1.1.1', 'We have an in-depth understanding of the characteristics of our current and', '✓'],
      ['potential customer groups based on recent and reliable information.'],
    ]);
    const cells = [line(738.7, [['1. Mewnwelediad', 58, 150]]), line(733.2, [['1 (9%)', 235, 264], ['9 (82%)', 312, 347]]), line(727.7, [['Cwsmeriaid', 58, 120]])];
    expect(joinCentredCells(cells).map((l) => pieces(l).map(joinFragments))).toEqual([['1. Mewnwelediad', '1 (9%)', '9 (82%)'], ['Cwsmeriaid']]);
  });

  it('leaves a header row centred beside a header cell of two short lines ("C" over "+") to the header reader', () => {
    const header = [
      line(761.4, [['C', 494.7, 502.6]], 11),
      line(755.1, [['Ref', 63, 80.7], ['Element', 267.3, 310.1], ['C PC', 510.4, 540], ['NC', 547.1, 562.9]], 11),
      line(748.8, [['+', 495.4, 501.8]], 11),
    ];
    expect(joinCentredCells(header)).toEqual(header);
  });

  it('ends a row where a cell that had stopped starts again: a total under one-line scores is the next row', () => {
    const lines = [
      line(118.1, [['3.4.2', 58, 80], ['We have developed co-ordinated working arrangements with our partners', 88, 500], ['2', 530, 536]], 10),
      line(106.5, [['customers have…', 88, 178]], 10),
      line(92.0, [['3.4.3', 58, 80], ['We interact within wider communities and we can demonstrate the ways', 88, 516], ['2', 530, 536]], 10),
      line(80.4, [['support those…', 88, 168]], 10),
      line(65.9, [['Criterion points', 88, 165], ['25', 530, 543]], 10),
    ];
    expect(rows(lines)).toEqual([
      ['3.4.2', 'We have developed co-ordinated working arrangements with our partners\ncustomers have…', '2'],
      ['3.4.3', 'We interact within wider communities and we can demonstrate the ways\nsupport those…', '2'],
      ['', 'Criterion points', '25'],
    ]);
  });
});

describe('a tick matrix whose rating header pdfjs joined into one item ("C PC" over narrow columns of ticks)', () => {
  it('is split into a cell a word where the ticks below stand in two or more columns under it', () => {
    const tickAt = (y: number, code: string, x: number) => line(y, [[code, 58.2, 82.6], ['The element as the standard words it', 88.3, 400], ['✓', x, x + 9.2]], 11);
    const lines = [
      line(755.1, [['Ref', 63, 80.7], ['Element', 267.3, 310.1], ['C PC', 510.4, 540], ['NC', 547.1, 562.9]], 11),
      tickAt(733.3, '1.1.1', 508.2),
      tickAt(718, '1.1.2', 491.8),
      tickAt(703, '1.1.3', 523.4),
    ];
    expect(pieces(splitHeaderCells(lines)[0]!).map(joinFragments)).toEqual(['Ref', 'Element', 'C', 'PC', 'NC']);
  });

  it('is left whole where no marks stand under it, or its words are not abbreviations', () => {
    const lines = [
      line(755.1, [['Ref', 63, 80.7], ['Element', 267.3, 310.1], ['Met Partly met', 480, 562.9]], 11),
      line(733.3, [['1.1.1', 58.2, 82.6], ['The element as the standard words it', 88.3, 400], ['✓', 508.2, 517.4]], 11),
      line(718, [['1.1.2', 58.2, 82.6], ['The element as the standard words it', 88.3, 400], ['✓', 540, 549.2]], 11),
    ];
    expect(splitHeaderCells(lines)).toEqual(lines);
  });
});

describe('counts drawn as runs of their own but set closer than a column gap ("1 10 0 0 11")', () => {
  // LibreOffice's narrow columns of numbers beside each criterion: 6.8 to 7.6 points apart in
  // 9.5 pt type, under a column gap, so that each row reads as a label and one piece of counts.
  const starts = [229.2, 242.7, 261.5, 275.0, 288.6];
  const countRow = (y: number, label: string, counts: string[]): TextLine => {
    const fragments = [fragment(label, 46.9, 46.9 + label.length * 4.6, y), ...counts.map((n, k) => fragment(n, starts[k]!, starts[k]! + n.length * 6.5, y))];
    return { fragments, y, size: 9.5, x: 46.9, right: fragments.at(-1)!.right, bold: false, italic: false };
  };
  const cellsOf = (lines: TextLine[]) => splitMergedCells(lines, () => null).map((l) => pieces(l).map(joinFragments));

  it('are a cell each where the counts of three lines around start at the same places', () => {
    const cells = cellsOf([
      countRow(780.7, '1. Customer Insight', ['1', '10', '0', '0', '11']),
      countRow(763.0, '2. The Culture of the Organisation', ['1', '10', '0', '0', '11']),
      countRow(745.4, '3. Information and Access', ['1', '10', '1', '0', '12']),
      countRow(727.7, '4. Delivery', ['1', '12', '0', '0', '13']),
    ]);
    expect(cells[0]).toEqual(['1. Customer Insight', '1', '10', '0', '0', '11']);
    expect(cells[3]).toEqual(['4. Delivery', '1', '12', '0', '0', '13']);
  });

  it('are a cell each where another line around sets counts at the same places (two rows a page break left)', () => {
    const lines = [countRow(780.7, '1. Customer Insight', ['1', '10', '0', '0', '11']), countRow(763.0, '2. The Culture of the Organisation', ['1', '10', '0', '0', '11'])];
    expect(cellsOf(lines)[0]).toEqual(['1. Customer Insight', '1', '10', '0', '0', '11']);
  });

  it('stay one piece where no line around sets counts at the same places', () => {
    const shifted = countRow(763.0, '2. The Culture of the Organisation', ['1', '10', '0', '0', '11']);
    const lines = [countRow(780.7, '1. Customer Insight', ['1', '10', '0', '0', '11']), { ...shifted, fragments: shifted.fragments.map((f, k) => (k > 0 ? { ...f, x: f.x + 3, right: f.right + 3 } : f)) }];
    expect(cellsOf(lines)[0]).toEqual(['1. Customer Insight', '1 10 0 0 11']);
  });
});

describe('two header labels pdfjs joined with a space between ("Meets? Exceeds?" over Yes and a tick)', () => {
  // As LibreOffice prints a 2010 partnership's element record: each label centred in its narrow
  // column, the two a space apart, so that the item is as wide as its words set as prose.
  const header = line(684.2, [['Element', 54.7, 98.5], ['Requirement', 163.6, 232.9], ['Meets? Exceeds?', 295.7, 385.9], ['Ashlow', 400.4, 438.6]]);
  const row = (y: number, code: string, meets: string, exceeds: boolean) =>
    line(y, [[code, 52.5, 76.6], ['The element as the standard words it', 103.6, 280], [meets, 295.7, 295.7 + meets.length * 5.5], ...(exceeds ? [['✓', 336.6, 344.6] as [string, number, number]] : []), ['✓', 398.8, 406.8]]);
  const page = [header, row(670.4, '1.1.1', 'Yes', false), row(656.5, '1.1.2', 'Partly', false), row(642.6, '1.1.3', 'Yes', true)];
  const cellsOf = (l: TextLine) => pieces(l).map(joinFragments);

  it('is cut at the one space over the gap between two short cells of a row that both lie under it', () => {
    const [first] = splitHeaderCells(page);
    expect(cellsOf(first!)).toEqual(['Element', 'Requirement', 'Meets?', 'Exceeds?', 'Ashlow']);
  });

  it('is left whole where no row has two cells under it, or the line is prose', () => {
    const withoutTick = [header, row(670.4, '1.1.1', 'Yes', false), row(656.5, '1.1.2', 'Partly', false)];
    expect(splitHeaderCells(withoutTick)).toEqual(withoutTick);
    const prose = line(684.2, [['Meets? Exceeds? a tick means the element is met and exceeded', 295.7, 560]]);
    expect(splitHeaderCells([prose, ...page.slice(1)])[0]).toEqual(prose);
  });

  it('is cut on a next page where it repeats the header, though no row there shows the cut', () => {
    const next = [{ ...header, y: 773.8, fragments: header.fragments.map((f) => ({ ...f, y: 773.8 })) }, row(760, '4.2.3', 'Yes', false), row(746.1, '4.2.4', 'Yes', false)];
    const [, second] = splitHeaderCellsOfPages([page, next]);
    expect(cellsOf(second![0]!)).toEqual(['Element', 'Requirement', 'Meets?', 'Exceeds?', 'Ashlow']);
  });
});

describe('the last rows of a borderless table, alone at the top of the next page', () => {
  const top = [
    line(755.3, [['rolling out elsewhere.', 104, 207]]),
    line(738.8, [['5.2.5', 39, 63], ['Prompt responses to enquiries by phone and e-mail.', 104, 353], ['Compliant', 430, 479], ['Compliant', 510, 559]]),
    line(713.3, [['The pools were clean and well presented throughout the visit.', 34, 400]]),
  ];

  it('are read in the columns of the table the page before ended with', () => {
    const items = streamTables(top, { columns: [39, 104, 430, 510] });
    expect(items.map((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : joinFragments(item.line.fragments)))).toEqual([
      [
        ['', 'rolling out elsewhere.', '', ''],
        ['5.2.5', 'Prompt responses to enquiries by phone and e-mail.', 'Compliant', 'Compliant'],
      ],
      'The pools were clean and well presented throughout the visit.',
    ]);
  });

  it('are lines where the page before did not end with a table', () => {
    expect(streamTables(top).every((item) => item.kind === 'line')).toBe(true);
  });
});

describe('paragraphs set with more leading than usual, numbered in a margin', () => {
  // A committee paper printed from HTML at a line height of 1.5: a paragraph's lines 17 points apart, paragraphs 20;
  // each paragraph's number in a cell of its own, centred beside its lines.
  const size = 11;
  const page = (lines: TextLine[]) => layoutBlocks([{ page: 1, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }]);
  const wrapped = (y: number, text: string) => line(y, [[text, 79, 555]], size);

  it('keeps a paragraph\'s lines together and leaves its number out, on a line of its own or before a middle line', () => {
    const blocks = page([
      wrapped(720, 'The Council was first accredited to CSE in 2009. It was re-accredited in February 2015 following a'),
      line(703, [['3.1 full reassessment, when it achieved 9 Compliance Plus ratings and 3 Partial Compliances (1.3.4,', 58, 549]], size),
      line(686, [['4.2.3 and 5.3.3).', 79, 159]], size),
      wrapped(666, 'The first annual surveillance visit under the new certificate took place on 3 and 4 February 2016. It'),
      wrapped(649, 'was carried out by Jane Holloway of the Centre for Assessment, who interviewed staff, councillors,'),
      line(632, [['partners and customers at the Civic Offices.', 79, 300]], size),
      wrapped(612, '11 elements were rated Compliance Plus, 44 Compliance and 2 Partial Compliance; there were no'),
      line(603.5, [['4.2', 58, 79]], size),
      line(595, [['non-compliances.', 79, 165]], size),
      wrapped(575, 'Officers will complete the benchmarking club’s comparison of contact-centre and planning timeliness'),
      wrapped(558, 'by September 2016 and publish the comparison on the Council’s website, and the Cabinet will be told'),
      wrapped(541, 'of the results at its meeting in October 2016, with the next steps the benchmarking club proposes'),
      line(524, [['for the year after.', 79, 160]], size),
    ]);
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text.replace(/\n/g, ' '))).toEqual([
      'The Council was first accredited to CSE in 2009. It was re-accredited in February 2015 following a full reassessment, when it achieved 9 Compliance Plus ratings and 3 Partial Compliances (1.3.4, 4.2.3 and 5.3.3).',
      'The first annual surveillance visit under the new certificate took place on 3 and 4 February 2016. It was carried out by Jane Holloway of the Centre for Assessment, who interviewed staff, councillors, partners and customers at the Civic Offices.',
      '11 elements were rated Compliance Plus, 44 Compliance and 2 Partial Compliance; there were no non-compliances.',
      'Officers will complete the benchmarking club’s comparison of contact-centre and planning timeliness by September 2016 and publish the comparison on the Council’s website, and the Cabinet will be told of the results at its meeting in October 2016, with the next steps the benchmarking club proposes for the year after.',
    ]);
  });

  it('keeps what starts a paragraph\'s first line, and a three-part number anywhere: those are element codes', () => {
    const blocks = page([
      line(720, [['4.2.4 The Trust learns from best practice outside the NHS and publishes its own, including its', 58, 555]], size),
      wrapped(707, 'discharge lounge model, adopted by three other trusts, and it has shared it with the region and'),
      wrapped(694, 'the county, so that'),
      line(681, [['4.3.1 dips in performance are explained to patients, and the Trust has', 58, 555]], size),
      wrapped(668, 'published them.'),
    ]);
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text.split('\n')[0])).toEqual(['4.2.4 The Trust learns from best practice outside the NHS and publishes its own, including its']);
    expect(blocks[0]!.kind === 'paragraph' && blocks[0]!.text).toContain('4.3.1 dips in performance');
  });

  it('measures the leading on wrapped lines only: lines as far apart as paragraphs usually stand are paragraphs', () => {
    const lines = [0, 1, 2, 3, 4, 5].map((k) => line(700 - k * 17, [[`Label ${k}: a short value`, 79, 200]], size));
    expect(page(lines).filter((b) => b.kind === 'paragraph')).toHaveLength(6);
    const prose = [0, 1, 2, 3, 4, 5].map((k) => line(700 - k * 17, [['A line of a paragraph that runs to the right edge of the page, and on', 79, 555]], size));
    expect(page(prose).filter((b) => b.kind === 'paragraph')).toHaveLength(1);
  });
});

describe('a border drawn round one line of a paragraph (LibreOffice printing an HTML block with a border)', () => {
  it('joins the word the line above the box broke at a hyphen to the box\'s text', () => {
    const legend = line(595.4, [['Each element is scored: 3 = Compliance Plus; 2 = Compliance; 1 = Partial Compliance; 0 = Non-', 60.1, 548]], 10);
    const box = { top: 586.9, bottom: 569.1, columns: [56.8, 551.2], rows: [{ cells: ['Compliance.'], spansTable: false, top: 586.9 }] };
    const blocks = layoutBlocks([{ page: 1, items: [{ kind: 'line', line: legend }, { kind: 'table', table: box }] }]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: 'Each element is scored: 3 = Compliance Plus; 2 = Compliance; 1 = Partial Compliance; 0 = Non-Compliance.', loc: { page: 1 } }]);
  });

  it('keeps a box apart from a line above that ends a word', () => {
    const above = line(595.4, [['Each element is scored on a scale of four.', 60.1, 300]], 10);
    const box = { top: 586.9, bottom: 569.1, columns: [56.8, 551.2], rows: [{ cells: ['Compliance.'], spansTable: false, top: 586.9 }] };
    expect(layoutBlocks([{ page: 1, items: [{ kind: 'line', line: above }, { kind: 'table', table: box }] }])).toHaveLength(2);
  });
});

describe('a table header repeated at the top of each page', () => {
  it('is kept where it heads the rows below it, while a running header is dropped', () => {
    const page = (rows: [string, number, number][][]) => ({
      height: 841.9,
      lines: [
        line(815, [['Saltmarsh University – CSE Report', 57, 260]]),
        line(768.8, [['Ref', 72, 92], ['Element', 109, 158], ['Outcome', 511, 563]], 10.5),
        ...rows.map((cells, k) => line(753.8 - k * 15, cells, 10.5)),
      ],
    });
    const kept = dropPageFurniture([page([[['1.1.1', 58, 85], ['We have an in-depth understanding', 109, 300], ['Full', 508, 529]]]), page([[['3.2.4', 58, 85], ['We can demonstrate', 109, 250], ['Full', 508, 529]]])]);
    expect(kept.map((lines) => lines.map((l) => l.fragments[0]!.text))).toEqual([
      ['Ref', '1.1.1'],
      ['Ref', '3.2.4'],
    ]);
  });
});

describe('a table header of interleaved lines repeated at the top of each page', () => {
  it('is kept whole: a line of it that lies over no row’s text is kept with the line beside it that does', () => {
    // "2019" over "Ref | Element (abridged)" over "Initial", centred; the ratings below set at their cells' left.
    const page = (code: string) => ({
      height: 841.9,
      lines: [
        line(785.8, [['2019', 336.5, 364.3], ['2020', 385.2, 413], ['Council target', 468.7, 548.5]], 10),
        line(780, [['Ref', 51.1, 69.9], ['Element (abridged)', 145.3, 254.5]], 10),
        line(774.2, [['Initial', 334.1, 366.7], ['AR1', 387.9, 410.3], ['2022', 494.8, 522.6]], 10),
        line(759.7, [[code, 46.9, 76.9], ['We have an in-depth understanding of the', 76.9, 289.4], ['C', 325.8, 332.8], ['C', 377.8, 384.8]], 10),
      ],
    });
    const kept = dropPageFurniture([page('1.1.1'), page('2.1.1'), page('3.1.1')]);
    expect(kept.map((lines) => lines.length)).toEqual([4, 4, 4]);
  });
});

describe('table rows at the foot and head of each page', () => {
  it('are kept though their shape repeats in the margins of every page: a running line is set once a page', () => {
    const page = (codes: string[]) => ({
      height: 841.9,
      lines: [
        line(815, [['Tamarside FRS – Surveillance', 57, 260]]),
        ...codes.map((code, k) => line(700 - k * 14.5, [[code, 60, 85], ['•', 188, 194]], 10)),
        ...codes.map((code, k) => line(64 - k * 14.5, [[`${code.slice(0, 4)}9`, 60, 85], ['•', 188, 194]], 10)),
      ],
    });
    const kept = dropPageFurniture([page(['1.1.1', '1.1.2']), page(['2.1.1', '2.1.2']), page(['3.1.1', '3.1.2'])]);
    expect(kept.map((lines) => lines.length)).toEqual([4, 4, 4]);
    expect(kept[0]!.map((l) => l.fragments[0]!.text)).toEqual(['1.1.1', '1.1.2', '1.1.9', '1.1.9']);
  });
});

describe('footnote marks set as superscripts', () => {
  it('are left out, and the paragraph they stood in is one paragraph though the mark pushed its line down', () => {
    const size = 10;
    const lines = withoutFootnoteMarks([
      line(618.6, [['between the new National Probation Service and the Mercia Community Rehabilitation Company, and the Trust', 57, 549]], size),
      line(607.1, [['1', 159, 163]], 8),
      line(603.1, [['itself will close in 2015. The review therefore looked at how customer service had been protected during the', 57, 536]], size),
      line(589.9, [['transition.', 57, 100]], size),
    ]);
    expect(lines.map((l) => l.fragments[0]!.text)).toHaveLength(3);
    const blocks = layoutBlocks([{ page: 1, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
  });

  it('keep a small number that is not raised over a line of text, as a cell or a page number is', () => {
    const kept = withoutFootnoteMarks([line(700, [['3', 300, 305]], 8), line(650, [['A paragraph well below it.', 57, 300]], 10)]);
    expect(kept).toHaveLength(2);
  });
});

describe('a watermark set at a slant', () => {
  it('is left out of the text, while text set level or upright is kept', async () => {
    const { fragmentsOf } = await import('../src/read/pdf/fragments.js');
    const item = (str: string, transform: number[]) => ({ str, transform, width: 100, fontName: 'f1' });
    const kept = fragmentsOf([
      item('5.1.1 (Timeliness and Quality of Service)', [10.99, 0, 0, 10.99, 87.75, 249]),
      item('CONFIDENTIAL', [65.53, 45.88, -45.88, 65.53, 144.81, 230.35]),
      item('Compliance Plus', [0, 10, -10, 0, 300, 400]),
    ]);
    expect(kept.map((f) => f.text)).toEqual(['5.1.1 (Timeliness and Quality of Service)', 'Compliance Plus']);
  });
});

describe('a footnote mark set raised and small after a rating', () => {
  it('is a superscript on the rating\'s baseline, so "C" and a raised "1" never read "C1"', async () => {
    const { fragmentsOf, linesOf, joinFragments } = await import('../src/read/pdf/fragments.js');
    const item = (str: string, size: number, x: number, y: number, width: number) => ({ str, transform: [size, 0, 0, size, x, y], width, fontName: 'f1' });
    const fragments = fragmentsOf([
      item('We protect customers\' privacy.', 10, 88, 738.6, 200),
      item('C', 10, 439.3, 738.6, 7.2),
      item('1', 8, 446.9, 742.6, 4.4),
      // Text of the same size on the line above is not a mark, nor is a small number set apart.
      item('14', 10, 300, 750, 10),
      item('2', 8, 330, 753, 4.4),
    ]);
    const lines = linesOf(fragments);
    expect(lines.map((l) => joinFragments(l.fragments))).toEqual(['2', '14', "We protect customers' privacy. C¹"]);
    expect(lines[2]!.raisedBy).toBeGreaterThan(0);
  });
});

/**
 * LibreOffice's print of a table of lettered evidence points (blind set 5, Kirkholme): the rating
 * in a cell merged down an element's two rows, centred between them; the code and the evidence
 * point set five points apart, closer than a column gap, and in some tables joined into one item.
 */
describe('evidence points two rows to an element, the rating merged down both', () => {
  const size = 8;
  const rows = (lines: TextLine[]) => streamTables(lines).flatMap((item) => (item.kind === 'table' ? item.table.rows.map((r) => r.cells) : []));

  it('joins a rating set between two rows, three quarters of a size from each, to the upper row', () => {
    const lines = [
      line(670.2, [['El 2.1.2(a)', 44, 85.3], ['Documents and records examined', 90.5, 228.3]], size),
      line(664.2, [['Compliant', 481.7, 522.5]], size),
      line(658.1, [['El 2.1.2(b)', 44, 85.5], ['Interviews with staff and customers; observation', 90.5, 285.9]], size),
    ];
    const joined = joinCentredCells(lines);
    expect(joined).toHaveLength(2);
    expect(joined[0]!.fragments.map((f) => f.text)).toEqual(['El 2.1.2(a)', 'Documents and records examined', 'Compliant']);
  });

  it('leaves a paragraph number set as far between two lines of its paragraph to the paragraph', () => {
    const lines = [
      line(586.1, [['The Council was first accredited to CSE in 2009. It was re-accredited in February 2015 following a', 79.2, 555.2]], 11),
      line(577.6, [['3.1', 58.2, 73.5]], 11),
      line(569.0, [['full reassessment, when it achieved 9 Compliance Plus ratings and 3 Partial Compliances (1.3.4,', 79.2, 549.2]], 11),
    ];
    expect(joinCentredCells(lines)).toEqual(lines);
  });

  it('splits code and evidence point where every row sets them apart at the same place, a rating right of them', () => {
    const lines: TextLine[] = [];
    for (const [k, code] of ['1.1.1', '1.1.2', '1.1.3'].entries()) {
      const y = 700 - k * 24.2;
      lines.push(line(y, [['El ' + code + '(a)', 44, 85.3], ['Documents and records examined', 90.5, 228.3], ['Compliant', 468.8, 509.6]], size));
      lines.push(line(y - 12.1, [['El ' + code + '(b)', 44, 85.5], ['Interviews with staff and customers; observation', 90.5, 285.9]], size));
    }
    const split = splitMergedCells(lines, () => null);
    expect(split.map((l) => pieces(l).map(joinFragments))).toEqual(
      ['1.1.1', '1.1.2', '1.1.3'].flatMap((code) => [
        [`El ${code}(a)`, 'Documents and records examined', 'Compliant'],
        [`El ${code}(b)`, 'Interviews with staff and customers; observation'],
      ]),
    );
  });

  it('leaves paragraphs hung from their numbers, and key facts, whole: nothing stands right of their text', () => {
    const lines = [
      line(700, [['3.1', 58.2, 73.5], ['full reassessment, when it achieved 9 Compliance Plus ratings', 79.2, 549.2]], 11),
      line(683, [['4.', 58.2, 66], ['Outcome of the assessment', 79.2, 200]], 11),
      line(666, [['4.1', 58.2, 73.5], ['The assessor found the Council continues to meet the standard.', 79.2, 520]], 11),
      line(649, [['4.2', 58.2, 73.5], ['11 elements were rated Compliance Plus, 44 Compliance and 2', 79.2, 530]], 11),
    ];
    expect(splitMergedCells(lines, () => null).map((l) => pieces(l).length)).toEqual(lines.map((l) => pieces(l).length));
  });

  it('finds where a cell starts inside items pdfjs joined in every row, from the widths of their words', () => {
    // Characters of different widths, as a font's are (one width for all would line up every
    // row's words by chance), a space a quarter of an em: the padding shows as extra width after the code.
    const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.();'].map((c, k) => [c, 0.4 + (k % 7) * 0.05]));
    widths.set(' ', 0.25);
    const width = (text: string) => [...text].reduce((w, c) => w + widths.get(c)! * size, 0);
    // The evidence point starts at 110 in every row: 3 points of padding past where a space would put it.
    const item = (code: string, evidence: string): [string, number, number] => [`${code} ${evidence}`, 44, 110 + width(evidence)];
    const lines: TextLine[] = [];
    for (const [k, code] of ['2.1.1', '2.1.2', '2.1.3'].entries()) {
      const y = 700 - k * 24.2;
      lines.push(line(y, [item(`El ${code}(a)`, 'Documents and records examined'), ['Compliant', 481.7, 522.5]], size));
      lines.push(line(y - 12.1, [item(`El ${code}(b)`, 'Interviews with staff and customers; observation')], size));
    }
    const split = splitMergedCells(lines, () => widths).map((l) => pieces(l).map(joinFragments));
    expect(split[0]).toEqual(['El 2.1.1(a)', 'Documents and records examined', 'Compliant']);
    expect(split[1]).toEqual(['El 2.1.1(b)', 'Interviews with staff and customers; observation']);
    // The same words in every row line up at every space: a table of one text is left as it is.
    const same = [0, 1, 2, 3].map((k) => line(700 - k * 12.1, [item('Met', 'in full at this visit'), ['Yes', 481.7, 495]], size));
    expect(splitMergedCells(same, () => widths).map((l) => pieces(l).length)).toEqual([2, 2, 2, 2]);
  });

  it('reads a code wrapped in a narrow column ("El" over "4.1.1(a)") under its centred header, not as labels of a column of its own', () => {
    const lines = [
      line(740.8, [['Ref', 56, 71.1], ['Evidence point', 247.3, 314], ['Element rating', 481.4, 548.4]], size),
      line(728.7, [['El', 44, 51.2]], size),
      line(724.0, [['Documents and records examined', 85.9, 223.7]], size),
      line(719.4, [['4.1.1(a)', 44, 75.5], ['Compliant', 478.2, 519]], size),
      line(707.3, [['El', 44, 51.2]], size),
      line(702.6, [['Interviews with staff and customers; observation', 85.9, 281.3]], size),
      line(698.0, [['4.1.1(b)', 44, 75.6]], size),
      line(685.9, [['El', 44, 51.2]], size),
      line(681.2, [['Ceremony standards agreed with couples in writing at booking.', 85.9, 427.6]], size),
      line(676.6, [['4.1.2(a)', 44, 75.5], ['Compliant Plus', 478.2, 537.8]], size),
    ];
    const table = rows(lines);
    expect(table[0]).toEqual(['Ref', 'Evidence point', 'Element rating']);
    expect(table.slice(1).map((r) => r[0]!.replace(/\s+/g, ' '))).toEqual(['El 4.1.1(a)', 'El 4.1.1(b)', 'El 4.1.2(a)']);
  });
});
