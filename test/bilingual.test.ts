/**
 * Reports in Welsh and English: labels, headers and values in both languages, read through the
 * English half; a report in one language is read as it is.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../src/document/model.js';
import { englishHalf } from '../src/extract/bilingual.js';

const table = (rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells) => ({ cells, loc: {} })), loc: {} });
const doc = (blocks: Block[]): Document => ({ blocks, diagnostics: [] });
const cells = (d: Document) => d.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : []));

describe('a report in Welsh and English', () => {
  const fields = table([
    ['Sefydliad / Organisation', 'Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough Council'],
    ['Math o asesiad / Type of assessment', 'Ail Adolygiad Blynyddol / Second Annual Review (24 mis / 24-month)'],
    ['Aseswr / Assessor', 'Gareth Llewelyn'],
    ['Dyddiad yr adroddiad / Date of report', '2 Ebrill 2013 / 2 April 2013'],
  ]);
  const scores = table([
    ['Maen prawf / Criterion', 'Cydymffurfio\nPlws\nCompliance Plus', 'Cydymffurfio\nCompliance', 'Cydymffurfio\nRhannol\nPartial Compliance'],
    ['1. Mewnwelediad Cwsmeriaid\nCustomer Insight', '1 (9%)', '9 (82%)', '1 (9%)'],
    ['Cyfanswm / Total', '3 (5%)', '53 (93%)', '1 (2%)'],
  ]);

  it('is read through the English half of each label, value and header, whether parted by " / " or by lines', () => {
    expect(cells(englishHalf(doc([fields, scores])))).toEqual([
      ['Organisation', 'Glanyrafon County Borough Council'],
      ['Type of assessment', 'Second Annual Review (24 mis / 24-month)'],
      ['Assessor', 'Gareth Llewelyn'],
      ['Date of report', '2 April 2013'],
      ['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance'],
      ['Customer Insight', '1 (9%)', '9 (82%)', '1 (9%)'],
      ['Total', '3 (5%)', '53 (93%)', '1 (2%)'],
    ]);
  });

  it('parts a value at its one " / " however its lines wrap', () => {
    const wrappedValue = table([['Organisation', 'Cyngor Bwrdeistref Sirol Glanyrafon / Glanyrafon County Borough\nCouncil']]);
    expect(cells(englishHalf(doc([fields, scores, wrappedValue]))).at(-1)).toEqual(['Organisation', 'Glanyrafon County Borough Council']);
  });

  it('keeps an English cell wrapped over two lines whole', () => {
    const wrapped = table([['1.3.4', 'Satisfaction targets have not been set, and satisfaction with\nplanning fell again.']]);
    expect(cells(englishHalf(doc([fields, scores, wrapped]))).at(-1)).toEqual(['1.3.4', 'Satisfaction targets have not been set, and satisfaction with\nplanning fell again.']);
  });
});

describe('a report in Welsh and English side by side', () => {
  it('keeps the English half of each table set twice in one row of cells, with an empty column between the halves or none', () => {
    const fields = table([
      ['Sefydliad', 'Coleg Glan Hafren', '', 'Organisation', 'Severnside College'],
      ['Aseswr', 'Siân Price', '', 'Assessor', 'Siân Price'],
      ['Dyddiad yr adroddiad', '3 Mai 2012', '', 'Date of report', '3 May 2012'],
    ]);
    const ratings = table([
      ['Elfen', 'Sgôr', 'Element', 'Rating'],
      ['1.1.1', 'Cydymffurfiaeth', '1.1.1', 'Compliance'],
      ['1.1.2', 'Cydymffurfiaeth Rannol', '1.1.2', 'Partial Compliance'],
    ]);
    expect(cells(englishHalf(doc([fields, ratings])))).toEqual([
      ['Organisation', 'Severnside College'],
      ['Assessor', 'Siân Price'],
      ['Date of report', '3 May 2012'],
      ['Element', 'Rating'],
      ['1.1.1', 'Compliance'],
      ['1.1.2', 'Partial Compliance'],
    ]);
  });

  it('keeps a table whole where only one table parts so, or where both halves are English', () => {
    const ratings = table([['Elfen', 'Sgôr', 'Element', 'Rating'], ['1.1.1', 'Cydymffurfiaeth', '1.1.1', 'Compliance']]);
    const english = table([['Organisation', 'Severnside College', '', 'Date of report', '3 May 2012'], ['Assessor', 'Jane Price', '', 'Type of assessment', 'Annual review']]);
    // A key of colours beside their meanings, and a rating column beside statements, are one table each: no half mirrors the other.
    const key = table([['RAG', 'Meaning'], ['Green+', 'Compliance Plus – exceeds the standard'], ['Amber', 'Partial Compliance – some evidence missing']]);
    const rated = table([['5.2.1', 'We advise our customers about our promises', 'Green', ''], ['5.2.2', 'We identify customer needs at first contact', 'Amber', 'Not yet']]);
    const keyed = doc([key, rated, ratings]);
    expect(englishHalf(keyed)).toBe(keyed);
    const alone = doc([ratings]);
    expect(englishHalf(alone)).toBe(alone);
    expect(cells(englishHalf(doc([ratings, english]))).at(-1)).toEqual(['Assessor', 'Jane Price', '', 'Type of assessment', 'Annual review']);
  });
});

describe('a report in English', () => {
  it('is read as it is, though a few of its texts hold " / " or wrap', () => {
    const english = doc([
      table([
        ['Assessor / Assessment team', 'Jane Smith / John Brown'],
        ['Compliance Plus / Partial', '3 / 2'],
        ['Element', 'Compliance\nPlus'],
        ['Date of visit', '4 / 5 June 2019'],
      ]),
    ]);
    expect(englishHalf(english)).toBe(english);
  });

  it('is read as it is, though many of its cells wrap onto a line of words that are not all common', () => {
    const reasons = ['by the\npartnership board.', 'of the\nborough’s housing panel.', 'in the\nwalk-in centre.', 'for the\nrecord office.', 'to the\nmobile library.'];
    const english = doc([table(reasons.map((r, i) => [`1.1.${i + 1}`, `Staff were seen working ${r}`]))]);
    expect(englishHalf(english)).toBe(english);
  });
});
