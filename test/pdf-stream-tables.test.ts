/**
 * Tables without borders whose cells are centred, across and top to bottom (as LibreOffice and
 * Chromium print a Word or HTML table with centred cells): a line holds one piece of each row's
 * one-line cells, and the lines of a taller cell sit above and below it.
 */
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const tableCells = (lines: TextLine[]) => {
  const items = streamTables(lines);
  return items.flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));
};

describe('a borderless table with centred cells', () => {
  it('rebuilds each row around the line of its one-line cells, a wrapped label above and below it', () => {
    const tables = tableCells([
      line(325.7, [['No. of', 153.2, 185.2], ['Compliance', 203.3, 265.9], ['Partial', 358.7, 394.7]]),
      line(320.2, [['Criterion', 74.2, 122.6], ['Compliance', 273.9, 336.5]]),
      line(314.6, [['elements', 145, 193.4], ['Plus', 223.1, 246], ['Compliance', 345.4, 408]]),
      line(300.7, [['1. Customer', 68.9, 127.9]]),
      line(295.2, [['11', 163.2, 175.2], ['3', 231.6, 237.6], ['8', 302.2, 308.2], ['0', 373.7, 379.7]]),
      line(289.7, [['Insight', 81.5, 115.3]]),
      line(275.8, [['4. Delivery', 72.3, 124.5], ['13', 163.2, 175.2], ['0', 231.6, 237.6], ['12', 299.2, 311.2], ['1', 373.7, 379.7]]),
      line(262.0, [['5. Timeliness', 66.6, 130.2]]),
      line(251.0, [['and Quality of', 64.4, 132.3], ['10', 163.2, 175.2], ['1', 231.6, 237.6], ['8', 302.2, 308.2], ['1', 373.7, 379.7]]),
      line(240.0, [['Service', 80.4, 116.4]]),
    ]);
    expect(tables).toEqual([
      [
        ['Criterion', 'No. of\nelements', 'Compliance\nPlus', 'Compliance', 'Partial\nCompliance'],
        ['1. Customer\nInsight', '11', '3', '8', '0'],
        ['4. Delivery', '13', '0', '12', '1'],
        ['5. Timeliness\nand Quality of\nService', '10', '1', '8', '1'],
      ],
    ]);
  });

  it('takes the code beside a wrapped reason as the anchor of its row', () => {
    const tables = tableCells([
      line(729.3, [['Element', 65.3, 109.6], ['Reason', 323.2, 361.9]]),
      line(715.4, [['Complaints data is analysed by Professional Standards', 125.6, 559.2]]),
      line(704.4, [['4.3.4', 75.4, 99.5], ['learning is shared with teams', 130.5, 554.3]]),
      line(693.3, [['and with the public.', 165.8, 519]]),
      line(679.5, [['The Force is not meeting its 101 answering standard', 120.5, 564.4]]),
      line(674.0, [['5.3.2', 75.4, 99.5]]),
      line(668.4, [['and does not publish it.', 259.5, 425.4]]),
    ]);
    expect(tables.map((rows) => rows.map((r) => r[0]))).toEqual([['Element', '4.3.4', '5.3.2']]);
    expect(tables[0]![2]![1]).toBe('The Force is not meeting its 101 answering standard\nand does not publish it.');
  });

  it('ends the table at a title in bold and at a next table that repeats its header', () => {
    const items = streamTables([
      line(760, [['Element', 77.5, 110.8], ['Justification', 303.1, 351.9]]),
      line(743, [['1.3.4', 77.5, 95], ['Targets are set for the main survey.', 303.1, 499.9]]),
      line(737.5, [['and for others.', 303.1, 380]]),
      line(720, [['Compliance Plus Elements', 72.1, 250.7]], true),
      line(700, [['Element', 77.5, 110.8], ['Justification', 303.1, 351.9]]),
      line(683, [['2.1.1', 77.5, 95], ['Leaders champion users.', 303.1, 450]]),
    ]);
    expect(items.map((i) => (i.kind === 'table' ? `table of ${i.table.rows.length}` : 'line'))).toEqual(['table of 2', 'line', 'table of 2']);
  });
});

