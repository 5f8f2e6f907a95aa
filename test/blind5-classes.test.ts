/**
 * Classes of layout and wording first met in blind set 5 (fixtures/blind5/README.md), each on a
 * small input: codes spelt "2. 2. 4", "1-3-4", "1.2 (3)"; keys of colours, signs and letters; an
 * element rated after its statement; counts "out of 57"; a total row named by the holder; pipe
 * tables with no delimiter row; dates that run across months; an address after a holder's name.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { withStandardCodeSpellings } from '../src/extract/code-spellings.js';
import { legendIn, withLegend } from '../src/extract/legend.js';
import { codeLedRatings } from '../src/extract/recognise/code-led-ratings.js';
import { readScoreTable } from '../src/extract/score-table.js';
import { parseCode } from '../src/parse/codes.js';
import { countsInProse } from '../src/parse/counts.js';
import { findDates } from '../src/parse/dates.js';
import { tidyOrganisationName } from '../src/parse/organisation.js';
import { readMarkdown } from '../src/read/markdown.js';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const list = (...items: string[]): Block => ({ kind: 'list', items, loc: { line: 1 } });
const document = (...blocks: Block[]) => ({ blocks, diagnostics: [] });

describe('code spellings', () => {
  it('reads hyphens, spaces, a bracketed element and an evidence point as the code, and nothing outside the standard', () => {
    expect(['1-3-4', '2. 2. 4', '1.2 (3)', 'El 1.1.1(a)', '5-4-1', '1-2-2011'].map(parseCode)).toEqual(['1.3.4', '2.2.4', '1.2.3', '1.1.1', null, null]);
  });

  it('writes codes as the standard does before anything reads them, a bracketed one only where it opens a line', () => {
    const [p, l] = withStandardCodeSpellings(document(para('Compliance Plus (Council): 1. 1. 1, 2. 2. 4. See also 1-3-4; dated 1-2-2011.'), list('1.2 (3) Reviews of consultation', 'sub-criterion 1.2 (3) elements'))).blocks;
    expect(p).toMatchObject({ text: 'Compliance Plus (Council): 1.1.1, 2.2.4. See also 1.3.4; dated 1-2-2011.' });
    expect(l).toMatchObject({ items: ['1.2.3 Reviews of consultation', 'sub-criterion 1.2 (3) elements'] });
  });
});

describe('keys to marks', () => {
  it('reads a key given as a table of colours, as a list, or with signs and letters', () => {
    expect(legendIn([table(['RAG', 'Meaning'], ['Green+', 'Compliance Plus – exceptional'], ['Green', 'Compliance – fully met'], ['Amber', 'Partial Compliance – gaps'], ['Red', 'Non-Compliance – not met'])])).toEqual(
      new Map([['green+', 'compliance-plus'], ['green', 'compliance'], ['amber', 'partial-compliance'], ['red', 'non-compliance']]),
    );
    // The header set apart from its rows, as a PDF's reader may leave it: three marks or more, not numbers, each rating once.
    expect(legendIn([table(['Green+', 'Compliance Plus – exceptional'], ['Green', 'Compliance – met'], ['Amber', 'Partial Compliance – gaps'])]).get('green+')).toBe('compliance-plus');
    expect(legendIn([list('Green+ = Compliance Plus', 'Amber = Partial Compliance')]).get('amber')).toBe('partial-compliance');
    expect(legendIn([para('Key: Compliant ★ = Compliance Plus; Compliant = Compliance; Partial = Partial Compliance.')]).get('compliant ★')).toBe('compliance-plus');
    expect(legendIn([para('In this report: CP = Compliance Plus; C = Compliance; P = Partial Compliance; N = Non-Compliance.')]).get('p')).toBe('partial-compliance');
    // A table of two columns whose second does not give ratings is no key.
    expect(legendIn([table(['Green', 'Our park team'], ['Amber', 'Lights on the crossing'])]).size).toBe(0);
    // Nor is an element table numbered within its sub-criterion, though each row pairs a number with a rating.
    expect(legendIn([table(['Element', 'Rating', 'Comments'], ['1', 'Compliant', ''], ['2', 'Compliance Plus', 'Exceptional'], ['3', 'Partial Compliance', '']), table(['1', 'Compliant'], ['2', 'Compliance Plus'])]).size).toBe(0);
  });

  it('reads marks in a header of marks, in count lines and after an element\'s statement, and not a colour named once in prose', () => {
    const key = list('Green+ = Compliance Plus', 'Green = Compliance', 'Amber = Partial Compliance', 'Red = Non-Compliance');
    const read = withLegend(document(key, table(['Criterion', 'Green+', 'Green', 'Amber', 'Red'], ['1', '1', '9', '1', '0']), list('Criterion One: Green+ 1, Green 9, Amber 1, Red 0', '1.3.4 We set challenging and stretching targets… -- **Amber** (targets for the contact centre only)'), para('The red route is closed.')));
    expect((read.blocks[1] as Extract<Block, { kind: 'table' }>).rows[0]!.cells).toEqual(['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance']);
    expect((read.blocks[2] as Extract<Block, { kind: 'list' }>).items[0]).toBe('Criterion One: compliance plus 1, compliance 9, partial compliance 1, non-compliance 0');
    expect(codeLedRatings([read.blocks[2]!]).map((r) => [r.code, r.rating, r.justification])).toEqual([['1.3.4', 'partial-compliance', 'targets for the contact centre only']]);
    expect(read.blocks[3]).toMatchObject({ text: 'The red route is closed.' });
  });
});

describe('an element rated after its statement', () => {
  it('reads the rating after the standard\'s statement, and not after a sentence of the assessor\'s', () => {
    expect(codeLedRatings([list('1.1.1 We have an in-depth understanding of the characteristics of our current… – Compliance')]).map((r) => r.rating)).toEqual(['compliance']);
    expect(codeLedRatings([list('1.1.1 The council surveyed its tenants last spring and found – Compliance was low')])).toEqual([]);
  });
});

describe('counts out of 57', () => {
  it('counts the first number of "x out of 57", and a count that opens a sentence', () => {
    expect(countsInProse('51 out of 57 elements are compliant and 2 out of 57 are partially compliant.').map((c) => [c.rating, c.count])).toEqual([
      ['compliance', 51],
      ['partial-compliance', 2],
    ]);
    expect(countsInProse('51 of 57 elements are compliant.').map((c) => [c.rating, c.count])).toEqual([['compliance', 51]]);
    // A paragraph's number before a rating is still no count.
    expect(countsInProse('12 Compliance plus was awarded for three elements.').map((c) => [c.rating, c.count])).toEqual([['compliance-plus', 3]]);
  });
});

describe('a score table\'s total row named by the holder', () => {
  const rows = (last: string[]) => table(['Criterion', 'C+', 'C', 'PC', 'NC'], ['1 Customer Insight', '1', '10', '0', '0'], ['2 Culture', '1', '10', '0', '0'], ['3 Information and Access', '0', '11', '1', '0'], ['4 Delivery', '1', '12', '0', '0'], ['5 Timeliness', '1', '8', '1', '0'], last);
  it('is the total where its counts are the criteria\'s sums, and makes the table unread where they are not', () => {
    expect(readScoreTable(rows(['Westerleigh District Council', '4', '51', '2', '0']))?.overall).toEqual({ compliancePlus: 4, compliance: 51, partialCompliance: 2, nonCompliance: 0 });
    expect(readScoreTable(rows(['Westerleigh District Council', '3', '51', '2', '0']))).toBeUndefined();
  });
});

describe('Markdown pipe tables with no delimiter row', () => {
  it('reads lines that all open and close with a bar, with as many cells each, as a table', async () => {
    const { blocks } = await readMarkdown('| Item | Detail |\n| Organisation | Tolland Libraries |\n| Assessor | Dr Priya Raman-Hughes |\n\n| not | a table\n');
    expect(blocks[0]).toMatchObject({ kind: 'table', rows: [{ cells: ['Item', 'Detail'] }, { cells: ['Organisation', 'Tolland Libraries'] }, { cells: ['Assessor', 'Dr Priya Raman-Hughes'] }] });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph' });
  });
});

describe('dates', () => {
  it('reads a range across months by its first day, in the year it belongs to', () => {
    expect(['30 June - 1 July 2026', '30th of December to 2nd of January 2026', 'June 30 – July 1, 2026', 'March 5–7, 2024'].map((t) => findDates(t)[0]?.iso)).toEqual(['2026-06-30', '2025-12-30', '2026-06-30', '2024-03-05']);
  });
});

describe('holder names', () => {
  it('leaves out an address after the name, known by its postcode', () => {
    expect(tidyOrganisationName('Calderbrook Housing Trust, Mill House, Canal Wharf, Todbridge OL14 6BE')).toBe('Calderbrook Housing Trust');
    expect(tidyOrganisationName('Lewes, Eastbourne and Wealden Councils')).toBe('Lewes, Eastbourne and Wealden Councils');
  });
});

describe('ratings stated in passing', () => {
  it('reads a code rated in a relative clause, in brackets, in brackets after a clause with "could", never a supposed one', async () => {
    const { ratedInRunningText } = await import('../src/extract/recognise/prose-ratings.js');
    const rated = (text: string) => ratedInRunningText([para(text)]).map((r) => [r.code, r.rating]);
    expect(rated('The marina survey could be broken down by type of berth holder (element 1.3.5 is compliant, but the analysis is thin).')).toEqual([['1.3.5', 'compliance']]);
    expect(rated('This partly overlaps with 4.3.3, which is compliant because the complaints were put right, and with 5.3.2, below.')).toEqual([['4.3.3', 'compliance']]);
    expect(rated('The Board has set a standard (see 5.1.1, compliant) but it does not monitor it.')).toEqual([['5.1.1', 'compliance']]);
    expect(rated("This engagement also feeds the Board's customer insight (1.1.2), which is compliant.")).toEqual([['1.1.2', 'compliance']]);
    expect(rated('If 4.2.3, which is partial, is not fixed, certification is at risk.')).toEqual([]);
    expect(rated('We could see whether 4.2.3 is compliant next year.')).toEqual([]);
  });

  it('reads "sub-criterion 1.2, element 3" and "element 2 of sub-criterion 4.2" as codes', () => {
    const [p] = withStandardCodeSpellings(document(para('Within sub-criterion 1.2 (Engagement and Consultation), element 3 is rated Compliance Plus. Element 2 of sub-criterion 4.2 is rated Compliance Plus.'))).blocks;
    expect(p).toMatchObject({ text: 'Within element 1.2.3 is rated Compliance Plus. Element 4.2.2 is rated Compliance Plus.' });
  });
});

describe('a key of numbers', () => {
  it('leaves the dates and numbers of other lines alone', () => {
    const read = withLegend(document(para('Each element is scored: 3 = Compliance Plus; 2 = Compliance; 1 = Partial Compliance; 0 = Non-Compliance.'), para('Visit: 14th–15th January 2025 Report date: 31 January 2025')));
    expect(read.blocks[1]).toMatchObject({ text: 'Visit: 14th–15th January 2025 Report date: 31 January 2025' });
  });
});

describe('a council rated across its services', () => {
  it('reads a score table whose header a PDF set one cell right, two labels run together', () => {
    const shifted = table(['', 'Criterion', 'C+ C', 'PC', 'NC', 'Total'], ['1 Customer Insight', '1', '10', '0', '0', '11'], ['2 Culture', '1', '10', '0', '0', '11'], ['3 Information and Access', '0', '11', '1', '0', '12'], ['4 Delivery', '1', '12', '0', '0', '13'], ['5 Timeliness', '1', '8', '1', '0', '10']);
    expect(readScoreTable(shifted)?.byCriterion?.['3']).toEqual({ compliancePlus: 0, compliance: 11, partialCompliance: 1, nonCompliance: 0 });
  });

  it('reads a rating list with a qualifier before its colon, and takes no count of one service for the report\'s', async () => {
    const { ratedInRunningText } = await import('../src/extract/recognise/prose-ratings.js');
    expect(ratedInRunningText([para('Partial Compliance (Council): 3.3.2, 5.3.1.')]).map((r) => [r.code, r.rating])).toEqual([
      ['3.3.2', 'partial-compliance'],
      ['5.3.1', 'partial-compliance'],
    ]);
    expect(countsInProse('Service totals: Compliance Plus 3 · Partial Compliance 1 · all other elements Compliance in this service')).toEqual([]);
  });
});

describe('plain-text markup in a Markdown file', () => {
  it('reads underlined and overlined titles, tables between rules and field lists, line for line', async () => {
    const text = [
      '===================', 'Reassessment Report', '===================', '', ':Organisation: University of Brenmouth', ':Report date: April 2, 2024', '',
      '3. Elements rated Compliance Plus', '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~', '', '=====  ==========', 'Code   Evidence', '=====  ==========', '1.1.3  The Voice Lab', '2.1.1  The charter', '=====  ==========', '',
      'Some code:', '', '~~~', 'x = 1', '~~~',
    ].join('\n');
    const { blocks } = await readMarkdown(text);
    expect(blocks.map((b) => [b.kind, b.loc.line])).toEqual([['heading', 2], ['paragraph', 5], ['heading', 8], ['table', 12], ['paragraph', 18], ['paragraph', 20]]);
    expect(blocks[1]).toMatchObject({ text: 'Organisation: University of Brenmouth\nReport date: April 2, 2024' });
    expect(blocks[2]).toMatchObject({ text: '3. Elements rated Compliance Plus' });
    expect((blocks[3] as Extract<Block, { kind: 'table' }>).rows.map((r) => r.cells)).toEqual([['Code', 'Evidence'], ['1.1.3', 'The Voice Lab'], ['2.1.1', 'The charter']]);
  });
});

describe('a mark a narrow cell wrapped', () => {
  it('is the mark', () => {
    const read = withLegend(document(list('Green+ = Compliance Plus', 'Green = Compliance'), table(['1.2.2', 'We have made the consultation…', 'Green\n+', 'The panel'])));
    expect((read.blocks[1] as Extract<Block, { kind: 'table' }>).rows[0]!.cells[2]).toBe('Compliance Plus');
  });
});

describe('a holder named before the standard in a title', () => {
  it('reads "Kilnsea Harbour Commissioners Customer Service Excellence: Second Annual Review"', async () => {
    const { organisationFromTitle } = await import('../src/extract/recognise/title-organisation.js');
    const heading: Block = { kind: 'heading', level: 1, text: 'Kilnsea Harbour Commissioners Customer Service Excellence: Second Annual Review', loc: { line: 1 } };
    expect(organisationFromTitle([para('G4S Assessment Services · Customer Service Excellence · Annual Review Report'), heading])?.name).toBe('Kilnsea Harbour Commissioners');
  });
});

/**
 * LibreOffice's print of a score table with roman-numbered criteria (Kilnsea): a header of labels
 * of one, two and three lines centred top to bottom, labels wrapped in their cells, and a page
 * break after "II. The Culture of the".
 */
