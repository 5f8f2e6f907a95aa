/**
 * Each recogniser on small document-model inputs: what it reads, and what it refuses to guess.
 * The whole-document behaviour is in zoo.test.ts and fixtures.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { BOLD_TITLE_LEVEL, type Block } from '../src/document/model.js';
import { extractByEvidence } from '../src/extract/by-evidence.js';
import { extractCommitteeSummary } from '../src/extract/committee-summary.js';
import { headerOnly, readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { codeLedRatings } from '../src/extract/recognise/code-led-ratings.js';
import { ratedInElementSections } from '../src/extract/recognise/element-sections.js';
import { recogniseFields } from '../src/extract/recognise/fields.js';
import { ratedInRunningText } from '../src/extract/recognise/prose-ratings.js';
import { stagedRatings, stagedScoreTables } from '../src/extract/recognise/staged-ratings.js';
import { totalsRows } from '../src/extract/recognise/totals-rows.js';
import { visitSchedule } from '../src/extract/recognise/visit-schedule.js';
import { withLayoutTablesAsParagraphs } from '../src/extract/layout-tables.js';
import { listedElements } from '../src/extract/recognise/rated-lists.js';
import { ratingRows } from '../src/extract/recognise/rating-rows.js';
import { restatesAnotherVisit } from '../src/extract/recognise/other-visit-tables.js';
import { illustratesRatings } from '../src/extract/recognise/example-tables.js';
import { isGridHeader, subCriterionGrid } from '../src/extract/recognise/sub-criterion-grid.js';
import { letterAddressee } from '../src/extract/recognise/letter-addressee.js';
import { withStandardCodeSpellings } from '../src/extract/code-spellings.js';
import { recordAsRow } from '../src/extract/recognise/record-tables.js';
import { withSplitCodesJoined, withSubCriterionCodes } from '../src/extract/recognise/split-codes.js';
import { stageTitleOf } from '../src/extract/recognise/stage-scopes.js';
import { organisationFromTitle } from '../src/extract/recognise/title-organisation.js';
import { parseTotalsTable, readScoreTable } from '../src/extract/score-table.js';
import type { FindingDraft } from '../src/extract/draft.js';
import { countsInProse } from '../src/parse/counts.js';
import { assessorsInProse, letterDate, visitDateInProse } from '../src/extract/recognise/prose-facts.js';
import { proseCountsIn } from '../src/extract/narrative.js';
import { splitPersonNames } from '../src/parse/names.js';
import { fullName } from '../src/extract/full-names.js';
import { legendIn, withLegend } from '../src/extract/legend.js';
import { statesRestCompliant } from '../src/parse/rest-compliant.js';
import { stageNamedBy } from '../src/parse/stages.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const heading = (text: string, level = 2): Block => ({ kind: 'heading', level, text, loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const list = (...items: string[]): Block => ({ kind: 'list', items, loc: { line: 1 } });
const blockTextOf = (b: Block) => (b.kind === 'table' ? '' : b.kind === 'list' ? b.items.join('\n') : b.text);
const totals = (nc: number | null, pc: number | null, c: number | null, cp: number | null) => ({ nonCompliance: nc, partialCompliance: pc, compliance: c, compliancePlus: cp });

describe('score tables', () => {
  it('reads criteria as columns, ratings as rows, with a Total column as the overall totals', () => {
    const read = readScoreTable(
      table(
        ['', 'Criterion 1', 'Criterion 2', 'Criterion 3', 'Criterion 4', 'Criterion 5', 'Total'],
        ['Compliance Plus', '2', '1', '0', '3', '1', '7'],
        ['Full Compliance', '9', '10', '12', '9', '9', '49'],
        ['Partial', '0', '0', '0', '1', '0', '1'],
        ['Non Compliance', '0', '0', '0', '0', '0', '0'],
      ),
    );
    expect(read?.byCriterion?.['4']).toEqual(totals(0, 1, 9, 3));
    expect(read?.overall).toEqual(totals(0, 1, 49, 7));
  });

  it('reads no count where two cells count one rating of one criterion differently (a PDF set a wrapped header\'s labels in the wrong cells)', () => {
    const read = readScoreTable(
      table(
        ['Criterion', 'Elements', 'Plus', 'Compliance', 'Compliance', 'Non-Compliance'],
        ['1. Customer Insight', '11', '1', '10', '0', '0'],
        ['2. The Culture of the Organisation', '11', '0', '10', '1', '0'],
        ['3. Information and Access', '12', '1', '11', '0', '0'],
      ),
    );
    expect(read).toBeUndefined();
  });

  it('reads criteria as rows by name, ratings as columns, with a Total row as the overall totals', () => {
    const read = readScoreTable(
      table(
        ['Criterion', 'C+', 'C', 'PC', 'NC'],
        ['Customer Insight', '3', '7', '1', '0'],
        ['The Culture of the Organisation', '2', '9', '0', '0'],
        ['Information and Access', '1', '11', '0', '0'],
        ['Delivery', '1', '12', '0', '0'],
        ['Timeliness and Quality of', '0', '9', '1', '0'],
        ['Service', '', '', '', ''],
        ['Total', '7', '48', '2', '0'],
      ),
    );
    expect(read?.byCriterion?.['5']).toEqual(totals(0, 1, 9, 0));
    expect(read?.overall).toEqual(totals(0, 2, 48, 7));
  });

  it('reads five count columns in the standard order when their headers were lost', () => {
    const read = readScoreTable(table(['', 'Custo mer', 'Cul ture', 'In for ma tion', 'D eli ve ry', 'Ti me li ness'], ['C+', '1', '2', '3', '4', '5'], ['C', '10', '9', '9', '9', '5']));
    expect(read?.byCriterion?.['4']).toEqual(totals(null, null, 9, 4));
  });

  it('refuses a table of element rows or of words', () => {
    expect(readScoreTable(table(['Element', 'C+', 'C', 'PC', 'NC'], ['1.1.1', '✓', '', '', ''], ['1.1.2', '', '✓', '', '']))).toBeUndefined();
    expect(readScoreTable(table(['Criterion', 'Compliance'], ['Customer Insight', 'good'], ['Delivery', 'good'], ['Information and Access', 'fair']))).toBeUndefined();
  });
});

describe('totals tables', () => {
  it('reads a Totals label merged down four rows beside its counts, repeated or blank', () => {
    expect(parseTotalsTable(table(['Totals', 'Compliant Plus', '6'], ['', 'Compliant', '48'], ['', 'Partially Compliant', '3'], ['', 'Non Compliant', '0']))).toEqual(totals(0, 3, 48, 6));
    expect(parseTotalsTable(table(['Totals', 'Compliant Plus', '6'], ['Totals', 'Compliant', '48'], ['Totals', 'Partial Compliance', '3'], ['Totals', 'Non Compliance', '0']))).toEqual(totals(0, 3, 48, 6));
  });

  it('reads a label in the body\'s own words with the rating in brackets ("Exceeded (Compliance Plus) | 2")', () => {
    expect(parseTotalsTable(table(['Result', 'Number of elements'], ['Exceeded (Compliance Plus)', '2'], ['Met (Compliance)', '52'], ['Partly met (Partial Compliance)', '3'], ['Not met (Non-Compliance)', '0'], ['Total', '57']))).toEqual(totals(0, 3, 52, 2));
    expect(parseTotalsTable(table(['Compliance (Partial Compliance)', '2'], ['Compliance', '52']))).toBeUndefined();
  });

  it('reads a row of labels over a row of counts, and leaves the sum of a Total row out', () => {
    expect(parseTotalsTable(table(['C+', 'C', 'PC', 'NC'], ['6', '48', '3', '0']))).toEqual(totals(0, 3, 48, 6));
    expect(parseTotalsTable(table(['Rating', 'Number'], ['Compliance Plus', '6'], ['Compliance', '51'], ['Total', '57']))).toEqual(totals(null, null, 51, 6));
  });

  it('reads the column of the visit reported where the table compares it with an earlier one', () => {
    const compared = table(['', '2018 (first surveillance visit)', '2019 (this visit)'], ['Compliance plus', '5', '7'], ['Compliant', '50', '49'], ['Partially compliant', '2', '1'], ['Non-compliant', '0', '0']);
    expect(parseTotalsTable(compared)).toEqual(totals(0, 1, 49, 7));
    const draft = extractCommitteeSummary({ blocks: [heading('Customer Service Excellence: outcome of the 2019 surveillance assessment', 1), para('The table below compares this year\'s result with last year\'s.'), compared], diagnostics: [] });
    expect(draft.assessments[0]!.statedTotals.overall).toEqual(totals(0, 1, 49, 7));
  });
});

describe('a report\'s key to its own marks', () => {
  const key = para('Each element is scored: 3 = Compliance Plus; 2 = Compliance; 1 = Partial Compliance; 0 = Non-Compliance.');

  it('reads the marks as the ratings the key gives them, in rows that rate an element and in a table that counts by mark', () => {
    const document = withLegend({
      blocks: [key, table(['Score', 'Number of elements'], ['3', '4'], ['2', '52'], ['1', '1'], ['0', '0'], ['Total', '57']), table(['Ref', 'Requirement', 'Score'], ['1.1.1', 'We have an in-depth understanding…', '3'], ['1.1.2', 'We have developed customer insight…', '2'], ['', 'Criterion points', '5'])],
      diagnostics: [],
    });
    expect(document.blocks.slice(1).map((b) => b.kind === 'table' && b.rows.map((r) => r.cells))).toEqual([
      [['Score', 'Number of elements'], ['Compliance Plus', '4'], ['Compliance', '52'], ['Partial Compliance', '1'], ['Non-Compliance', '0'], ['Total', '57']],
      [['Ref', 'Requirement', 'Score'], ['1.1.1', 'We have an in-depth understanding…', 'Compliance Plus'], ['1.1.2', 'We have developed customer insight…', 'Compliance'], ['', 'Criterion points', '5']],
    ]);
  });

  it('reads a key of symbols each set before its rating, as a line, a title or a table\'s row, and not a key of trends', () => {
    const symbols = (key: Block) =>
      withLegend({ blocks: [key, para('Trend: ▲ higher than last year, ▼ lower'), table(['Criterion', '■', '□', 'Elements'], ['1. Customer Insight', '2', '9', '11']), table(['Ref', 'Rating', 'Trend'], ['1.1.1', '■', '▲'], ['1.1.2', '□', '–'])], diagnostics: [] }).blocks.slice(2).map((b) => b.kind === 'table' && b.rows.map((r) => r.cells));
    const read = [
      [['Criterion', 'Compliance Plus', 'Compliance', 'Elements'], ['1. Customer Insight', '2', '9', '11']],
      [['Ref', 'Rating', 'Trend'], ['1.1.1', 'Compliance Plus', '▲'], ['1.1.2', 'Compliance', '–']],
    ];
    expect(symbols(para('■ Compliance Plus    □ Compliance'))).toEqual(read);
    expect(symbols(heading('Key: ■ Compliance Plus □ Compliance', BOLD_TITLE_LEVEL))).toEqual(read);
    expect(symbols(table(['Number of elements at each level (■ Compliance Plus | □ Compliance)']))).toEqual(read);
    // Ticks and crosses stay a matrix's marks, whatever a key calls them.
    expect(legendIn([para('✓ Compliance ✗ Non-Compliance')]).size).toBe(0);
  });

  it('is no key where a paragraph pairs marks with one rating only, and changes nothing then', () => {
    const scores = table(['Criterion', 'C+', 'C'], ['1', '3', '8']);
    const document = { blocks: [para('Target: 3 = good.'), scores], diagnostics: [] };
    expect(withLegend(document)).toBe(document);
  });
});

describe('totals written as a row of an element table', () => {
  const rows = (...last: string[][]) => table(['Ref', 'Element', 'Rating'], ['5.3.2', 'We are meeting our standards', 'Compliant'], ['5.3.3', 'Our performance compares well', 'Partially Compliant'], ...last);

  it('reads each rating beside its count, in cells of their own or sharing one cell', () => {
    expect(totalsRows(rows(['Totals', 'Totals', 'C+ 4 | C 51 | PC 2 | NC 0']))).toEqual([{ totals: totals(0, 2, 51, 4) }]);
    expect(totalsRows(rows(['Total', 'C+ 4', 'C 51', 'PC 2', 'NC 0']))).toEqual([{ totals: totals(0, 2, 51, 4) }]);
  });

  it('reads counts in the order the label\'s key gives, one cell per visit where the columns are visits', () => {
    const staged = table(['Element', 'Statement', 'Initial Jun-2023', 'AR Yr 1 Jun-2024'], ['5.3.3', 'Our performance…', 'C', 'C'], ['Totals (C+ / C / PC / NC)', 'Totals (C+ / C / PC / NC)', '2 / 52 / 3 / 0', '3 / 53 / 1 / 0']);
    expect(totalsRows(staged)).toEqual([
      { totals: totals(0, 3, 52, 2), stage: 'initial' },
      { totals: totals(0, 1, 53, 3), stage: 'review-1' },
    ]);
  });

  it('reads no count of elements, and no row whose cells do not all read', () => {
    expect(totalsRows(rows(['Total', '57']))).toBeUndefined();
    expect(totalsRows(rows(['Totals', 'C+ 4', 'C 51', 'see note']))).toBeUndefined();
    expect(totalsRows(rows(['Totals (C+ / C / PC / NC)', '2 / 52 / 3']))).toBeUndefined();
  });

  it('reads a totals row under the rating columns a header of two rows, or the table\'s part before a page break, names', () => {
    const doc = (...blocks: Block[]) => ({ blocks, diagnostics: [] });
    const draft = extractByEvidence(
      doc(
        heading('Initial / Certification Review', 1),
        table(['Ref', 'Element', '', '', '', '', 'Evidence summary'], ['', '', 'C+', 'C', 'PC', 'NC', ''], ['1.1.1', 'We have an in-depth understanding…', '', 'X', '', '', 'Interviews.'], ['1.1.2', 'We have developed customer insight…', 'X', '', '', '', 'Strategy seen.']),
        table(['5.3.2', 'We are meeting our current standards…', '', '', 'X', '', 'Not published.'], ['5.3.3', 'Our performance compares well…', '', 'X', '', '', 'Benchmarks.'], ['Total', '', '2', '51', '3', '1', '']),
      ),
    );
    const stage = draft?.assessments[0];
    expect(stage?.statedTotals.overall).toEqual(totals(1, 3, 51, 2));
    expect(stage?.elements.map((e) => `${e.code} ${e.rating}`)).toEqual(['1.1.1 compliance', '1.1.2 compliance-plus', '5.3.2 partial-compliance', '5.3.3 compliance']);
  });

  it('does not take the totals row for an element whose code was lost', () => {
    const notes: FindingDraft[] = [];
    readElementRatingTable(rows(['Totals', 'Totals', 'C+ 4 | C 51 | PC 2 | NC 0']), notes);
    expect(notes).toEqual([]);
  });
});

describe('element rating tables', () => {
  const read = (block: Block) => {
    const notes: FindingDraft[] = [];
    return { reading: readElementRatingTable(block, notes), notes };
  };

  it('reads a matrix whose header is two rows, a merged "Compliance level" over a column per rating', () => {
    const { reading } = read(
      table(
        ['Ref', 'Element', 'Compliance level', 'Compliance level', 'Compliance level', 'Compliance level', 'Evidence summary'],
        ['Ref', 'Element', 'C+', 'C', 'PC', 'NC', 'Evidence summary'],
        ['1.1.1', 'We have an in-depth understanding…', '', 'X', '', '', 'Interviews.'],
        ['1.3.1', 'We use reliable and accurate methods…', 'X', '', '', '', 'LibQUAL+ every two years.'],
      ),
    );
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.3.1', 'compliance-plus'],
    ]);
  });

  it.each(['✓', '✔', 'X', 'x', 'Yes', '•'])('reads a matrix ticked with %s, with its comments as the reasons', (mark) => {
    const { reading } = read(table(['Element', 'Title', 'C+', 'C', 'PC', 'NC', 'Comments'], ['1.1.1', 'Customer groups', mark, '', '', '', 'Exemplary profiling.'], ['1.1.2', 'Insight', '', mark, '', '', ''], ['1.1.3', 'Hard to reach', '', '', mark, '', 'Not yet.']));
    expect(reading?.rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.1', 'compliance-plus', 'Exemplary profiling.'],
      ['1.1.2', 'compliance', null],
      ['1.1.3', 'partial-compliance', 'Not yet.'],
    ]);
  });

  it('reads a rating told by two columns, "Meets?" (Yes / Partly / No) and "Exceeds?" (a tick), under a header of two rows standing alone', () => {
    const notes: FindingDraft[] = [];
    const header = headerOnly(table(['Element', 'Requirement', 'Meets?', 'Exceeds?', 'Seen at', 'Seen at'], ['Element', 'Requirement', 'Meets?', 'Exceeds?', 'North', 'South']));
    const reading = readElementRatingTable(table(['1.1.1', 'We have…', 'Yes', '', '✓', '✓'], ['1.1.2', 'We have…', 'Yes', '✓', '', '✓'], ['1.1.3', 'We make…', 'Partly', '', '✓', ''], ['1.2.1', 'We have…', 'No', '', '', ''], ['1.2.2', 'We have…', 'Partly', '✓', '✓', '✓']), notes, header);
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance-plus'],
      ['1.1.3', 'partial-compliance'],
      ['1.2.1', 'non-compliance'],
    ]);
    expect(notes.map((n) => [n.rule, n.elements])).toEqual([['incomplete-reading', ['1.2.2']]]);
  });

  it('takes a cross (✗) for "not this one", and reports a row marked twice instead of choosing', () => {
    const { reading, notes } = read(table(['Ref', 'Compliance Plus', 'Compliant', 'Partial', 'Non'], ['111', '✗', '✓', '✗', '✗'], ['112', '✓', '✓', '', '']));
    expect(reading?.rated.map((r) => r.code)).toEqual(['1.1.1']);
    expect(notes.map((n) => [n.rule, n.elements])).toEqual([['incomplete-reading', ['1.1.2']]]);
  });

  it('keeps neither rating of a cell that holds two (a draft\'s struck-through rating the text lost), and says the element is rated twice', () => {
    const { reading, notes } = read(table(['Element', 'Rating', 'Checked'], ['3.1.1', 'Compliance', '✓'], ['3.1.2', 'Compliance Plus\nCompliance', '✗'], ['3.2.1', 'Partial Compliance', '✓']));
    expect(reading?.rated.map((r) => r.code)).toEqual(['3.1.1', '3.2.1']);
    expect(notes.map((n) => [n.rule, n.elements])).toEqual([['element-rated-twice', ['3.1.2']]]);
  });

  it('reads a rating column written C+ / C / PC, and never rates a code outside the standard', () => {
    const { reading, notes } = read(table(['Element', 'Rating'], ['1.1.1.', 'C+'], ['4.5.4', 'C'], ['I.1.2', 'PC']));
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.1.2', 'partial-compliance'],
    ]);
    expect(notes.map((n) => n.rule)).toEqual(['element-in-standard']);
  });

  it('names a row whose code was lost by its statement, when the cell is the standard’s statement', () => {
    const { reading, notes } = read(table(['Ref', 'Element', 'Compliance Rating'], ['4.2.1', 'We agree with our customers at the outset what they can expect from the service we provide.', 'Fully Compliant'], ['', 'We can demonstrate that we deliver the service we promised to individual customers and that outcomes are positive for the majority of our customers.', 'Compliant Plus'], ['', 'Outcomes were positive for most customers we met.', 'Compliant']));
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['4.2.1', 'compliance'],
      ['4.2.2', 'compliance-plus'],
    ]);
    expect(notes.map((n) => n.rule)).toEqual(['unreadable-element-code']);
  });

  it('reads a continuation with no header row with the first part’s columns', () => {
    const first = read(table(['Ref', 'C+', 'C', 'PC', 'NC'], ['111', '', 'X', '', ''], ['112', 'X', '', '', ''])).reading;
    const notes: FindingDraft[] = [];
    const second = readElementRatingTable(table(['113', '', '', 'X', ''], ['121', '', 'X', '', '']), notes, first);
    expect(second?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.3', 'partial-compliance'],
      ['1.2.1', 'compliance'],
    ]);
  });
});

describe('a table per element, laid out as a record', () => {
  it('reads the label-value rows as one row of a table of codes and ratings', () => {
    const record = table(['Element', '1.2.2'], ['Requirement', 'We have made the consultation of customers integral…'], ['Assessment', 'Compliant Plus'], ['Evidence / comment', 'The Patient Reference Group shaped the urgent care review.']);
    const reading = readElementRatingTable(recordAsRow(record as Extract<Block, { kind: 'table' }>), []);
    expect(reading?.rated.map((r) => [r.code, r.rating, r.justification])).toEqual([['1.2.2', 'compliance-plus', 'The Patient Reference Group shaped the urgent care review.']]);
  });

  it('reads several records printed as one table, cut by page breaks at both ends, as a row each', () => {
    const records = table(
      ['Evidence / comment', 'The end of the record of 1.0.9, whose head the page before holds.'],
      ['Element', '1.1.1'],
      ['Assessment', 'Compliant Plus'],
      ['Evidence / comment', 'Exceptional.'],
      ['Element', '1.1.2'],
      ['Assessment', 'Partially Compliant'],
      ['Evidence / comment', 'Not yet published.'],
      ['Element', '1.1.3'],
      ['Assessment', 'Compliant'],
    ) as Extract<Block, { kind: 'table' }>;
    const reading = readElementRatingTable(recordAsRow(records), []);
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.1.2', 'partial-compliance'],
      ['1.1.3', 'compliance'],
    ]);
  });

  it('reads a last record whose last label a page break cut in two ("Evidence /" of "Evidence / comment")', () => {
    const records = table(
      ['Element', '3.2.1'],
      ['Assessment', 'Compliant'],
      ['Evidence / comment', 'Seen.'],
      ['Element', '3.2.2'],
      ['Assessment', 'Partially Compliant'],
      ['Evidence /', 'Not yet.'],
    ) as Extract<Block, { kind: 'table' }>;
    expect(readElementRatingTable(recordAsRow(records), [])?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['3.2.1', 'compliance'],
      ['3.2.2', 'partial-compliance'],
    ]);
    // A label that is not the head of the record's label is no cut one.
    const other = table(['Element', '3.2.1'], ['Assessment', 'Compliant'], ['Evidence / comment', 'Seen.'], ['Element', '3.2.2'], ['Assessment', 'Compliant'], ['Notes', 'x']) as Extract<Block, { kind: 'table' }>;
    expect(recordAsRow(other)).toBe(other);
  });

  it('leaves records whose labels differ as they are', () => {
    const records = table(['Element', '1.1.1'], ['Assessment', 'Compliant'], ['Element', '1.1.2'], ['Outcome', 'Compliant']) as Extract<Block, { kind: 'table' }>;
    expect(recordAsRow(records)).toBe(records);
  });

  it('leaves a table of labelled facts that names no element as it is', () => {
    const facts = table(['Organisation', 'Marlow Vale CCG'], ['Assessment', 'Initial assessment']) as Extract<Block, { kind: 'table' }>;
    expect(recordAsRow(facts)).toBe(facts);
  });
});

describe('a code written in parts', () => {
  it('joins criterion, sub-criterion and element, the blanks filled from above, and reads the table', () => {
    const split = table(
      ['Crit', 'Sub', 'Elem', 'Element (abridged)', 'Assessment'],
      ['1', '1.1', '1', 'We have an in-depth understanding…', 'Compliance Plus (C+)'],
      ['', '', '2', 'We have developed customer insight…', 'Compliant'],
      ['', '1.2', '1', 'We have a strategy for engaging…', 'Partial'],
      ['2', '2.1', '1', 'There is corporate commitment…', 'Compliant'],
    );
    const reading = readElementRatingTable(withSplitCodesJoined(split as Extract<Block, { kind: 'table' }>), []);
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.1.2', 'compliance'],
      ['1.2.1', 'partial-compliance'],
      ['2.1.1', 'compliance'],
    ]);
  });

  it('takes the criterion of a table\'s part after a page break, left blank, from a sub-criterion written in full', () => {
    const rest = table(
      ['', '5.2', '1', 'We advise our customers…', 'Compliant'],
      ['', '', '2', 'We identify individual customer needs…', 'Compliant'],
      ['', '', '5', 'We respond to initial enquiries promptly…', 'Compliance Plus (C+)'],
      ['', '5.3', '2', 'We are meeting our current standards…', 'Partial Compliance (PC)'],
    ) as Extract<Block, { kind: 'table' }>;
    expect(withSplitCodesJoined(rest).rows.map((r) => r.cells[0])).toEqual(['5.2.1', '5.2.2', '5.2.5', '5.3.2']);
    // A sub-criterion of one number alone says no criterion: the part is left as it is.
    const bare = table(['', '2', '1', 'We advise…', 'Compliant'], ['', '', '2', 'We identify…', 'Compliant'], ['', '3', '1', 'We monitor…', 'Compliant'], ['', '', '2', 'We are meeting…', 'Compliant']) as Extract<Block, { kind: 'table' }>;
    expect(withSplitCodesJoined(bare)).toBe(bare);
  });

  it('puts the number of the sub-criterion the title above names before each element number', () => {
    const blocks = [heading('1.1 Customer Identification', 3), table(['Element', 'Rating', 'Comments'], ['1', 'Compliant', ''], ['2', 'Compliance Plus', 'Exceptional.'], ['3', 'Compliant', ''])];
    const reading = readElementRatingTable(withSubCriterionCodes(blocks, 1, blocks[1] as Extract<Block, { kind: 'table' }>), []);
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance-plus'],
      ['1.1.3', 'compliance'],
    ]);
    // 1.1 has three elements: a fourth row is no element of it, and the table is left as it was.
    const tooMany = [blocks[0]!, table(['Element', 'Rating'], ['1', 'Compliant'], ['2', 'Compliant'], ['3', 'Compliant'], ['4', 'Compliant'])];
    expect(withSubCriterionCodes(tooMany, 1, tooMany[1] as Extract<Block, { kind: 'table' }>)).toBe(tooMany[1]);
  });

  it('leaves a table whose first columns do not make codes of the standard as it is', () => {
    const counts = table(['Criterion', 'C+', 'C', 'PC', 'NC'], ['1', '3', '8', '0', '0'], ['2', '2', '9', '0', '0'], ['3', '1', '11', '0', '0'], ['4', '0', '12', '1', '0']) as Extract<Block, { kind: 'table' }>;
    expect(withSplitCodesJoined(counts)).toBe(counts);
  });
});

describe('a grid of ratings, a row per sub-criterion and a column per element number', () => {
  const grid = (...rows: string[][]) => table(['Sub-criterion', '1', '2', '3', '4', '5', '6'], ...rows) as Extract<Block, { kind: 'table' }>;

  it('reads row 2.1, column 3 as element 2.1.3, and a blank or dashed cell as no rating', () => {
    const reading = subCriterionGrid(grid(['1.1 Customer Identification', 'C', 'C+', 'PC', '', '', ''], ['1.2', 'C', '–', 'NC', '', '', ''], ['2.1 Leadership, Policy and Culture', 'C', 'C', 'Compliance Plus', 'C', 'C', 'C']));
    expect(reading?.rated.map((r) => `${r.code}:${r.rating}`)).toEqual([
      '1.1.1:compliance', '1.1.2:compliance-plus', '1.1.3:partial-compliance', '1.2.1:compliance', '1.2.3:non-compliance',
      '2.1.1:compliance', '2.1.2:compliance', '2.1.3:compliance-plus', '2.1.4:compliance', '2.1.5:compliance', '2.1.6:compliance',
    ]);
    expect(reading?.notes).toEqual([]);
  });

  it('reads the grid turned over, a column per sub-criterion', () => {
    const turned = table(['Element', '1.1', '1.2', '1.3'], ['1', 'C', 'C', 'PC'], ['2', 'C+', 'C', 'C'], ['3', 'C', 'C', 'C']) as Extract<Block, { kind: 'table' }>;
    expect(subCriterionGrid(turned)?.rated.map((r) => `${r.code}:${r.rating}`)).toEqual(['1.1.1:compliance', '1.1.2:compliance-plus', '1.1.3:compliance', '1.2.1:compliance', '1.2.2:compliance', '1.2.3:compliance', '1.3.1:partial-compliance', '1.3.2:compliance', '1.3.3:compliance']);
  });

  it('records no rating in a cell the standard has no element for, and says so', () => {
    const reading = subCriterionGrid(grid(['1.1', 'C', 'C', 'C', 'C+', '', ''], ['1.2', 'C', 'C', 'C', '', '', ''], ['1.3', 'C', 'C', 'C', 'C', 'C', '']));
    expect(reading?.rated.map((r) => r.code)).not.toContain('1.1.4');
    expect(reading?.notes.map((n) => [n.rule, n.message.includes('1.1.4')])).toEqual([['element-in-standard', true]]);
  });

  it('is no grid where the cells are not ratings, or the rows not sub-criteria', () => {
    expect(subCriterionGrid(grid(['1.1', '12', '4', '9', '', '', ''], ['1.2', '3', '5', '6', '', '', ''], ['1.3', '1', '2', '3', '', '', '']))).toBeNull();
    expect(subCriterionGrid(table(['Criterion', '1', '2', '3'], ['Compliance Plus', '1', '2', '0'], ['Compliance', '9', '9', '11']) as Extract<Block, { kind: 'table' }>)).toBeNull();
    expect(subCriterionGrid(table(['Code', 'Rating'], ['1.1.1', 'C'], ['1.1.2', 'C']) as Extract<Block, { kind: 'table' }>)).toBeNull();
  });

  it('reads the rest of a grid a criterion’s title split from its header, under that header', () => {
    const draft = extractByEvidence({
      blocks: [
        heading('Reassessment Report', 1),
        table(['Sub-criterion', '1', '2', '3', '4', '5', '6'], ['1.1 Customer Identification', 'C', 'C', 'C', '', '', ''], ['1.2', 'C', 'C+', 'C', '', '', ''], ['1.3', 'C', 'C', 'C', 'PC', 'C', '']),
        heading('Criterion 2: The Culture of the Organisation', BOLD_TITLE_LEVEL),
        table(['2.1 Leadership', 'C+', 'C', 'C', 'C', 'C', 'C'], ['2.2 Staff', 'C', 'C', 'PC', 'C', 'C', '']),
      ],
      diagnostics: [],
    });
    expect(draft?.assessments[0]?.elements.filter((e) => e.code.startsWith('2.')).map((e) => `${e.code}:${e.rating}`)).toEqual(['2.1.1:compliance-plus', '2.1.2:compliance', '2.1.3:compliance', '2.1.4:compliance', '2.1.5:compliance', '2.1.6:compliance', '2.2.1:compliance', '2.2.2:compliance', '2.2.3:partial-compliance', '2.2.4:compliance', '2.2.5:compliance']);
  });

  it('reads the pieces of a grid whose header stands alone over one table per criterion', () => {
    const header = table(['Sub-criterion', 'Element', 'Element', 'Element', 'Element', 'Element', 'Element'], ['Sub-criterion', '1', '2', '3', '4', '5', '6']) as Extract<Block, { kind: 'table' }>;
    expect(isGridHeader(header)).toBe(true);
    const draft = extractByEvidence({
      blocks: [heading('Reassessment Report', 1), header, heading('Criterion 2: The Culture of the Organisation', BOLD_TITLE_LEVEL), table(['2.1 Leadership', 'C+', 'C', 'C', 'C', 'C', 'C'], ['2.2 Staff', 'C', 'C', 'PC', 'C', 'C', ''])],
      diagnostics: [],
    });
    expect(draft?.assessments[0]?.elements.map((e) => `${e.code}:${e.rating}`)).toEqual(['2.1.1:compliance-plus', '2.1.2:compliance', '2.1.3:compliance', '2.1.4:compliance', '2.1.5:compliance', '2.1.6:compliance', '2.2.1:compliance', '2.2.2:compliance', '2.2.3:partial-compliance', '2.2.4:compliance', '2.2.5:compliance']);
  });
});

describe('codes written with spaces for dots', () => {
  it('reads "1 1 1" alone in a cell as 1.1.1, and leaves three numbers in a sentence alone', () => {
    const [spaced] = withStandardCodeSpellings({ blocks: [table(['1 1 1', 'We have an in-depth understanding…', 'Fully Compliant'], ['2  2  4', 'We can demonstrate…', 'Compliant+']), para('Scores of 1 1 1 were given.')], diagnostics: [] }).blocks;
    expect((spaced as Extract<Block, { kind: 'table' }>).rows.map((r) => r.cells[0])).toEqual(['1.1.1', '2.2.4']);
    expect(withStandardCodeSpellings({ blocks: [para('Scores of 1 1 1 were given.'), table(['6 1 1', 'x'])], diagnostics: [] }).blocks.map((b) => (b.kind === 'table' ? b.rows[0]!.cells[0] : (b as { text: string }).text))).toEqual(['Scores of 1 1 1 were given.', '6 1 1']);
  });
});

describe('elements listed under a rating', () => {
  it('reads a table under a heading, and its continuation with no header after a lead-in', () => {
    const { rated } = listedElements([
      heading('Compliance Plus'),
      table(['Element', 'What the standard asks', "Assessor's comment"], ['1.1.1', 'Customer groups', 'Profiling covers 96% of households.']),
      para('The following 2 additional CP elements were awarded:'),
      table(['2.1.1', 'Commitment', 'Board walkabouts every month.'], ['3.2.3', 'Information', 'Rewritten with readers.']),
    ]);
    expect(rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.1', 'compliance-plus', 'Profiling covers 96% of households.'],
      ['2.1.1', 'compliance-plus', 'Board walkabouts every month.'],
      ['3.2.3', 'compliance-plus', 'Rewritten with readers.'],
    ]);
  });

  it('carries on an item whose wrapped line a PDF set as a paragraph of its own (a slide\'s list printed without bullets or tags)', () => {
    const { rated } = listedElements([
      heading('Compliance Plus (3)'),
      para('1.1.3 Hard-to-reach groups – networks run by tenants, co-designed'),
      para('with residents; 1,200 members'),
      para('2.2.5 Valuing staff – awards staff nominate'),
      para('3.2.1 Information – guides in five languages, written'),
      para('with readers'),
    ]);
    expect(rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.3', 'compliance-plus', 'Hard-to-reach groups – networks run by tenants, co-designed with residents; 1,200 members'],
      ['2.2.5', 'compliance-plus', 'Valuing staff – awards staff nominate'],
      ['3.2.1', 'compliance-plus', 'Information – guides in five languages, written with readers'],
    ]);
    // A sentence of prose after a finished item still ends the list.
    expect(listedElements([heading('Partial Compliance'), para('1.2.3 Methods not reviewed.'), para('and we met the team. They were kind.'), para('5.2.4 Next steps')]).rated.map((r) => r.code)).toEqual(['1.2.3']);
  });

  it('takes a label and its rating ("Judgement: Partial Compliance") for a field of the element above, not a list\'s title', () => {
    expect(listedElements([para('Element 3.3.1 – Range of channels'), para('Judgement: Partial Compliance'), para('Element 3.3.2 – Evaluating channels')]).rated).toEqual([]);
  });

  it('takes no mark alone for a list\'s title ("+", the second line of a header a PDF left above its table)', () => {
    expect(listedElements([heading('+', BOLD_TITLE_LEVEL), table(['1.1.1 We have an in-depth understanding…', '✓', '', ''])]).rated).toEqual([]);
  });

  it('ends a heading\'s list at a paragraph of prose, whatever it cites', () => {
    const { rated } = listedElements([
      heading('Partially Met'),
      para('1.3.3. The survey does not ask about timeliness.\n4.3.5. Tenants were not asked about the new policy.'),
      para('Kind regards, Tomasz.'),
      para('Thanks again for yesterday. Last year we had 3 partials\n(1.2.3, 4.3.5, 5.3.3) and one compliance plus (3.1.2).'),
    ]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.3.3', 'partial-compliance'],
      ['4.3.5', 'partial-compliance'],
    ]);
  });

  it('starts no list at a line of a paragraph wrapped mid-sentence', () => {
    const wrapped = para('The Authority has\nacted on both partial compliances from the reassessment: 4.2.3 is now rated Compliance, after the\nAuthority joined the benchmarking group.');
    expect(listedElements([wrapped]).rated).toEqual([]);
    expect(listedElements([para('The Trust meets the standard.\nPartial compliance: 2.2.3 – Staff training records are incomplete.')]).rated.map((r) => [r.code, r.rating])).toEqual([['2.2.3', 'partial-compliance']]);
  });

  it('reads themes with their codes in brackets after a lead-in sentence, and bullets "code – reason"', () => {
    const { rated } = listedElements([para('4.3 Compliance plus was reached in seven areas of our work:'), list('Understanding our residents (1.1.1, 1.1.3)', 'Leadership (2.1.1)'), heading('Partial Compliance'), list('4.1.2 – Performance is not published.')]);
    expect(rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.1', 'compliance-plus', null],
      ['1.1.3', 'compliance-plus', null],
      ['2.1.1', 'compliance-plus', null],
      ['4.1.2', 'partial-compliance', 'Performance is not published.'],
    ]);
  });

  it('reads a list written on one line after its rating', () => {
    expect(listedElements([para('Partial compliance: 2.2.3 – Staff training records are incomplete.')]).rated.map((r) => [r.code, r.rating, r.justification])).toEqual([['2.2.3', 'partial-compliance', 'Staff training records are incomplete.']]);
  });

  it('lists no element from a line a broken table left starting with a cross-reference', () => {
    const { rated } = listedElements([heading('4. Partial Compliance'), para('1.3.5, where the approach to victim feedback is exemplary, and to 5.3.1).'), para('5.3.2 The Force does not publish its performance.')]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([['5.3.2', 'partial-compliance']]);
  });

  it('lists nothing under a heading that names plain compliance', () => {
    expect(listedElements([heading('Compliance against the Standard'), list('1.1.1 – The Council profiles its residents.')]).rated).toEqual([]);
  });
});

describe('elements rated by the line that opens with their code', () => {
  it('reads headings, separators, brackets and "Rating:" labels, with the reason after', () => {
    const rated = codeLedRatings([
      heading('1.1.1 Customer segmentation – Compliance Plus', 3),
      para('The analytics are used by every department.'),
      heading('1.1.3 (Partial Compliance)', 3),
      heading('3.3.1 (Partial)', 3),
      para('2.1.1 – Compliance Plus – Governors spend a day a term with teams.'),
      list('2.1.2 – Rating: Compliant.', '3.1.1 We make information available in formats our customers need, in full compliance.'),
    ]);
    expect(rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.1', 'compliance-plus', 'The analytics are used by every department.'],
      ['1.1.3', 'partial-compliance', null],
      ['3.3.1', 'partial-compliance', null],
      ['2.1.1', 'compliance-plus', 'Governors spend a day a term with teams.'],
      ['2.1.2', 'compliance', null],
    ]);
  });
});

describe('a table with a row per rating, naming its elements by codes and ranges', () => {
  it('rates every element a row names, and reads the counts as the overall totals', () => {
    const read = ratingRows(
      table(
        ['Level of compliance', 'Elements', 'Number'],
        ['Compliance Plus', '1.1.1, 2.1.1', '2'],
        ['Compliance', '1.1.2 – 1.3.5; all of Criterion 2 except 2.1.1; 3.1.1 to 5.3.3', '55'],
        ['Partial Compliance', '', ''],
        ['Non-Compliance', 'None', '0'],
        ['Total', '', '57'],
      ),
    );
    expect(read?.rated).toHaveLength(57);
    expect(read?.rated.filter((r) => r.rating === 'compliance-plus').map((r) => r.code)).toEqual(['1.1.1', '2.1.1']);
    expect(read?.rated.some((r) => r.code === '2.1.1' && r.rating === 'compliance')).toBe(false);
    expect(read?.totals).toBeNull();
  });

  it('reads the counts when every row gives one, and no table whose rows cite elements in prose', () => {
    const read = ratingRows(table(['Compliance Plus', '4.3.2', '1'], ['Compliance', '1.1.1 – 5.3.3 except 4.3.2', '56']));
    expect(read?.totals).toEqual(totals(null, null, 56, 1));
    expect(ratingRows(table(['Compliance Plus', 'Exemplary work on complaints (4.3.2)', '1'], ['Compliance', 'All other elements', '56']))).toBeUndefined();
  });
});

describe('numbered notes that rate elements, one code or a list of them', () => {
  it('reads each note of a paragraph of numbered lines, a list of codes sharing its rating, a number run into its code', () => {
    const notes = para('1. 1.1.1 – Compliance.\n2. 1.1.2 – Compliance Plus. The study is rare in the\nsector.\n3. 2.1.3, 2.1.4 and 2.1.5 – all Compliance.\n4. Elements 1.2.1, 1.2.2 and 1.2.3: Compliance in each case.\n5.2.2.1 – Partial Compliance. Not yet.');
    expect(codeLedRatings([notes]).map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['1.1.1', 'compliance', null],
      ['1.1.2', 'compliance-plus', 'The study is rare in the sector.'],
      ['2.1.3', 'compliance', null],
      ['2.1.4', 'compliance', null],
      ['2.1.5', 'compliance', null],
      ['1.2.1', 'compliance', null],
      ['1.2.2', 'compliance', null],
      ['1.2.3', 'compliance', null],
      ['2.2.1', 'partial-compliance', 'Not yet.'],
    ]);
  });

  it('takes a line that opens with a code for a code, not for a numbered note', () => {
    expect(codeLedRatings([para('2.1.1 – Compliance.\n3.1.1 – Compliance Plus. The\nreason.')]).map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['2.1.1', 'compliance', null],
      ['3.1.1', 'compliance-plus', 'The reason.'],
    ]);
    expect(codeLedRatings([para('1. 4.1.1 – Compliance.')]).map((r) => [r.code, r.rating])).toEqual([['4.1.1', 'compliance']]);
  });
});

describe('a section per element, its rating on a labelled line', () => {
  const section = (code: string, title: string, rating: string) => [para(`Element ${code} – ${title}`), para('The standard\'s statement.'), para(`Evidence: What the assessor saw for ${title}.`), para(`Judgement: ${rating}`)];

  it('rates each element by the "Judgement:" line of its section, with the evidence as the reason', () => {
    const rated = ratedInElementSections([...section('4.1.1', 'Standards', 'Compliance'), para('4.2 Achieved Delivery'), ...section('4.2.1', 'Expectations', 'Partial Compliance')]);
    expect(rated.map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['4.1.1', 'compliance', null],
      ['4.2.1', 'partial-compliance', "The standard's statement. What the assessor saw for Expectations."],
    ]);
  });

  it('reads the labelled line where a PDF joined it to the evidence, and ends a section at a heading', () => {
    const rated = ratedInElementSections([heading('1.3.4 Satisfaction targets', 6), para('Evidence: Targets are set.\nJudgement: Compliance Plus'), heading('6. Conclusion', 2), para('Judgement: Partial Compliance')]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([['1.3.4', 'compliance-plus']]);
  });

  it('rates nothing by a rating word in the evidence, or where two labelled lines disagree', () => {
    expect(ratedInElementSections([para('Element 2.1.1 – Commitment'), para('Evidence: Compliance Plus was considered but not awarded.')])).toEqual([]);
    expect(ratedInElementSections([para('Element 2.1.1 – Commitment'), para('Judgement: Compliance'), para('Judgement: Compliance Plus')])).toEqual([]);
  });
});

describe('a line of codes each with its rating', () => {
  it('reads every pair of a run, whatever the code is prefixed with, as a paragraph line or a title', () => {
    const rated = codeLedRatings([para('1.1 Customer Identification\nE1.1.1 C · E1.1.2 C+ · E1.1.3 PC'), heading('CSE 2.1.1 C | CSE 2.1.2 NC', BOLD_TITLE_LEVEL)]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance-plus'],
      ['1.1.3', 'partial-compliance'],
      ['2.1.1', 'compliance'],
      ['2.1.2', 'non-compliance'],
    ]);
  });

  it('reads no pair from a run where one piece is more than a code and its rating', () => {
    expect(codeLedRatings([para('E1.1.1 C · E1.1.2 is where the service shines · E1.1.3 C')])).toEqual([]);
  });
});

describe('ratings in running text', () => {
  it('reads the element a clause rates as "it", the clause before naming it alone, whatever visit that clause speaks of', () => {
    const rated = ratedInRunningText([para('The 2018 compliance plus for 3.3.1 was not repeated this year; the assessor considered it compliant.')]);
    expect(rated.map((r) => [r.code, r.rating, r.sentence])).toEqual([['3.3.1', 'compliance', 'the assessor considered it compliant.']]);
    // Two elements before it: which "it" is cannot be told.
    expect(ratedInRunningText([para('The 2018 ratings of 3.3.1 and 4.2.2 were not repeated; the assessor considered it compliant.')])).toEqual([]);
  });


  it('reads codes tied to the rating by brackets or by "was rated", never a cross-reference', () => {
    const rated = ratedInRunningText([para('The two Partial Compliances (2.2.3 and 4.3.5) were as follows. Element 5.1.1 was rated Compliance Plus. This is partially compliant; see 1.3.5 for the related evidence.')]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['2.2.3', 'partial-compliance'],
      ['4.3.5', 'partial-compliance'],
      ['5.1.1', 'compliance-plus'],
    ]);
  });

  it('reads the elements a passage cites in brackets and closes by rating, where the count it gives is theirs', () => {
    const passage = 'Where the Trust excels. The dashboard has re-shaped the lettings strategy (2.1.2). The handbook was re-written with tenants (3.2.3). These two elements are rated Compliance Plus.';
    expect(ratedInRunningText([para(passage)]).map((r) => [r.code, r.rating, r.justification])).toEqual([
      ['2.1.2', 'compliance-plus', 'The dashboard has re-shaped the lettings strategy (2.1.2).'],
      ['3.2.3', 'compliance-plus', 'The handbook was re-written with tenants (3.2.3).'],
    ]);
    expect(ratedInRunningText([para(passage.replace('These two', 'These three'))])).toEqual([]);
    expect(ratedInRunningText([para(passage.replace('The dashboard', 'At the last review the dashboard'))])).toEqual([]);
  });

  it('reads ratings said to remain in place, and elements said to be met', () => {
    const rated = ratedInRunningText([para('All four CPs awarded at the initial assessment (1.2.1, 2.2.4) remain in place. A benchmarking group now meets, so 4.2.3 is also now met. Standards are published (5.1.2 met).')]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.2.1', 'compliance-plus'],
      ['2.2.4', 'compliance-plus'],
      ['4.2.3', 'compliance'],
      ['5.1.2', 'compliance'],
    ]);
  });

  it('reads nothing from a sentence about an earlier visit', () => {
    expect(ratedInRunningText([para('At the initial assessment elements (1.2.2, 1.3.2) were Partially Compliant.')])).toEqual([]);
  });

  it('reads a colon list of codes after a rating and a few words, in any spelling of the codes', () => {
    const rated = ratedInRunningText([para('Compliance Plus ratings at this review: 111, 122, 135. Partial compliance: 4.3.4 and 5.3.2.')]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.2.2', 'compliance-plus'],
      ['1.3.5', 'compliance-plus'],
      ['4.3.4', 'partial-compliance'],
      ['5.3.2', 'partial-compliance'],
    ]);
    // After the colon, codes and nothing else.
    expect(ratedInRunningText([para('Compliance Plus was discussed with the team: see 1.3.5 and the action plan.')])).toEqual([]);
  });

  it('reads the elements a passage opens by rating and goes on to cite, and a subject set off by commas', () => {
    const passage = 'Two elements are partially compliant. The Trust has not refreshed its analysis (element 1.1.3). Timeliness for victim contact is not monitored (element 5.3.1).';
    expect(ratedInRunningText([para(passage)]).map((r) => [r.code, r.rating])).toEqual([
      ['1.1.3', 'partial-compliance'],
      ['5.3.1', 'partial-compliance'],
    ]);
    expect(ratedInRunningText([para('Element 2.1.2, the use of insight to shape policy, is rated compliance plus for the councils.')]).map((r) => [r.code, r.rating])).toEqual([['2.1.2', 'compliance-plus']]);
  });

  it('reads a passage that opens by rating its cited elements though it closes on "All other elements …"', () => {
    const passage = 'Two elements are partially compliant. The Trust has not refreshed its analysis (element 1.1.3). Action has not been taken on victim contact (element 5.3.1). All other elements are compliant.';
    expect(ratedInRunningText([para(passage)]).map((r) => [r.code, r.rating])).toEqual([
      ['1.1.3', 'partial-compliance'],
      ['5.3.1', 'partial-compliance'],
    ]);
  });

  it('gives a clause that leaves out the verb and rating the rating of the clause before', () => {
    const sentence =
      'Element 2.1.2, the use of offender and victim insight to shape policy, is rated compliance plus for the service-user councils; element 4.2.1, agreeing at the outset what service users can expect, for the new "first appointment agreement".';
    expect(ratedInRunningText([para(sentence)]).map((r) => [r.code, r.rating])).toEqual([
      ['2.1.2', 'compliance-plus'],
      ['4.2.1', 'compliance-plus'],
    ]);
    // A clause with a verb of its own says something else of its element.
    const own = 'Element 2.1.2, the use of insight, is rated compliance plus for the councils; element 4.2.1, which was reviewed, for the agreement.';
    expect(ratedInRunningText([para(own)]).map((r) => r.code)).toEqual(['2.1.2']);
  });

  it('reads "Both … remain compliant" and "both are now Compliance" of the elements cited just before', () => {
    const passage = 'The C2 reassessment in October 2010 found two partial compliances (1.3.2 and 4.3.6). Both were resolved by the first annual review and remain compliant.';
    expect(ratedInRunningText([para(passage)]).filter((r) => r.rating === 'compliance').map((r) => r.code)).toEqual(['1.3.2', '4.3.6']);
    // "El." is no sentence's end: the codes after it are the sentence's.
    const one = 'The two partial compliances found at the second annual review (El. 4.1.2 and El. 5.3.2) have been resolved and both are now Compliance.';
    expect(ratedInRunningText([para(one)]).map((r) => [r.code, r.rating])).toEqual([
      ['4.1.2', 'compliance'],
      ['5.3.2', 'compliance'],
    ]);
    // "Both" of three codes cited rates nothing.
    expect(ratedInRunningText([para('Partial compliances were found (1.3.2, 2.1.1 and 4.3.6). Both remain compliant.')]).filter((r) => r.rating === 'compliance')).toEqual([]);
  });

  it('reads a line set in bold that lists codes as a sentence, not a title', () => {
    const bold = heading('Compliance plus ratings retained from the First Assessment: 1.1.2, 1.2.3.', BOLD_TITLE_LEVEL);
    expect(ratedInRunningText([bold]).map((r) => [r.code, r.rating])).toEqual([
      ['1.1.2', 'compliance-plus'],
      ['1.2.3', 'compliance-plus'],
    ]);
    expect(ratedInRunningText([heading('Compliance plus ratings retained from the First Assessment: 1.1.2, 1.2.3.', 2)])).toEqual([]);
  });

  it('reads "<code> is <rating>", but not a rating supposed', () => {
    expect(ratedInRunningText([para('Improve waiting times in the peak weeks (5.3.1 is compliant, but demand is high).')]).map((r) => [r.code, r.rating])).toEqual([['5.3.1', 'compliance']]);
    expect(ratedInRunningText([para('We will check whether 5.3.1 is compliant at the next visit.')])).toEqual([]);
    expect(ratedInRunningText([para('If 4.2.3 is compliant by then, the plan can close.')])).toEqual([]);
  });

  it('reads a re-rating ("is re-rated from Partial Compliance to Compliance") as the rating that replaces the other', () => {
    expect(ratedInRunningText([para('Element 2.1.3 (policies) is re-rated from Partial Compliance to Compliance. No other rating changes.')]).map((r) => [r.code, r.rating, r.replaces])).toEqual([['2.1.3', 'compliance', 'partial-compliance']]);
  });

  it('does not read a rating a reviewer questions ("I am not persuaded 3.1.2 is Compliance Plus")', () => {
    expect(ratedInRunningText([para('Reviewer comment: I am not persuaded 3.1.2 is Compliance Plus. Suggest Compliance.')])).toEqual([]);
    expect(ratedInRunningText([para('We doubt that 4.1.1 is compliant on this evidence.')])).toEqual([]);
  });
});

describe('facts in running text', () => {
  it('reads the assessor a sentence names after the body\'s name ("The emqc assessor, Ruth Abernethy, …")', () => {
    expect(assessorsInProse('4.1 The emqc assessor, Ruth Abernethy, spent two days with us on 4th and 5th June 2019.')).toEqual(['Ruth Abernethy']);
  });

  it('leaves out the counts of a section its heading restates for reference ("Position at the 2018 reassessment (for reference)")', () => {
    const counts = (title: string) => proseCountsIn([heading(title), para('Totals: 3 C+, 52 C, 2 PC, 0 NC.'), heading('7. Key strengths', 3), para('Four Compliance Plus.')]).map((c) => c.count);
    expect(counts('6. Position at the 2018 reassessment (for reference)')).toEqual([4]);
    expect(counts('4. Summary of the review')).toEqual([3, 52, 2, 0, 4]);
  });

  it('reads each name given its role as an item of a line of people ("Name, Lead Assessor · Name, Assessor")', () => {
    expect(assessorsInProse('Josephine Larkworthy, Lead Assessor · Tomasz Wierzbicki, Assessor\nSGS United Kingdom Ltd')).toEqual(['Josephine Larkworthy', 'Tomasz Wierzbicki']);
    expect(assessorsInProse('Prepared by\nAnne Other, CSE Assessor (Centre for Assessment)')).toEqual(['Anne Other']);
    // A role that only begins with the word, or a name inside a sentence, is not this.
    expect(assessorsInProse('Gemma Shaw, Assessor Liaison Officer, met the team.')).toEqual([]);
    expect(assessorsInProse('We thanked Gemma Shaw, Assessor of the year.')).toEqual([]);
  });

  it('dates a report written as a letter by the date line above its greeting, and nothing else by it', () => {
    const letter = [para('Unit 4, Falcon Court, Stockton-on-Tees TS18 3TX'), para('1 October 2018'), para('Our ref: EMQ/18/2231/CP'), para('Dear Ms Pritchard'), para('Thank you for your visit on 12th September 2018.')];
    expect(letterDate(letter)).toBe('2018-10-01');
    // No greeting, no letter; a date inside a sentence is not the letter's date.
    expect(letterDate([para('1 October 2018'), para('The report follows.')])).toBeNull();
    expect(letterDate([para('The visit was on 1 October 2018.'), para('Dear Ms Pritchard')])).toBeNull();
  });
});

describe('the visit an e-mail gives by day and month', () => {
  it('takes its year from the date the e-mail was sent, the year before where the day would come after it', () => {
    const mail = (sent: string, body: string) => [table(['From:', 'Tomasz Nowicki'], ['Sent:', sent], ['Subject:', 'Hartwell Homes – CSE AR1 – outcome summary']), para('Dear Gemma,'), para(body)];
    expect(visitDateInProse(mail('Monday, 4 November 2024 16:42', 'Thank you for hosting the first annual review (AR1) on 22nd and 23rd October.'))).toBe('2024-10-22');
    expect(visitDateInProse(mail('Friday, 10 January 2025 09:15', 'Thank you for hosting the first annual review (AR1) on 9th and 10th December.'))).toBe('2024-12-09');
    // The header's own date is not the visit's, though its subject names the visit.
    expect(visitDateInProse([para('Meeting: Cabinet\nDate: 10 December 2015\nSubject: Customer Service Excellence – outcome of the AR2 visit'), para('The AR2 visit was held on 20 and 21 October 2015.')])).toBe('2015-10-20');
  });
});

describe('labelled fields', () => {
  it('dates the document with the bare "Date" of a metadata header that names its author', () => {
    const fields = recogniseFields([para('Title: Ottersford Homes - Annual Review Report\nAuthor: Rukhsana Begum, Centre for Assessment\nDate: 3 July 2023\nOrganisation: Ottersford Homes')]);
    expect(fields.filter((f) => f.kind === 'reportDate').map((f) => f.value)).toEqual(['2023-07-03']);
    // Without an author beside it, a bare "Date" may be any date: not read.
    expect(recogniseFields([para('Date: 3 July 2023\nOrganisation: Ottersford Homes')]).filter((f) => f.kind === 'reportDate')).toEqual([]);
  });

  it('reads labels in every wording, strips titles from names and never takes the body for the holder', () => {
    const fields = recogniseFields([
      para('Lead assessor: Dr Jane Whitaker'),
      para('Co-assessor: Mr Tom Okafor MBE'),
      table(['Client', 'Assessment Services Ltd'], ['Name of organisation', 'Harbourside NHS Trust'], ['Date of report', '04/11/2021'], ['Date(s) of visit', '28th–29th September 2021'], ['Assessment type', 'AR1']),
    ]);
    const value = (kind: string) => fields.filter((f) => f.kind === kind).map((f) => f.value);
    expect(value('assessors')).toEqual([['Jane Whitaker'], ['Tom Okafor']]);
    expect(value('organisation')).toEqual(['Harbourside NHS Trust']);
    expect(value('reportDate')).toEqual(['2021-11-04']);
    expect(value('visitDate')).toEqual(['2021-09-28']);
    expect(value('stage')).toEqual([{ stage: 'review-1', words: 'AR1' }]);
  });

  it('reads a lead named by "Lead:" alone, the first day on site as the visit, and a surname with a capital inside it', () => {
    const fields = recogniseFields([
      para('Lead: Sunita Rao'),
      list('Co-assessor: Fiona McTavish', 'Second assessor: Dr Ewan MacDonald MBE'),
      table(['Day 1 on site', '17 April 2012'], ['Day 2 on site', '18 April 2012']),
    ]);
    const value = (kind: string) => fields.filter((f) => f.kind === kind).map((f) => f.value);
    expect(value('assessors')).toEqual([['Sunita Rao'], ['Fiona McTavish'], ['Ewan MacDonald']]);
    expect(value('visitDate')[0]).toBe('2012-04-17');
    // A lead that is not a person is no assessor.
    expect(recogniseFields([para('Lead: Customer Services Directorate')])).toEqual([]);
  });

  it('reads a draft\'s report date ("Draft report date") and a pre-assessment document review', () => {
    expect(recogniseFields([table(['Lead Assessor', 'Jo Bloggs'], ['Draft report date', '29/06/2022'])]).filter((f) => f.kind === 'reportDate').map((f) => f.value)).toEqual(['2022-06-29']);
    expect(recogniseFields([table(['Pre-assessment document review', '4 March 2024'])]).map((f) => [f.kind, f.value])).toEqual([['documentReviewDate', '2024-03-04']]);
  });

  it('reads "Assessment visit" and "Site visits" as the visit, its first day', () => {
    const fields = recogniseFields([table(['Assessment visit:', '8 and 9 November 2011'], ['Assessor:', 'Jo Bloggs']), table(['Site visits', '02/03/2010 (North), 03/03/2010 (South)'])]);
    expect(fields.filter((f) => f.kind === 'visitDate').map((f) => f.value)).toEqual(['2011-11-08', '2010-03-02']);
  });

  it('reads an evidence review a qualifier names ("Corporate evidence review (desk-based)", "Pre-visit evidence review") as the document review', () => {
    const fields = recogniseFields([table(['Corporate evidence review (desk-based)', 'Thursday 2 May 2013'], ['Pre-visit evidence review', '3 March 2021'], ['Evidence review of the documents', '4 March 2021'])]);
    expect(fields.filter((f) => f.kind === 'documentReviewDate').map((f) => f.value)).toEqual(['2013-05-02', '2021-03-03', '2021-03-04']);
  });

  it('dates a thread of e-mails by the message an assessment body sent, takes none from "Sent:" lines that cannot tell, and one from a single e-mail\'s', () => {
    const reportDates = (blocks: Block[]) => recogniseFields(blocks).filter((f) => f.kind === 'reportDate').map((f) => f.value);
    const forward = para('From: Ann Hale\nSent: 14 November 2012 09:12\nSubject: FW: CSE review report');
    const original = para('From: Colm Devlin (Assessor)\nSent: 09 November 2012 16:40\nSubject: CSE review report');
    expect(reportDates([forward, original])).toEqual([]);
    expect(reportDates([original])).toEqual(['2012-11-09']);
    const fromBody = para('From: Colm Devlin [mailto:colm.devlin@emqc.co.uk]\nSent: 09 November 2012 16:40\nSubject: CSE review report');
    expect(reportDates([forward, fromBody])).toEqual(['2012-11-09']);
  });

  it('keeps a bracket naming the part of a body that holds the certificate in its name, and drops a description', () => {
    const organisation = (value: string) => recogniseFields([table(['Client', value])]).find((f) => f.kind === 'organisation')?.value;
    expect(organisation('Tri-Service Families Welfare Service (Northern Region)')).toBe('Tri-Service Families Welfare Service (Northern Region)');
    expect(organisation('Wexcombe Fire and Rescue Service (North West Area)')).toBe('Wexcombe Fire and Rescue Service (North West Area)');
    expect(organisation('Brackenridge Homes (housing management, repairs and lettings)')).toBe('Brackenridge Homes');
  });

  it('reads "Assessment: <dates>" as the visit, and "Assessment: <a stage>" as the stage', () => {
    const fields = recogniseFields([para('Assessment: Tuesday 9 March 2021 (remote) and Wednesday 10 March 2021 (on site)'), para('Assessment: Second annual review')]);
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ['visitDate', '2021-03-09'],
      ['stage', expect.objectContaining({ stage: 'review-2' })],
    ]);
  });

  it('reads a date after its label with no mark between them, and only a date alone', () => {
    const fields = recogniseFields([para('Date(s) of visit 22 February 2011'), para('Date of report 14.03.2011\nCertificate no. GB10/80412'), para('Date of desk review Tuesday 3 March and Wednesday 4 March 2015')]);
    const value = (kind: string) => fields.filter((f) => f.kind === kind).map((f) => f.value);
    expect(value('visitDate')).toEqual(['2011-02-22']);
    expect(value('reportDate')).toEqual(['2011-03-14']);
    // Prose that starts with a date's label is not a field, even with a date in it.
    expect(recogniseFields([para('Date of report was moved to 3 May 2011 at the Trust\'s request.'), para('Report date 4 May 2011 agreed')])).toEqual([]);
  });

  it('reads a label and its value in each cell of a row, where each label is a known field\'s', () => {
    const fields = recogniseFields([table(['Visit: 14th–15th January 2025', 'Report date: 31 January 2025', 'Assessor: Ewan Macleod'])]);
    const value = (kind: string) => fields.filter((f) => f.kind === kind).map((f) => f.value);
    expect(value('visitDate')).toEqual(['2025-01-14']);
    expect(value('reportDate')).toEqual(['2025-01-31']);
    expect(value('assessors')).toEqual([['Ewan Macleod']]);
    // Cells of "words: more words" that are no fields' labels are a table's data, not fields.
    expect(recogniseFields([table(['Note: see annex', 'Ratio: 3:1'])])).toEqual([]);
  });

  it('reads the first row a PDF cut from a table of labels on the right as that table\'s, and a row alone not at all', () => {
    const first = table(['Corvedale Constabulary', 'Organisation']);
    const rest = table(['Full reassessment (triennial)', 'Type of assessment'], ['2019-06-03', 'Report issued']);
    const organisation = (blocks: Block[]) => recogniseFields(blocks).filter((f) => f.kind === 'organisation').map((f) => f.value);
    expect(organisation([first, para('Force Headquarters, Market Lane, Ludwell LD4 2PQ Address'), rest])).toEqual(['Corvedale Constabulary']);
    expect(organisation([first, para('The force has held the standard since 2010.')])).toEqual([]);
  });

  it('takes no numbered section heading for the holder', () => {
    expect(recogniseFields([para('Organisation'), para('3. Information')])).toEqual([]);
  });

  it('takes no bare "Council" (the tail of a name a broken table left under its label) for the holder', () => {
    expect(recogniseFields([para('Organisation\nCouncil')])).toEqual([]);
    expect(recogniseFields([para('Organisation: The Trust')])).toEqual([]);
    expect(recogniseFields([para('Organisation: Glanyrafon Council')]).map((f) => f.value)).toEqual(['Glanyrafon Council']);
  });

  it('reads a known label parted from its value by a dash, and no prose that has a dash', () => {
    const list: Block = { kind: 'list', items: ['Organisation — Mercia Valley Probation Trust', 'Assessor — Keith Dunmore', 'Report — 30 June 2014'], loc: {} };
    expect(recogniseFields([list]).map((f) => [f.kind, f.value])).toEqual([
      ['organisation', 'Mercia Valley Probation Trust'],
      ['assessors', ['Keith Dunmore']],
      ['reportDate', '2014-06-30'],
    ]);
    expect(recogniseFields([para('Customer insight — the Trust knows its service users well')])).toEqual([]);
  });

  it('reads a table of facts whose labels stand on the right', () => {
    const facts = table(['Corvedale Constabulary', 'Organisation'], ['Full reassessment (triennial)', 'Type of assessment'], ['2019-06-03', 'Report issued'], ['Recommended for continued certification', 'Recommendation']);
    expect(recogniseFields([facts]).map((f) => [f.kind, f.value])).toEqual([
      ['organisation', 'Corvedale Constabulary'],
      ['stage', { stage: 'reassessment', words: 'reassessment' }],
      ['reportDate', '2019-06-03'],
    ]);
  });

  it('reads "On site" written with a space as the visit date', () => {
    expect(recogniseFields([para('Assessor: Dawn Ferreira · On site: 14–16 January 2025 · Report issued: 03/02/2025')]).map((f) => [f.kind, f.value])).toEqual([
      ['assessors', ['Dawn Ferreira']],
      ['visitDate', '2025-01-14'],
      ['reportDate', '2025-02-03'],
    ]);
  });

  it('reads several labelled facts on one line', () => {
    const fields = recogniseFields([para('Visit: 7/8 October 2010 | Report date: 1st November 2010 | Assessor: Alan Whitcombe')]);
    expect(fields.map((f) => [f.kind, f.value])).toEqual([
      ['visitDate', '2010-10-07'],
      ['reportDate', '2010-11-01'],
      ['assessors', ['Alan Whitcombe']],
    ]);
  });

  it('reads a plural written "(s)" in a label as the plural', () => {
    expect(recogniseFields([table(['Visit Date(s)', '10th & 11th March 2015'], ['CSE Assessor(s)', 'Catherine Rowe-Ellis'])]).map((f) => [f.kind, f.value])).toEqual([
      ['visitDate', '2015-03-10'],
      ['assessors', ['Catherine Rowe-Ellis']],
    ]);
  });

  it('reads "Site visit", "Report" and an e-mail\'s "Sent" with their dates', () => {
    expect(recogniseFields([table(['Site visit', '10–11 June 2014'], ['Report', '30 June 2014'])]).map((f) => [f.kind, f.value])).toEqual([
      ['visitDate', '2014-06-10'],
      ['reportDate', '2014-06-30'],
    ]);
    expect(recogniseFields([table(['Sent:', 'Monday, 4 November 2024 16:42'])]).map((f) => [f.kind, f.value])).toEqual([['reportDate', '2024-11-04']]);
  });

  it('parts facts run on in one line with no mark between them where a label of a visit\'s facts ends in a colon', () => {
    expect(recogniseFields([para('Visit: 14th–15th January 2025 Report date: 31 January 2025 Assessor: Ewan Macleod')]).map((f) => [f.kind, f.value])).toEqual([
      ['visitDate', '2025-01-14'],
      ['reportDate', '2025-01-31'],
      ['assessors', ['Ewan Macleod']],
    ]);
  });

  it('reads "Issued" as the report date', () => {
    expect(recogniseFields([para('Issued: 2 July 2024')]).map((f) => [f.kind, f.value])).toEqual([['reportDate', '2024-07-02']]);
  });

  it('reads a name whose bracket wraps over a line', () => {
    expect(splitPersonNames('B. Quayle (emqc\nAssociate)')).toEqual(['B. Quayle']);
  });

  it('gives an initialled name in full where the document names that person in full once', () => {
    expect(fullName('B. Quayle', 'Assessor B. Quayle … Bernadette Quayle\nAssociate Assessor')).toBe('Bernadette Quayle');
    expect(fullName('B. Quayle', 'Bernadette Quayle and Brian Quayle')).toBe('B. Quayle');
    expect(fullName('B. Quayle', 'Assessor B. Quayle')).toBe('B. Quayle');
  });

  it('does not take a role for a person', () => {
    expect(splitPersonNames('Jane Whitaker, Lead Assessor')).toEqual(['Jane Whitaker']);
  });
});

describe('the holder on the cover', () => {
  it('takes a name in capitals wrapped over two lines whole', () => {
    expect(organisationFromTitle([para('Initial Assessment Report'), para('STANMOOR AND DISTRICT\nCITIZENS ADVICE BUREAU'), para('Assessment dates: 3rd & 4th February 2009')])?.name).toBe('Stanmoor and District Citizens Advice Bureau');
  });

  it('takes a pension fund on the cover for the holder', () => {
    expect(organisationFromTitle([heading('Reassessment Report', 1), para('Holmbury Pension Fund'), para('Pensions administration service')])?.name).toBe('Holmbury Pension Fund');
  });

  it('takes the holder and the unit on the line under it, as one name', () => {
    expect(organisationFromTitle([heading('Customer Service Excellence Reassessment Report', 1), para('Holmbury District Council\nRevenues and Benefits Service'), para('Assessor: Jo Bloggs')])?.name).toBe('Holmbury District Council – Revenues and Benefits Service');
  });

  it('takes a name in capitals, prefers the holder to a company, skips section headings and bodies', () => {
    expect(organisationFromTitle([heading('BRACKENFORD DISTRICT COUNCIL', 1), para('Report to Cabinet')])?.name).toBe('Brackenford District Council');
    expect(organisationFromTitle([heading('Meridian Service Standards Ltd', 1), heading('Saltmarsh Coast National Park Authority', 3)])?.name).toBe('Saltmarsh Coast National Park Authority');
    expect(organisationFromTitle([heading('Assessment Services Ltd', 1), heading('5.5 Criterion 5 – Timeliness and Quality of Service')])).toBeNull();
    expect(organisationFromTitle([heading('Customer Service Excellence Report: Fenwick College', 1)])?.name).toBe('Fenwick College');
    expect(organisationFromTitle([heading('Report on the Customer Service Excellence Reassessment of Fernvale District Council', 1)])?.name).toBe('Fernvale District Council');
    expect(organisationFromTitle([para('Meridian Standards Ltd — licensed Customer Service Excellence assessment body'), heading('Reassessment Report Eastmere Fire and Rescue Service', 1)])?.name).toBe('Eastmere Fire and Rescue Service');
    expect(organisationFromTitle([para('Organisation assessed Redbrook and Vale Police')])?.name).toBe('Redbrook and Vale Police');
    expect(organisationFromTitle([heading('Assessment Record Penhallow National Park Authority', 1)])?.name).toBe('Penhallow National Park Authority');
  });

  it('takes the holder before the report\'s own words where the title\'s line break was lost', () => {
    expect(organisationFromTitle([heading('Lowther Leisure Trust Combined report: Annual Review 1 (deferred) and Annual Review 2', 1)])?.name).toBe('Lowther Leisure Trust');
    expect(organisationFromTitle([heading('Harbour Lights Carers Trust Customer Service Excellence Assessment', 1)])?.name).toBe('Harbour Lights Carers Trust');
    // An e-mail's subject line is its title.
    expect(organisationFromTitle([para('From: Tomasz Nowicki <t.nowicki@emqc.co.uk>\nSent: Monday, 4 November 2024 16:42\nTo: Gemma Frost\nCc: emqc Certification Team\nSubject: Hartwell Homes – CSE AR1 – outcome summary\nAttachments: evidence_log.xlsx')])?.name).toBe('Hartwell Homes');
    expect(organisationFromTitle([table(['From:', 'Tomasz Nowicki'], ['Sent:', 'Monday, 4 November 2024 16:42'], ['Subject:', 'Hartwell Homes – CSE AR1 – outcome summary']), para('Dear Gemma,')])?.name).toBe('Hartwell Homes');
    // What the brackets after the name say it is part of is not its name.
    expect(organisationFromTitle([heading('Initial Assessment Report', 1), para('Lydmouth Libraries and Archives (Lydmouth County Council)')])?.name).toBe('Lydmouth Libraries and Archives');
    // The report's words alone name nobody.
    expect(organisationFromTitle([heading('Combined report: Annual Review 1 and Annual Review 2', 1)])).toBeNull();
  });

  it('keeps the unit of the holder a title names after a dash, but not the report’s own words or a criterion’s title', () => {
    expect(organisationFromTitle([heading('Kestrelford City Council – Revenues and Benefits Service', 6)])?.name).toBe('Kestrelford City Council – Revenues and Benefits Service');
    expect(organisationFromTitle([heading('University of Saltmarsh – Student and Academic Services', 6)])?.name).toBe('University of Saltmarsh – Student and Academic Services');
    expect(organisationFromTitle([heading('Barnfield City Council – Customer Service Excellence Assessment Report', 1)])?.name).toBe('Barnfield City Council');
    expect(organisationFromTitle([heading('Barnfield City Council – Timeliness and Quality of Service', 1)])?.name).toBe('Barnfield City Council');
  });
});

describe('stages', () => {
  it.each([
    ['AR1', 'review-1'],
    ['AR2', 'review-2'],
    ['Annual Review Year 1', 'review-1'],
    ['Surveillance visit 2', 'review-2'],
    ['12 month review', 'review-1'],
    ['Recertification', 'reassessment'],
    ['Full reassessment', 'reassessment'],
    ['3 year reassessment', 'reassessment'],
    ['Initial / Certification Review', 'initial'],
    ['Initial certification assessment', 'initial'],
    ['Recertification (C3)', 'reassessment'],
    ['C3', 'unknown'],
    ['RP2', 'unknown'],
    ['Review 3', 'unknown'],
    ['Surveillance visit', 'unknown'],
  ])('"%s" is %s', (label, stage) => {
    expect(stageNamedBy(label)?.stage).toBe(stage);
  });

  it('opens a stage only with a title that is the stage’s name', () => {
    expect(stageTitleOf(heading('Section C: 12 Month Review Report'))?.stage).toBe('review-1');
    expect(stageTitleOf(heading('Annual Review 1 (AR1) – March 2023'))?.stage).toBe('review-1');
    expect(stageTitleOf(heading('Progress since the initial assessment'))).toBeNull();
    expect(stageTitleOf(heading('Part 1: Full Reassessment – June 2021'))?.stage).toBe('reassessment');
    expect(stageTitleOf(heading('Recommendations for Recertification'))).toBeNull();
    expect(stageTitleOf(heading('8. Compliance against the Customer Service Excellence Standard Year 2'))).toBeNull();
  });
});

describe('counts in prose', () => {
  const counts = (text: string) => countsInProse(text).map((c) => [c.rating, c.count]);

  it('reads a count going on from one before it, and not the value of a label for the rating after it', () => {
    expect(counts('Overall, two elements achieved compliance plus, fifty-two are compliant and three are partially compliant.')).toEqual([
      ['compliance-plus', 2],
      ['compliance', 52],
      ['partial-compliance', 3],
    ]);
    expect(counts('Compliant: 9\nPartially Compliant: 1 (1.3.4)')).toEqual([
      ['compliance', 9],
      ['partial-compliance', 1],
    ]);
  });

  it('reads counts in words and digits, "partial" alone among other counts', () => {
    expect(counts('The assessor found nine compliance plus, 45 compliance and three partial elements.')).toEqual([
      ['compliance-plus', 9],
      ['compliance', 45],
      ['partial-compliance', 3],
    ]);
    expect(counts('Of the 57 elements, fourteen were assessed as Compliance Plus.')).toEqual([['compliance-plus', 14]]);
    expect(counts('This report sets out the 14 areas of Compliance Plus.')).toEqual([['compliance-plus', 14]]);
  });

  it('never reads a paragraph number, "in seven areas" or an earlier visit as a count', () => {
    expect(counts('4.3 Compliance plus was reached in seven areas of our work:')).toEqual([]);
    expect(counts('At the 2021 reassessment the Council was awarded compliance plus for six elements.')).toEqual([]);
    expect(counts('All 57 elements were assessed as compliant or better.')).toEqual([]);
  });

  it('never reads what changed at a review, a part of another set, or an aim as a count', () => {
    expect(counts('Two new Compliance Plus ratings were awarded, for 2.2.5 and 4.3.2.')).toEqual([]);
    expect(counts('We aim for 10 compliance plus next year, and no partial compliances.')).toEqual([]);
    expect(counts('Contents: 1 Introduction · 2 Overall result · 5 Compliance Plus and Partial Compliance · 6 Next steps')).toEqual([]);
    expect(counts('The College has set itself a target of ten Compliant Plus by 2024.')).toEqual([]);
    expect(counts('Three of the four partial compliances recorded in 2010 (1.3.3, 4.3.4 and 5.3.3) have been closed.')).toEqual([]);
    expect(counts('The Trust achieved two Partial Compliances and 14 compliance plus.')).toEqual([
      ['partial-compliance', 2],
      ['compliance-plus', 14],
    ]);
  });

  it('knows a statement that the rest are compliant', () => {
    expect(statesRestCompliant('All other elements were assessed as Compliant.')).toBe(true);
    expect(statesRestCompliant('The remaining 48 elements were assessed as compliant.')).toBe(true);
    expect(statesRestCompliant('All other elements remain Fully Compliant.')).toBe(true);
    expect(statesRestCompliant('All other elements were rated compliance plus.')).toBe(false);
    expect(statesRestCompliant('At the last review all other elements were compliant.')).toBe(false);
    expect(statesRestCompliant('Eight elements were rated Compliance Plus, the remaining 49 Compliant, with no partial or non-compliances.')).toBe(true);
    expect(statesRestCompliant('All other elements were compliant, except 5.3.3, which is partially compliant.')).toBe(false);
  });
});

describe('tables restated from another visit', () => {
  const score = table(['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'], ['1 Customer Insight', '1', '9', '1', '0']);
  const captioned = (caption: string) => restatesAnotherVisit([para(caption), score], 1);

  it('knows a table its caption gives to another visit', () => {
    expect(captioned('Table 1 – Initial assessment, February 2010 (previous visit, for reference only)')).toBe(true);
    expect(captioned('For comparison, the results of the last review:')).toBe(true);
    expect(captioned('Results of the initial assessment')).toBe(true);
  });

  it("reads a table as this visit's where its caption compares with another or names this one", () => {
    expect(captioned('3.2 Eleven areas of Compliance Plus were awarded, compared with nine last year.')).toBe(false);
    expect(captioned('Table 2 – Surveillance Visit 1, February 2011 (this visit)')).toBe(false);
    expect(captioned('Summary of results')).toBe(false);
    expect(restatesAnotherVisit([score], 0)).toBe(false);
  });
});

describe('tables that show how ratings are set out, and give none', () => {
  const ratings = table(['Element', 'Rating', 'Why'], ['1.1.1', 'Compliance', 'Customer profile for each service.'], ['2.2.3', 'Compliance Plus', 'Customer focus in every appraisal.']);
  const captioned = (caption: string) => illustratesRatings([para(caption), ratings], 1);

  it('knows a table its caption calls an example, an illustration or not a result', () => {
    expect(captioned('EXAMPLE ONLY – this is not our result. This is how the assessor’s report sets out a rating, using made-up findings:')).toBe(true);
    expect(captioned('For illustration only: a page of a typical report')).toBe(true);
    expect(captioned('The table below is illustrative only.')).toBe(true);
    expect(captioned('These are not the actual ratings of any service.')).toBe(true);
  });

  it("reads a report's own examples of good practice, and a plain caption, as evidence", () => {
    expect(captioned('Examples of good practice found at this assessment')).toBe(false);
    expect(captioned('Table 3 – Elements rated Compliance Plus, with an example of the evidence')).toBe(false);
    expect(captioned('Summary of results')).toBe(false);
    expect(illustratesRatings([ratings], 0)).toBe(false);
  });

  it('leaves a document whose only ratings are an example not a report', () => {
    const doc = { blocks: [heading('Getting ready for our reassessment', 1), para('EXAMPLE ONLY – this is not our result, using made-up findings:'), ratings], diagnostics: [] };
    expect(extractByEvidence(doc)).toBeNull();
  });
});

describe('a report written as a letter, and a plan that is not a report', () => {
  const doc = (...blocks: Block[]) => ({ blocks, diagnostics: [] });

  it('reads the stage the letter says it reports, the totals beside their share of the elements, and the assessor who signs it', () => {
    const draft = extractByEvidence(
      doc(
        para('Dear Ms Pritchard'),
        para('This letter is the report of the reaccreditation assessment, which marks the end of the Trust’s second cycle.'),
        table(['Rating', 'Number', '% of elements'], ['Compliance Plus', '3', '5.3%'], ['Compliance', '52', '91.2%'], ['Partial Compliance', '2', '3.5%'], ['Non-Compliance', '0', '0%']),
        para('Yours sincerely'),
        para('Catherine Doyle\nLead Assessor, emqc'),
      ),
    );
    expect(draft?.assessments.map((a) => [a.stage, a.statedTotals.overall, a.assessors])).toEqual([['reassessment', totals(0, 2, 52, 3), ['Catherine Doyle']]]);
  });

  it('reads the holder from the address block of a letter that calls it "your Council", not the letterhead', () => {
    const letter = [
      para('SGS United Kingdom Ltd\nCertification Services\nInward Way, Rossmore Business Park'),
      para('Mrs Grace Okonjo\nTown Clerk\nTarrant Minster Town Council\nThe Guildhall\nMarket Place'),
      para('23rd April 2018\nOur ref: CSE/18/0412/AMcN'),
      para('Dear Mrs Okonjo,'),
      para('I am writing to confirm the outcome of your Council’s initial assessment.'),
    ];
    expect(letterAddressee(letter)?.name).toBe('Tarrant Minster Town Council');
    // No salutation, no letter; an address of two holders' names says nothing sure.
    expect(letterAddressee(letter.filter((b) => !blockTextOf(b).startsWith('Dear')))).toBeNull();
    expect(letterAddressee([para('Ms A Jones\nClerk\nHighfield Parish Council\nFor Lowmoor Town Council'), para('Dear Ms Jones,')])).toBeNull();
  });

  it('reads a sentence set in bold that says all other elements are compliant', () => {
    const draft = extractByEvidence(doc(heading('Initial Assessment Report', 1), heading('Element 2.1.3 — Compliance Plus', 3), para('Policies are plain.'), heading('1.1.3 (Partial)', 3), para('Vulnerable consumers are not known.'), heading('All other elements of the standard were assessed as compliant.', BOLD_TITLE_LEVEL)));
    const elements = draft?.assessments[0]?.elements ?? [];
    expect(elements).toHaveLength(57);
    expect(elements.filter((e) => e.basis === 'stated').map((e) => `${e.code}:${e.rating}`)).toEqual(['1.1.3:partial-compliance', '2.1.3:compliance-plus']);
  });

  it('reads the counts of a labelled summary line set as a title', () => {
    const draft = extractByEvidence(doc(heading('Reassessment Report: Eastmere Fire and Rescue Service', 1), heading('Summary: 6 CP | 50 C | 1 PC | 0 NC', 2), para('Customer Service Excellence reassessment.')));
    expect(draft?.assessments[0]?.statedTotals.overall).toEqual(totals(0, 1, 50, 6));
  });

  it('finds no report in an assessment plan, nor in a document that says it is not one, though they cite ratings', () => {
    const sample = [para('At an annual review the assessor looks at a sample of the 57 elements, any element rated partially compliant last time, and any changes since the last visit. The sample for this visit is:'), table(['Element', 'Statement', 'Reason'], ['1.2.3', 'We regularly review our strategies…', 'Sample'], ['3.2.2', 'We take reasonable steps…', 'Carried-over partial'])];
    expect(extractByEvidence(doc(heading('Assessment Plan – Customer Service Excellence', 1), ...sample))).toBeNull();
    expect(extractByEvidence(doc(heading('Customer Service Excellence', 1), para('It is not an assessment report: the report will be issued after the visit.'), para('At the last assessment 3.2.2 was rated Partial Compliance.')))).toBeNull();
    // A certificate and its schedule, listing the compliance plus elements, say they are not the report.
    const schedule = table(['Element', 'Rating'], ['1.2.2', 'Compliance Plus'], ['2.3.1', 'Compliance Plus'], ['4.3.3', 'Compliance Plus']);
    expect(extractByEvidence(doc(heading('Certificate of Registration', 1), schedule, para('Please note that the certificate and schedule are not the assessment report: the ratings are in the report sent to you separately.')))).toBeNull();
    expect(extractByEvidence(doc(heading('Certificate of Registration', 1), schedule))).not.toBeNull();
    // The lead-in names a rating only in passing, for another visit: the sample is not rated.
    expect(listedElements(sample).rated).toEqual([]);
  });

  it('reads boxes of counts, one per criterion under its name, and the overall counts in words', () => {
    const box = (n: number, title: string, cp: string, pc: string) => [para(`Criterion ${n}\n${title}`), para(`Compliant Plus: ${cp}\nCompliant: 9\nPartially Compliant: ${pc}\nNon-Compliant: 0`)];
    const draft = extractByEvidence(
      doc(
        heading('Customer Service Excellence Initial Assessment Report', 1),
        para('Overall, two elements achieved compliance plus, fifty-two are compliant and three are partially compliant. There are no non-compliant elements.'),
        ...box(1, 'Customer Insight', '1 (1.2.1)', '1 (1.3.4)'),
        ...box(2, 'The Culture of the Organisation', '1 (2.1.1)', '0'),
      ),
    );
    expect(draft?.assessments[0]?.statedTotals.overall).toEqual(totals(0, 3, 52, 2));
    expect(draft?.assessments[0]?.statedTotals.byCriterion).toEqual({ '1': totals(0, 1, 9, 1), '2': totals(0, 0, 9, 1) });
  });

  it('reads a box a PDF set a paragraph a line, under a criterion named over two blocks', () => {
    const lines = (cp: string, pc: string) => [`Compliant Plus: ${cp}`, 'Compliant: 9', `Partially Compliant: ${pc}`, 'Non-Compliant: 0'].map((l) => para(l));
    const draft = extractByEvidence(
      doc(
        heading('Customer Service Excellence Initial Assessment Report', 1),
        para('Overall, two elements achieved compliance plus, eighteen are compliant and two are partially compliant.'),
        heading('Criterion 1', BOLD_TITLE_LEVEL),
        para('Customer Insight'),
        ...lines('1 (1.2.1)', '1 (1.3.4)'),
        heading('Criterion 4', BOLD_TITLE_LEVEL),
        heading('Delivery', BOLD_TITLE_LEVEL),
        ...lines('1 (4.3.6)', '1 (4.2.1)'),
      ),
    );
    expect(draft?.assessments[0]?.statedTotals.byCriterion).toEqual({ '1': totals(0, 1, 9, 1), '4': totals(0, 1, 9, 1) });
  });

  it('keeps a rating said to hold still or now though an earlier year comes before it, and drops the earlier year\'s', () => {
    const draft = extractByEvidence(
      doc(
        heading('Customer Service Excellence Annual Review Year 1 Assessment Report', 1),
        para('Date of report: 27/03/2017'),
        para('The second 2016 partial, on checking that information has been understood (3.2.2), is still partially met.'),
        para('Both of the 2016 partial compliances (1.3.4 and 4.3.6) are now compliant.'),
      ),
    );
    expect(draft?.assessments[0]?.elements.map((e) => `${e.code} ${e.rating}`)).toEqual(['1.3.4 compliance', '3.2.2 partial-compliance', '4.3.6 compliance']);
  });

  it('finds no report in an improvement plan whose only counts are aims', () => {
    expect(extractByEvidence(doc(heading('Customer Service Excellence Improvement Plan 2017/18', 1), para('We aim for 10 compliance plus next year, and no partial compliances.')))).toBeNull();
  });
});

describe('an addendum that re-rates an element and restates the totals', () => {
  const scores = (c1pc: number, c1c: number) =>
    table(
      ['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'],
      ['1. Customer Insight', '0', String(c1c), String(c1pc), '0'],
      ['2. The Culture of the Organisation', '0', '11', '0', '0'],
      ['3. Information and Access', '0', '12', '0', '0'],
      ['4. Delivery', '0', '13', '0', '0'],
      ['5. Timeliness and Quality of Service', '0', '10', '0', '0'],
      ['Total', '0', String(c1c + 46), String(c1pc), '0'],
    );

  it('takes the addendum\'s rating and revised table over the body\'s', () => {
    const draft = extractByEvidence({
      blocks: [
        heading('Customer Service Excellence Initial Assessment Report', 1),
        heading('Summary', 2),
        scores(2, 9),
        para('Partial Compliance: 1.2.2 and 1.3.1.'),
        heading('Addendum', 2),
        para('Element 1.3.1 is re-rated from Partial Compliance to Compliance. No other rating changes.'),
        para('Revised summary of results:'),
        scores(1, 10),
      ],
      diagnostics: [],
    });
    const stage = draft?.assessments[0];
    expect(stage?.elements.filter((e) => e.basis === 'stated').map((e) => `${e.code} ${e.rating}`)).toEqual(['1.2.2 partial-compliance', '1.3.1 compliance']);
    expect(stage?.statedTotals.overall).toEqual(totals(0, 1, 56, 0));
    expect(stage?.statedTotals.byCriterion?.['1']).toEqual(totals(0, 1, 10, 0));
    expect(draft?.notes.filter((n) => n.rule === 'element-rated-twice')).toEqual([]);
  });
});

describe('evidence that names its own stage', () => {
  it('reads tables with no header under a header row standing alone that names a column per visit, and a totals row per visit', () => {
    const draft = extractByEvidence({
      blocks: [
        heading('Customer Service Excellence: Annual Review 1 and Annual Review 2', 1),
        table(['', '', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'], ['Totals', 'AR1', '2', '52', '3', '0'], ['Totals', 'AR2', '3', '53', '1', '0']),
        table(['Element', 'Requirement (abridged)', 'AR1 Mar 2021', 'AR2 Nov 2021']),
        heading('Criterion 1 – Customer Insight', BOLD_TITLE_LEVEL),
        table(['1.1.1', 'We have an in-depth understanding…', 'C', 'C'], ['1.2.1', 'We have a strategy…', 'PC', 'CP']),
      ],
      diagnostics: [],
    });
    expect(draft?.assessments.map((a) => [a.stage, a.statedTotals.overall, a.elements.map((e) => `${e.code} ${e.rating}`)]).sort()).toEqual([
      ['review-1', totals(0, 3, 52, 2), ['1.1.1 compliance', '1.2.1 partial-compliance']],
      ['review-2', totals(0, 1, 53, 3), ['1.1.1 compliance', '1.2.1 compliance-plus']],
    ]);
  });

  it('reads a schedule of visits, one row a stage', () => {
    const visits = visitSchedule(table(['Stage', 'Visit date(s)', 'Assessor(s)', 'Report date'], ['Initial Assessment', '12–13 June 2023', 'Marcus Ebdon (Lead); Leanne Whitcombe', '30.06.23'], ['Annual Review Year 1', '18 June 2024', 'Leanne Whitcombe', '2 July 2024']));
    expect(visits).toEqual([
      { stage: 'initial', visitDate: '2023-06-12', reportDate: '2023-06-30', assessors: ['Marcus Ebdon', 'Leanne Whitcombe'] },
      { stage: 'review-1', visitDate: '2024-06-18', reportDate: '2024-07-02', assessors: ['Leanne Whitcombe'] },
    ]);
  });

  it('reads a schedule whose visit column is named as a field is ("Dates on site") beside a stage column named "Visit"', () => {
    const visits = visitSchedule(table(['Part', 'Visit', 'Dates on site', 'Report issued', 'Assessor'], ['1', 'Reassessment', '14–16 January\n2025', '03/02/2025', 'Dawn Ferreira'], ['2', 'Annual Review\n1', '20 January 2026', '05/02/2026', 'Dawn Ferreira']));
    expect(visits).toEqual([
      { stage: 'reassessment', visitDate: '2025-01-14', reportDate: '2025-02-03', assessors: ['Dawn Ferreira'] },
      { stage: 'review-1', visitDate: '2026-01-20', reportDate: '2026-02-05', assessors: ['Dawn Ferreira'] },
    ]);
  });

  it('reads a schedule of visits, one column a stage, its rows named by their labels', () => {
    const visits = visitSchedule(
      table(['', 'Annual Review 1', 'Annual Review 2'], ['Visit', '04/03/2021 (remote)', '4th Nov 2021 (on site)'], ['Findings reported', '22/03/2021', '19 November 2021'], ['Assessor', 'Deborah Kinsella', 'Deborah Kinsella']),
    );
    expect(visits).toEqual([
      { stage: 'review-1', visitDate: '2021-03-04', reportDate: '2021-03-22', assessors: ['Deborah Kinsella'] },
      { stage: 'review-2', visitDate: '2021-11-04', reportDate: '2021-11-19', assessors: ['Deborah Kinsella'] },
    ]);
    // Columns of stages over rows with no visit's date are not a schedule (an element table's ratings by visit).
    expect(visitSchedule(table(['Element', 'AR1', 'AR2'], ['1.1.1', 'C', 'C+'], ['1.1.2', 'C', 'C']))).toBeUndefined();
  });

  it('reads an element table with a column of ratings per visit', () => {
    const rated = stagedRatings(table(['Element', 'Statement', 'Initial Jun-2023', 'AR Yr 1 Jun-2024'], ['1.1.1', 'We have…', 'C', 'C+'], ['1.1.2', 'We have…', 'PC', 'C']));
    expect(rated?.map((r) => [r.stage, r.code, r.rating])).toEqual([
      ['initial', '1.1.1', 'compliance'],
      ['review-1', '1.1.1', 'compliance-plus'],
      ['initial', '1.1.2', 'partial-compliance'],
      ['review-1', '1.1.2', 'compliance'],
    ]);
  });

  it('gives each stage of a score table with a stage column its own counts', () => {
    const tables = stagedScoreTables(
      table(
        ['Stage', 'Rating', '1 Customer Insight', '2 Culture', '3 Information & Access', '4 Delivery', '5 Timeliness & Quality'],
        ['First Assessment', 'Partial Compliance', '1', '0', '1', '0', '0'],
        ['First Assessment', 'Compliance Plus', '2', '2', '1', '0', '0'],
        ['Annual Review 1', 'Partial Compliance', '0', '0', '0', '0', '1'],
        ['Annual Review 1', 'Compliance Plus', '2', '3', '1', '1', '0'],
      ),
    );
    expect(tables?.map((t) => [t.stage, t.table.byCriterion?.['1']?.partialCompliance, t.table.byCriterion?.['2']?.compliancePlus])).toEqual([
      ['initial', 1, 2],
      ['review-1', 0, 3],
    ]);
  });
});

describe('tables used for layout', () => {
  it('reads a paper laid out as a table of paragraph numbers and paragraphs as its paragraphs', () => {
    const { blocks } = withLayoutTablesAsParagraphs({
      blocks: [table(['1.', 'Purpose of report'], ['1.1', 'To inform Cabinet of the outcome of the Council’s Customer Service Excellence surveillance visit.'], ['4.2', '11 elements were rated Compliance Plus, 44 Compliance and 2 Partial Compliance; there were no non-compliances.'])],
      diagnostics: [],
    });
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('splits a table a PDF ran on into the summary after it, and keeps a reason carried over a page break in its row', () => {
    const { blocks } = withLayoutTablesAsParagraphs({
      blocks: [
        table(
          ['Client', 'Harbourside Borough Council', ''],
          ['The assessment team found that the Council meets the requirements of the standard. The partial compliances should be addressed before the 12-month review, which has been provisionally booked for', 'w/c 11 March 2013', '.'],
          ['Criterion', 'Compliance', 'Compliance Plus'],
          ['', '', 'Dips in performance in the library were not explained to students, and no action was published on the website or in the branches this year.'],
        ),
      ],
      diagnostics: [],
    });
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'paragraph', 'table']);
    expect((blocks[2] as Extract<Block, { kind: 'table' }>).rows).toHaveLength(2);
  });
});