describe('a borderless table read by its header', () => {
  // A tick matrix as LibreOffice prints an HTML one: the header's cells centred, each mark set at
  // its cell's left (a partial's mark nearer the middle of "C" than of "PC"), a criterion's title
  // across the table between its rows.
  const header = () => line(295.7, [['Element', 81, 127], ['C+', 160, 176], ['C', 195, 202], ['PC', 221, 235], ['NC', 259, 275]]);
  const row = (y: number, code: string, x: number) => line(y, [[code, 60, 85], ['•', x, x + 6]]);

  it('gives each column of marks to the header cell it lines up with, in order, and a title a row across the table', () => {
    const items = streamTables([
      header(),
      line(281.2, [['Criterion 1: Customer Insight', 60, 204]]),
      row(266.8, '1.1.1', 151),
      row(252.3, '1.1.2', 188),
      line(237.9, [['Criterion 5: Timeliness and Quality of Service', 60, 286]]),
      row(223.4, '5.2.4', 211),
      row(209.0, '5.2.5', 188),
      line(180, [['Key: • = rating awarded at this visit, and prose that runs on past the table.', 57, 528]]),
    ]);
    const table = items[0]!.kind === 'table' ? items[0]!.table : null;
    expect(table?.rows.map((r) => (r.spansTable ? [`across: ${r.cells[0]}`] : r.cells))).toEqual([
      ['Element', 'C+', 'C', 'PC', 'NC'],
      ['across: Criterion 1: Customer Insight'],
      ['1.1.1', '•', '', '', ''],
      ['1.1.2', '', '•', '', ''],
      ['across: Criterion 5: Timeliness and Quality of Service'],
      ['5.2.4', '', '', '•', ''],
      ['5.2.5', '', '•', '', ''],
    ]);
    expect(items.slice(1).map((i) => i.kind)).toEqual(['line']);
  });

  it('reads the rows a page break moves to the next page by the header carried over', () => {
    const first = streamTables([header(), line(281.2, [['Criterion 1: Customer Insight', 60, 204]]), row(266.8, '1.1.1', 151)]);
    const table = first[0]!.kind === 'table' ? first[0]!.table : null;
    expect(table?.header).toHaveLength(5);
    const next = streamTables([row(801, '1.1.2', 188), row(786.5, '1.1.3', 211), line(772, [['Criterion 2: The Culture of the Organisation', 60, 277]]), row(757.5, '2.1.1', 151)], { columns: table!.columns, header: table!.header });
    const rows = next[0]!.kind === 'table' ? next[0]!.table.rows.map((r) => (r.spansTable ? ['across'] : r.cells)) : [];
    expect(rows).toEqual([['1.1.2', '', '•', '', ''], ['1.1.3', '', '', '•', ''], ['across'], ['2.1.1', '•', '', '', '']]);
  });

  it('cuts a rating from the comment pdfjs joined to it where the comment starts at the header cell over it', () => {
    // In 10 pt "Compliant" ends 7.7 points (under a column gap) before "Targets", at the start of "Comments".
    const at10 = (y: number, pieces: [string, number, number][]) => line(y, pieces, false, 10);
    const items = streamTables([
      at10(336, [['Element', 60.2, 99.2], ['Rating', 113.8, 145.6], ['Comments', 158.1, 208.7]]),
      at10(320, [['1', 58.2, 63.7], ['Compliant', 104, 150.4]]),
      at10(305, [['2', 58.2, 63.7], ['Compliant', 104, 150.4]]),
      at10(289, [['3', 58.2, 63.7], ['Compliant', 104, 150.4], ['Targets set and met.', 158.1, 250]]),
    ]);
    const table = items[0]!.kind === 'table' ? items[0]!.table : null;
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Element', 'Rating', 'Comments'],
      ['1', 'Compliant', ''],
      ['2', 'Compliant', ''],
      ['3', 'Compliant', 'Targets set and met.'],
    ]);
  });

  it('cuts a rating from its comment where the comment starts where the text below a centred header shares a start', () => {
    // LibreOffice's print of "Element | Requirement | Rating | Assessor comment", the header centred
    // and the comment 7.9 pt after "Compliance" (under a 10 pt column gap).
    const at10 = (y: number, pieces: [string, number, number][]) => line(y, pieces, false, 10);
    const items = streamTables([
      at10(600, [['Element', 59, 105.6], ['Requirement', 135.2, 208.3], ['Rating', 250.8, 288.3], ['Assessor comment', 368.9, 473]]),
      at10(580, [['1.1.2', 58.2, 83.5], ['We have developed', 109.2, 207.4], ['Compliance', 237.1, 296.9], ['Tenancy profiles are refreshed', 304.8, 480]]),
      at10(568.4, [['better…', 109.2, 150.2], ['services.', 304.8, 349.2]]),
      at10(550, [['1.3.3', 58.2, 83.5], ['We include in our', 109.2, 198.9], ['Compliance', 237.1, 296.9], ['with questions on repairs', 304.8, 460]]),
      at10(538.4, [['measurement of', 109.2, 191.5], ['the contact centre.', 304.8, 400.9]]),
    ]);
    const table = items[0]!.kind === 'table' ? items[0]!.table : null;
    expect(table?.rows.map((r) => r.cells.map((c) => c.replace(/\n/g, ' ')))).toEqual([
      ['Element', 'Requirement', 'Rating', 'Assessor comment'],
      ['1.1.2', 'We have developed better…', 'Compliance', 'Tenancy profiles are refreshed services.'],
      ['1.3.3', 'We include in our measurement of', 'Compliance', 'with questions on repairs the contact centre.'],
    ]);
  });

  it('leaves out a label centred over numbered columns, and ends where another table’s crowded header starts', () => {
    // LibreOffice's print of a grid: "Element" over "1 … 6", "Sub-criterion" between, the lines set close; then a summary table.
    const at10 = (y: number, pieces: [string, number, number][]) => line(y, pieces, false, 10);
    const numbers: [string, number, number][] = [1, 2, 3, 4, 5, 6].map((n, k) => [String(n), 252.5 + k * 45.4, 258.1 + k * 45.4]);
    const marks = (...m: string[]): [string, number, number][] => m.map((t, k) => [t, 234 + k * 45.4, 241.2 + k * 45.4]);
    const items = streamTables([
      at10(780.1, [['Element', 349.3, 388.1]]),
      at10(772.9, [['Sub-criterion', 110.8, 172.9]]),
      at10(765.8, numbers),
      at10(751.5, [['5.1 Standards for Timeliness', 52.5, 199], ...marks('C', 'C')]),
      at10(737.2, [['5.2 Timely Outcomes', 52.5, 146.8], ...marks('C', 'C', 'C', 'C', 'C')]),
      at10(722.9, [['5.3 Achieved Timely Delivery', 52.5, 181.3], ...marks('PC', 'C', 'C')]),
      at10(676.9, [['Criterion', 111, 152.6], ['C+', 214.9, 227.9], ['C', 234.7, 241.9], ['PC', 248.7, 262.6], ['NC', 266.5, 280.9], ['Elements', 287.2, 331.6]]),
      at10(662.6, [['1 Customer Insight', 52.5, 136.3], ['1', 213.8, 219.4], ['9', 231.9, 237.5], ['1', 247.6, 253.2], ['0', 266.5, 272.1], ['11', 285.2, 296.3]]),
    ]);
    const table = items[0]!.kind === 'table' ? items[0]!.table : null;
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ['Sub-criterion', '1', '2', '3', '4', '5', '6'],
      ['5.1 Standards for Timeliness', 'C', 'C', '', '', '', ''],
      ['5.2 Timely Outcomes', 'C', 'C', 'C', 'C', 'C', ''],
      ['5.3 Achieved Timely Delivery', 'PC', 'C', 'C', '', '', ''],
    ]);
    expect(items.slice(1).some((i) => i.kind === 'table' || i.line.fragments.some((f) => f.text === 'Criterion'))).toBe(true);
  });

  it('ends where the next table’s wrapped header starts with labels side by side inside one of its columns', () => {
    // LibreOffice's print of a results table (a wide "Elements" column) straight over a table by
    // criterion whose header labels wrap, centred top to bottom ("Compliance" over "Plus").
    const items = streamTables([
      line(680.5, [['Compliance', 58.2, 110.9], ['1.1.1 – 1.3.4; 2.1.1 – 2.2.3 and 2.2.5; all of Criterion 3 except 3.3.1; 4.1.1 –', 150.4, 479.9], ['52', 495.8, 506.9]]),
      line(669.0, [['4.3.1 and 4.3.3 – 4.3.6; 5.1.1 to 5.3.2', 150.4, 314]]),
      line(654.7, [['Partial Compliance', 58.2, 142], ['2.2.4, 5.3.3', 150.4, 200.3], ['2', 495.8, 501.4]]),
      line(640.4, [['Non-Compliance', 58.2, 132.6], ['None', 150.4, 174.3], ['0', 495.8, 501.4]]),
      line(626.1, [['Total', 58.2, 82.1], ['57', 495.8, 506.9]]),
      line(611.8, [['Compliance', 244.1, 300.7], ['Partial', 397.4, 427.9]]),
      line(606.0, [['Criterion', 100.3, 141.9], ['Elements', 187.5, 231.9], ['Compliance', 312.7, 369.3], ['Non-Compliance', 456.6, 536]]),
      line(600.3, [['Plus', 261.9, 282.9], ['Compliance', 384.3, 440.9]]),
      line(586.0, [['1. Customer Insight', 58.2, 144.8], ['11', 186.8, 197.9], ['1', 235.5, 241.1], ['10', 312.1, 323.2], ['0', 372.8, 378.4], ['0', 455.2, 460.8]]),
      line(571.7, [['2. The Culture of the', 58.2, 149.2], ['11', 186.8, 197.9], ['0', 235.5, 241.1], ['10', 312.1, 323.2], ['1', 372.8, 378.4], ['0', 455.2, 460.8]]),
      line(560.2, [['Organisation', 58.2, 114.8]]),
      line(545.9, [['3. Information and Access', 58.2, 173.6], ['12', 186.8, 197.9], ['1', 235.5, 241.1], ['11', 312.1, 323.2], ['0', 372.8, 378.4], ['0', 455.2, 460.8]]),
    ]);
    const tables = items.flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));
    expect(tables.at(-2)!.at(-1)).toEqual(['Total', '', '57']);
    expect(tables.at(-1)).toEqual([
      ['Criterion', 'Elements', 'Compliance\nPlus', 'Compliance', 'Partial\nCompliance', 'Non-Compliance'],
      ['1. Customer Insight', '11', '1', '10', '0', '0'],
      ['2. The Culture of the\nOrganisation', '11', '0', '10', '1', '0'],
      ['3. Information and Access', '12', '1', '11', '0', '0'],
    ]);
  });

  it('ends at a line of one piece that starts apart from the table’s text (a heading over the next table)', () => {
    const items = streamTables([
      line(696, [['Element', 60, 99], ['Rating', 114, 146], ['Comments', 158, 209]]),
      line(681, [['1', 58, 64], ['Compliant', 104, 150]]),
      line(665, [['2', 58, 64], ['Compliant', 104, 150]]),
      line(645, [['3.2 Quality of Information', 63, 179]]),
      line(630, [['Element', 60, 99], ['Rating', 114, 146], ['Comments', 158, 209]]),
      line(614, [['1', 58, 64], ['Compliant', 104, 150]]),
      line(599, [['2', 58, 64], ['Compliant', 104, 150]]),
    ]);
    expect(items.map((i) => (i.kind === 'table' ? `table of ${i.table.rows.length}` : 'line'))).toEqual(['table of 3', 'line', 'table of 3']);
  });
});