describe('a score table whose header labels wrap over two lines, cut by a page break', () => {
  const line = (y: number, cells: [string, number, number][]): TextLine => {
    const fragments = cells.map(([text, x, right]) => ({ text, x, right, y, size: 10, font: 'f1', bold: false, italic: false }));
    return { fragments, y, size: 10, x: fragments[0]!.x, right: fragments.at(-1)!.right, bold: false, italic: false };
  };
  const header = [
    line(122.7, [['Compliance', 202.2, 267.4], ['Partial', 372.2, 409.5]]),
    line(114.8, [['Criterion', 102.9, 152.5], ['Compliance', 278.5, 343.7], ['Non-Compliance', 438.8, 530.4]]),
    line(107.0, [['Plus', 222.9, 246.7], ['Compliance', 358.3, 423.5]]),
  ];
  const counts = (y: number, label: string, numbers: string[]) => line(y, [[label, 63.9, 63.9 + label.length * 5], ...numbers.map((n, k): [string, number, number] => [n, [194.3, 278, 347, 437.6][k]!, [194.3, 278, 347, 437.6][k]! + 6.4])]);

  it('reads the header\'s three lines, 0.8 of a size apart, as one header over the columns of counts', () => {
    const [item] = streamTables([...header, counts(88.5, 'I. Customer Insight', ['1', '9', '1', '0']), counts(70.1, 'II. The Culture of the', ['0', '11', '0', '0'])]);
    expect(item?.kind).toBe('table');
    const rows = item!.kind === 'table' ? item!.table.rows.map((r) => r.cells) : [];
    expect(rows.at(-2)).toEqual(['I. Customer Insight', '1', '9', '1', '0']);
    expect(rows[0]!.length).toBe(5);
  });

  it('joins a header broken over two rows cell by cell, where the joined header names more ratings', () => {
    const read = readScoreTable(table(
      ['Criterion', 'Compliance', 'Compliance', 'Partial', 'Non-Compliance'],
      ['', 'Plus', '', 'Compliance', ''],
      ['I. Customer Insight', '1', '9', '1', '0'],
      ['II. The Culture of the Organisation', '0', '11', '0', '0'],
      ['III. Information and Access', '1', '11', '0', '0'],
    ));
    expect(read?.byCriterion?.['1']).toEqual({ compliancePlus: 1, compliance: 9, partialCompliance: 1, nonCompliance: 0 });
    expect(read?.byCriterion?.['3']).toEqual({ compliancePlus: 1, compliance: 11, partialCompliance: 0, nonCompliance: 0 });
  });

  it('carries a label the page break cut after "the" on to the next page\'s first row, and no label that ends whole', () => {
    const grid = (page: number, top: number, rows: string[][]) => ({ kind: 'table' as const, table: { top, bottom: top - rows.length * 20, columns: [63, 194, 278, 347, 437], rows: rows.map((cells, i) => ({ cells, spansTable: false, top: top - i * 20, page })) } });
    const tablesOf = (cut: string) =>
      layoutBlocks([
        { page: 1, items: [grid(1, 120, [['Criterion', 'C+', 'C', 'PC', 'NC'], ['I. Customer Insight', '1', '9', '1', '0'], [cut, '0', '11', '0', '0']])] },
        { page: 2, items: [grid(2, 780, [['Organisation', '', '', '', ''], ['III. Information and Access', '1', '11', '0', '0']])] },
      ]).filter((b) => b.kind === 'table');
    expect(tablesOf('II. The Culture of the')).toHaveLength(1);
    expect(tablesOf('II. The Culture of the')[0]!.kind === 'table' && tablesOf('II. The Culture of the')[0]!.rows[2]!.cells[0]).toBe('II. The Culture of the\nOrganisation');
    expect(tablesOf('II. Culture')).toHaveLength(2);
  });
});

describe('counts described in words, each mark of a key in brackets after', () => {
  const key = para('Key: Green+ = Compliance Plus; Green = Compliance; Amber = Partial Compliance; Red = Non-Compliance.');
  const counted = 'Three areas of exemplary practice (Green+), 51 elements fully met (Green) and three elements where further work is needed (Amber).';

  it('reads the marks where two or more stand alone in brackets, and counts each', () => {
    const read = withLegend(document(key, para(counted)));
    const text = (read.blocks[1] as { text: string }).text;
    expect(countsInProse(text).map((c) => [c.rating, c.count])).toEqual([
      ['compliance-plus', 3],
      ['compliance', 51],
      ['partial-compliance', 3],
    ]);
  });

  it('leaves a colour named in prose, or one mark in brackets, as it is, and counts nothing from one rating in brackets', () => {
    const prose = 'The Council runs its own red-amber-green dashboard (Green) for service targets.';
    expect((withLegend(document(key, para(prose))).blocks[1] as { text: string }).text).toBe(prose);
    expect(countsInProse('Of the elements assessed in 2019, 2 were noted (Compliance Plus) in the report.')).toEqual([]);
  });

  it('counts "no element is rated" a rating as none of it', () => {
    expect(countsInProse('No element is rated Non-Compliance.').map((c) => [c.rating, c.count])).toEqual([['non-compliance', 0]]);
    expect(countsInProse('No elements were rated partial compliance.').map((c) => [c.rating, c.count])).toEqual([['partial-compliance', 0]]);
  });
});