describe('a borderless table whose header wraps, read by its header', () => {
  it('takes the header lines set closer than two lines of one cell as one header, its cells where their pieces overlap', () => {
    // LibreOffice's print of a two-visit element table: "AR1" over "Mar" over "2021", "AR2" over "Nov 2021", centred.
    const items = streamTables([
      line(208.5, [['AR1', 488, 508]]),
      line(202.5, [['AR2', 534, 554]]),
      line(196.5, [['Element', 60, 98], ['Requirement (abridged)', 232, 345], ['Mar', 489, 507]]),
      line(190.5, [['Nov 2021', 522, 565]]),
      line(184.5, [['2021', 487, 509]]),
      line(169.7, [['Criterion 1 – Customer Insight', 58, 201]]),
      line(154.9, [['We have an in-depth understanding of the characteristics of our current and', 103, 437]]),
      line(148.9, [['1.1.1', 58, 80], ['C', 477, 485], ['C', 522, 529]]),
      line(142.9, [['potential…', 103, 150]]),
      line(128.1, [['We have developed customer insight about our customer groups to better', 103, 428]]),
      line(122.1, [['1.1.2', 58, 80], ['PC', 477, 490], ['C', 522, 529]]),
      line(116.1, [['understand their…', 103, 180]]),
    ]);
    expect(items).toHaveLength(1);
    const rows = items[0]!.kind === 'table' ? items[0]!.table.rows.map((r) => (r.spansTable ? [`across: ${r.cells[0]}`] : r.cells)) : [];
    expect(rows).toEqual([
      ['Element', 'Requirement (abridged)', 'AR1\nMar\n2021', 'AR2\nNov 2021'],
      ['across: Criterion 1 – Customer Insight'],
      ['1.1.1', 'We have an in-depth understanding of the characteristics of our current and\npotential…', 'C', 'C'],
      ['1.1.2', 'We have developed customer insight about our customer groups to better\nunderstand their…', 'PC', 'C'],
    ]);
  });

  it('takes criteria named with their number and a dash as header cells, a name of five words the longest', () => {
    const items = streamTables([
      line(484, [['5 – Timeliness', 450.5, 521.5]]),
      line(479, [['1 – Customer', 126.2, 191.9], ['2 – The Culture of', 199.6, 289], ['3 – Information', 298.8, 375.4], ['4 –', 403, 416.9]]),
      line(473, [['Rating', 58.2, 91.4], ['and Quality of', 450.2, 521.9], ['Total', 537.5, 563.3]]),
      line(468, [['Insight', 141.4, 176.7], ['the Organisation', 201.6, 286.9], ['and Access', 309, 365.4], ['Delivery', 388.9, 430.8]]),
      line(463, [['Service', 467.4, 504.8]]),
      line(444, [['Compliance Plus', 58.2, 111.1], ['1', 123.8, 129.5], ['1', 197.1, 202.8], ['1', 294.3, 300], ['2', 382.9, 388.6], ['1', 439.7, 445.4], ['6', 535.2, 541.5]]),
      line(426, [['Compliance', 58.2, 111.1], ['9', 123.8, 129.5], ['10', 197.1, 208.5], ['10', 294.3, 305.7], ['11', 382.9, 394.3], ['9', 439.7, 445.4], ['49', 535.2, 547.7]]),
    ]);
    expect(items.map((i) => i.kind)).toEqual(['table']);
    const rows = items[0]!.kind === 'table' ? items[0]!.table.rows.map((r) => r.cells) : [];
    expect(rows[0]).toEqual(['Rating', '1 – Customer\nInsight', '2 – The Culture of\nthe Organisation', '3 – Information\nand Access', '4 –\nDelivery', '5 – Timeliness\nand Quality of\nService', 'Total']);
    expect(rows[2]).toEqual(['Compliance', '9', '10', '10', '11', '9', '49']);
  });

  it('gives row labels wholly left of the header (under an empty corner) a column of their own', () => {
    // A LibreOffice print: the header centred over its cells, the counts set at their cells' left,
    // the first column's left of "Customer Insight" as the labels are. Each count starts a cell
    // (as merged-cells.ts marks a run set where the runs around start), though close to its label.
    const cells = (l: TextLine): TextLine => ({ ...l, fragments: l.fragments.map((f, k) => (k > 0 ? { ...f, cellStart: true } : f)) });
    const items = streamTables([
      line(265.8, [['Customer', 90, 136], ['Culture of the', 176, 242], ['Information and', 277, 355], ['Timeliness and Quality of', 418, 539]]),
      line(259.5, [['Delivery', 370, 410]]),
      line(253.2, [['Insight', 97, 130], ['Organisation', 178, 240], ['Access', 301, 332], ['Service', 461, 495]]),
      cells(line(237.7, [['C+', 57, 71], ['1', 76.5, 82], ['1', 153, 158], ['1', 267, 273], ['1', 368, 373], ['1', 415, 421]])),
      cells(line(222.3, [['C', 60, 68], ['10', 76.5, 87.5], ['10', 153, 164], ['10', 267, 278], ['11', 368, 379], ['9', 415, 421]])),
    ]);
    const tables = items.flatMap((i) => (i.kind === 'table' ? [i.table] : []));
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([
      [
        ['', 'Customer\nInsight', 'Culture of the\nOrganisation', 'Information and\nAccess', 'Delivery', 'Timeliness and Quality of\nService'],
        ['C+', '1', '1', '1', '1', '1'],
        ['C', '10', '10', '10', '11', '9'],
      ],
    ]);
  });

  it('is no reading by the header where the text left of it is not one column', () => {
    const items = streamTables([
      line(265.8, [['Customer', 90, 136], ['Culture of the', 176, 242], ['Information and', 277, 355]]),
      line(253.2, [['Insight', 97, 130], ['Organisation', 178, 240], ['Access', 301, 332]]),
      line(237.7, [['C+', 20, 34], ['1', 153, 158], ['1', 267, 273], ['1', 368, 373]]),
      line(222.3, [['C', 50, 58], ['10', 153, 164], ['10', 267, 278], ['11', 368, 379]]),
    ]);
    expect(items.flatMap((i) => (i.kind === 'table' ? [i.table] : [])).every((t) => t.header === undefined)).toBe(true);
  });
});