describe('a stage named only in what counts are compared with', () => {
  it('counts for this visit, while a sentence that gives another visit\'s counts does not', async () => {
    const { proseCountsIn } = await import('../src/extract/narrative.js');
    const compared = para('Compliance Plus was awarded for 4 out of 57 elements, against 2 out of 57 at the 2008 initial assessment.');
    expect(proseCountsIn([compared], 'reassessment').map((c) => [c.rating, c.count])).toEqual([['compliance-plus', 4]]);
    // The other visit named before the count, or a rating named after the comparison: that visit's, or not sure whose.
    expect(proseCountsIn([para('At the 2008 initial assessment Compliance Plus was awarded for 2 out of 57 elements.')], 'reassessment')).toEqual([]);
    expect(proseCountsIn([para('Compliance Plus was awarded for 4 elements, against 2 Compliance Plus at the 2008 initial assessment.')], 'reassessment')).toEqual([]);
  });
});

describe('a label with a remark in brackets', () => {
  it('reads "Lead Assessor (author)" as the assessor\'s label, and not a reviewer who took no part', async () => {
    const { recogniseFields } = await import('../src/extract/recognise/fields.js');
    const approval = table(
      ['Role', 'Name', 'Date'],
      ['Lead Assessor (author)', 'Caroline Fairweather MCIM FInstCPD', '12 June 2017'],
      ['Assessor', 'Dr Kwame Asante CMgr MCMI', '12 June 2017'],
      ['Technical Reviewer (did not take part in the assessment)', 'Philippa Stroud BSc (Hons)', '20 June 2017'],
    );
    expect(recogniseFields([approval]).filter((f) => f.kind === 'assessors').map((f) => f.value)).toEqual([['Caroline Fairweather'], ['Kwame Asante']]);
  });
});

/** LibreOffice's print of fenwick's score table: the last criterion's label runs on to the next page, over the Total row. */
describe('a table\'s last rows carried to the next page under its header', () => {
  const line = (y: number, cells: [string, number, number][]): TextLine => {
    const fragments = cells.map(([text, x, right]) => ({ text, x, right, y, size: 10, font: 'f1', bold: false, italic: false }));
    return { fragments, y, size: 10, x: fragments[0]!.x, right: fragments.at(-1)!.right, bold: false, italic: false };
  };
  const header = [73.1, 145.6, 207.1, 283, 359.5, 437.2].map((left, k) => ({ left, right: [126.6, 200.4, 276.3, 352.2, 428.7, 535][k]! }));
  const carried = { columns: header.map((h) => h.left), header };
  const total = line(744.7, [['Total', 58.2, 88.6], ['57', 144.4, 159], ['2', 204.5, 211.8], ['52', 281.8, 296.4], ['3', 356.2, 363.5], ['0', 435, 442.3]]);

  it('reads a label\'s last line and one full row as the table\'s rows', () => {
    const heading = { ...line(700, [['9. Report approval', 56.8, 150]]), size: 12 };
    const items = streamTables([line(759.9, [['Service', 58.2, 98]]), total, heading], carried);
    expect(items).toHaveLength(2);
    expect(items[0]!.kind === 'table' && items[0]!.table.rows.map((r) => r.cells)).toEqual([
      ['Service', '', '', '', '', ''],
      ['Total', '57', '2', '52', '3', '0'],
    ]);
  });
});