describe('a tick matrix in 8 pt as LibreOffice prints a 2010 report (a group cell over its rating columns)', () => {
  const small = (y: number, pieces: [string, number, number][]) => line(y, pieces, false, 8);

  it('reads a sub-header of abbreviations set closer than a column gap as the columns of the cell over it, and evidence wider than its header', () => {
    const items = streamTables([
      small(303, [['Ref', 48, 63], ['Element', 270, 307], ['level', 531, 552], ['Evidence summary', 645, 730]]),
      small(291, [['C+', 509, 522], ['C', 527, 533], ['PC', 540, 552], ['NC', 559, 572]]),
      small(279, [['We have an in-depth understanding of our customers', 70, 485], ['Interviews with the customer services team;', 577, 755]]),
      small(274, [['1.1.1', 44, 64], ['X', 525, 531]]),
      small(270, [['based on recent and reliable information.', 70, 236], ['documents CS1–CS4.', 577, 662]]),
      small(258, [['We have developed customer insight about our groups', 70, 482], ['Survey reports and action log.', 577, 740]]),
      small(253, [['1.1.2', 44, 64], ['X', 512, 518]]),
      small(249, [['and their preferences.', 70, 150]]),
      small(237, [['We make particular efforts to reach disadvantaged groups', 70, 480], ['No work yet on care leavers;', 577, 750]]),
      small(232, [['1.1.3', 44, 64], ['X', 544, 550]]),
      small(228, [['and have developed our services.', 70, 160], ['carers not identified.', 577, 690]]),
    ]);
    expect(items.map((i) => i.kind)).toEqual(['table']);
    const rows = items[0]!.kind === 'table' ? items[0]!.table.rows.map((r) => r.cells) : [];
    // "level", the group's own word, gives way to the ratings its columns hold.
    expect(rows.slice(0, 2)).toEqual([
      ['Ref', 'Element', '', '', '', '', 'Evidence summary'],
      ['', '', 'C+', 'C', 'PC', 'NC', ''],
    ]);
    expect(rows.slice(2).map((r) => [r[0], ...r.slice(2, 6)])).toEqual([
      ['1.1.1', '', 'X', '', ''],
      ['1.1.2', 'X', '', '', ''],
      ['1.1.3', '', '', 'X', ''],
    ]);
    expect(rows[4]![6]).toBe('No work yet on care leavers;\ncarers not identified.');
  });

  // A page whose rows, each a code, a description, a mark and evidence, mark every rating once.
  const row = (y: number, code: string, x: number, why: string) => small(y, [[code, 44, 61], ['We do what the element asks of us.', 70, 300], ['X', x, x + 5.5], [why, 560, 700]]);
  const before = () => {
    const items = streamTables([row(528, '3.3.1', 493, 'Late opening.'), row(506, '3.3.2', 504.4, 'Observation.'), row(484, '4.3.4', 520, 'Complaints logged only.'), row(462, '5.1.2', 531.5, 'No quality standards.')]);
    return items[0]!.kind === 'table' ? items[0]!.table : null;
  };

  it('reads a next page whose marks fill one of the columns by the columns of the page before, a total row\'s close counts a cell each', () => {
    const table = before();
    expect(table?.columns).toHaveLength(7);
    const next = streamTables(
      [
        row(544, '5.2.3', 504.4, 'Strategy seen.'),
        row(522, '5.2.4', 504.4, 'Leaflets.'),
        small(500, [['Total', 44, 64], ['2', 493.1, 498.2], ['51', 504.4, 514.6], ['3', 520.2, 525.3], ['1', 531.5, 536.6]]),
        small(470, [['Next steps', 42, 86]]),
      ],
      { columns: table!.columns },
    );
    expect(next.map((i) => (i.kind === 'table' ? i.table.rows.map((r) => r.cells) : 'line'))).toEqual([
      [
        ['5.2.3', 'We do what the element asks of us.', '', 'X', '', '', 'Strategy seen.'],
        ['5.2.4', 'We do what the element asks of us.', '', 'X', '', '', 'Leaflets.'],
        ['Total', '', '2', '51', '3', '1', ''],
      ],
      'line',
    ]);
  });

  it('keeps a next page\'s own reading where its text does not start at the columns of the page before', () => {
    const table = before();
    const own = [small(544, [['Criterion', 44, 80], ['Score', 150, 170]]), small(530, [['Customer Insight', 44, 110], ['11', 150, 158]]), small(516, [['Culture', 44, 80], ['10', 150, 158]])];
    const next = streamTables(own, { columns: table!.columns });
    expect(next[0]!.kind === 'table' ? next[0]!.table.rows.map((r) => r.cells) : null).toEqual([['Criterion', 'Score'], ['Customer Insight', '11'], ['Culture', '10']]);
  });
});