describe('a cover block of title lines over labelled lines', () => {
  it('reads the holder from the title lines, however many labelled lines follow', async () => {
    const { organisationFromTitle } = await import('../src/extract/recognise/title-organisation.js');
    const cover = para(
      ['Westshire Constabulary', 'Force Contact, Public Enquiry Offices, Victim Care Unit and Professional Standards (public-facing', 'functions)', 'Review type: Annual Review (Cycle 2, Year 2)', 'Method: Remote assessment', 'Assessor: Anthony Brennan', 'Report issued: 10 March 2021'].join('\n'),
    );
    expect(organisationFromTitle([para('SGS United Kingdom Ltd'), cover])?.name).toBe('Westshire Constabulary');
    // Lines that are all labelled, or more than four title lines before them, name no holder.
    expect(organisationFromTitle([para(['Client: Westshire Constabulary', 'Review type: Annual Review', 'Assessor: Anthony Brennan', 'Method: Remote', 'Report issued: 10 March 2021'].join('\n'))])).toBeNull();
  });
});

describe('a Markdown definition list of the visit\'s facts', () => {
  it('reads each term as a label and its definition as the value', async () => {
    const { recogniseFields } = await import('../src/extract/recognise/fields.js');
    const fields = recogniseFields([para('Lead assessor\n:   Siobhan Keane'), para('Date of report\n:   27/03/2017')]);
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ['assessors', ['Siobhan Keane']],
      ['reportDate', '2017-03-27'],
    ]);
  });
});

describe('a count whose elements are listed between it and the rating', () => {
  it('counts where the list holds as many codes, and not otherwise', () => {
    const counted = (text: string) => countsInProse(text).map((c) => [c.rating, c.count]);
    expect(counted('For each of these five elements — 1.1.3, 2.1.2, 3.2.4, 4.2.1 and 5.2.4 — I have awarded Compliance Plus.')).toEqual([['compliance-plus', 5]]);
    expect(counted('The following three elements (1.3.4, 4.2.3 and 5.3.3) were rated Partial Compliance.')).toEqual([['partial-compliance', 3]]);
    expect(counted('Two elements (1.3.4, 4.2.3 and 5.3.3) were rated Partial Compliance.')).toEqual([]);
  });
});
