/**
 * Classes of layout and wording first met in blind set 12 (fixtures/blind12/README.md; the other
 * classes of the set are in blind12-classes.test.ts), each on a small input: findings headed by
 * the element's requirement in the standard's words with no code anywhere; an outliner's page (bullets that hold headings and tables, `key:: value` properties);
 * a criterion's label cut by a page break after its colon; a report in plain words (Easy Read)
 * with a key that says what each word means, its counts as short sentences, its passages naming
 * their element last, pictures described beside the text, and labels centred beside their counts.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../src/document/model.js';
import { ratedInElementSections } from '../src/extract/recognise/element-sections.js';
import { listedElements } from '../src/extract/recognise/rated-lists.js';
import { signOffDate } from '../src/extract/recognise/prose-facts.js';
import { recogniseFields } from '../src/extract/recognise/fields.js';
import { organisationFromTitle } from '../src/extract/recognise/title-organisation.js';
import { readScoreTable } from '../src/extract/score-table.js';
import { withLegend } from '../src/extract/legend.js';
import { meansKeyIn } from '../src/extract/means-key.js';
import { withoutPictureText } from '../src/extract/picture-text.js';
import { countsInProse } from '../src/parse/counts.js';
import { parseDate } from '../src/parse/dates.js';
import { readMarkdown } from '../src/read/markdown.js';
import type { GridTable } from '../src/read/pdf/grid-tables.js';
import { layoutBlocks, type PageLayout } from '../src/read/pdf/layout.js';
import { ELEMENTS } from '../src/standard/catalogue.js';

const heading = (text: string, level = 2): Block => ({ kind: 'heading', level, text, loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const doc = (...blocks: Block[]): Document => ({ blocks, diagnostics: [] });
const statement = (code: string) => ELEMENTS.find((e) => e.code === code)!.statement;
const totals = (nc: number | null, pc: number | null, c: number | null, cp: number | null) => ({ nonCompliance: nc, partialCompliance: pc, compliance: c, compliancePlus: cp });

describe('findings headed by the requirement in the standard\'s words, no code anywhere', () => {
  it('rates the element whose statement heads the finding, by its labelled outcome', () => {
    const rated = ratedInElementSections([
      heading('Achieved Delivery and Outcomes', 3),
      para(statement('4.2.1')),
      para('Customers are told what to expect when they first register.'),
      para('Assessment outcome: Compliance'),
      para(statement('4.2.3').replace(/\.$/, '').split(' ').join('\n')),
      para('No comparison with similar providers has been made yet.'),
      para('Assessment outcome: Partial Compliance'),
    ]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['4.2.1', 'compliance'],
      ['4.2.3', 'partial-compliance'],
    ]);
  });

  it('reads an outliner\'s item: the statement, then its `outcome::` property, then the finding', () => {
    const rated = ratedInElementSections([{ kind: 'list', items: [`${statement('5.3.3')}\noutcome:: Partial Compliance\nThere is no comparison with others.`], loc: { line: 1 } }]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([['5.3.3', 'partial-compliance']]);
  });

  it('never takes a text that only shares words with a statement for it', () => {
    expect(ratedInElementSections([para('We have challenging standards.'), para('Assessment outcome: Compliance')])).toEqual([]);
    expect(ratedInElementSections([para(`${statement('1.1.1')} The profile is refreshed every quarter and set against census tables by the team.`), para('Assessment outcome: Compliance')])).toEqual([]);
  });
});

describe('an outliner\'s page (Logseq): bullets that hold the document\'s headings and tables', () => {
  it('reads a bullet\'s heading as a heading and a table under a bullet as a table', async () => {
    const { blocks } = await readMarkdown('title:: A page\n\n- ## Details\n\t- | Field | Detail |\n\t  |---|---|\n\t  | Assessor | Jo Bloggs |\n- ## Findings\n\t- ### Access\n\t  collapsed:: true\n\t\t- **A statement.**\n\t\t  outcome:: Compliance\n\t\t\t- The finding.\n');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.text)).toEqual(['Details', 'Findings', 'Access']);
    const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables.map((t) => t.rows.map((r) => r.cells))).toEqual([[['Field', 'Detail'], ['Assessor', 'Jo Bloggs']]]);
    expect(blocks.some((b) => b.kind === 'list' && b.items[0] === 'A statement.\noutcome:: Compliance\nThe finding.')).toBe(true);
  });
});

describe('a label a page break cut after its colon (PDF reader)', () => {
  const grid = (page: number, top: number, ...rows: string[][]): GridTable => ({ top, bottom: top - rows.length * 40, columns: [56, 200, 300, 400], rows: rows.map((cells, i) => ({ cells, spansTable: false, top: top - i * 40, page })) });
  const page = (n: number, ...tables: GridTable[]): PageLayout => ({ page: n, items: tables.map((t) => ({ kind: 'table', table: t })) });

  it('joins "Criterion 1:" at the foot of a page to the name on the next', () => {
    const blocks = layoutBlocks([
      page(2, grid(2, 200, ['Criterion', 'C+', 'C'], ['Criterion 1:', '1', '10'])),
      page(3, grid(3, 780, ['Customer Insight', '', ''], ['Criterion 2: Culture', '0', '11'])),
    ]);
    const tables = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells[0])).toEqual(['Criterion', 'Criterion 1:\nCustomer Insight', 'Criterion 2: Culture']);
  });
});

describe('a report in plain words, with a key of what each word means', () => {
  const key = [
    heading('Words we use'),
    para('Very good\nThis means Compliance Plus.\nYou do better than the standard asks.'),
    para('Good\nThis means Compliance.'),
    heading('Needs to get better', 6),
    para('✦\nThis means Partial Compliance.'),
    para('Not good enough – this means Non-Compliance.'),
  ];

  it('reads the key: a word on the line or title before "This means …", or on the same line', () => {
    expect(Object.fromEntries(meansKeyIn(key))).toEqual({ 'very good': 'compliance-plus', good: 'compliance', 'needs to get better': 'partial-compliance', 'not good enough': 'non-compliance' });
  });

  it('reads no key from one word alone, or from a word said to mean two ratings', () => {
    expect(meansKeyIn([para('Good\nThis means Compliance.')]).size).toBe(0);
    expect(meansKeyIn([para('Good\nThis means Compliance.'), para('Good\nThis means Compliance Plus.'), para('Fair\nThis means Partial Compliance.')]).size).toBe(0);
  });

  it('counts by the key\'s words in short sentences, and titles a part by its word', () => {
    const read = withLegend(doc(...key, para('3 things were very good.'), para('50 things were good.'), para('2 things need to get better.'), heading('The very good things')));
    const texts = read.blocks.map((b) => (b.kind === 'table' ? '' : b.kind === 'list' ? b.items.join('\n') : b.text));
    expect(texts.slice(-4)).toEqual(['3 things were Compliance Plus.', '50 things were Compliance.', '2 things were Partial Compliance.', 'The very good things (Compliance Plus)']);
    expect(countsInProse(texts.slice(-4, -1).join('\n')).map((c) => [c.rating, c.count])).toEqual([
      ['compliance-plus', 3],
      ['compliance', 50],
      ['partial-compliance', 2],
    ]);
  });

  it('rates a passage that names its element last under a title that rates, not one that tells of another visit', () => {
    const { rated } = listedElements([
      heading('The things that need to get better (Partial Compliance)'),
      para('You do not compare how you are doing with others.\nIn the standard this is 4.2.3.'),
      para('You do not say how quickly you answer letters.'),
      para('In the standard this is 5.1.1.'),
      para('Last year 2 things needed to get better.'),
      para('Now they are good.'),
      para('In the standard these are 1.3.2 and 4.3.4.'),
    ]);
    expect(rated.map((r) => [r.code, r.rating])).toEqual([
      ['4.2.3', 'partial-compliance'],
      ['5.1.1', 'partial-compliance'],
    ]);
  });

  it('rates a passage\'s elements by its own sentence where it says what they now are, through the key', () => {
    const read = withLegend(doc(...key, heading('The things that need to get better'), para('Last year 2 things needed to get better.\nNow they are good.'), para('In the standard these are 1.3.2 and 4.3.4.')));
    expect(listedElements(read.blocks).rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.3.2', 'compliance'],
      ['4.3.4', 'compliance'],
    ]);
  });

  it('takes out pictures described beside the text, a table of picture and text becoming paragraphs', () => {
    const read = withoutPictureText(doc(
      table(['★\n[Picture: a star]', 'My name is Jo Bloggs.\nI am the assessor.'], ['▦\n[Picture: a calendar]', 'I visited on 3 May 2019.']),
      para('☺\nThank you.\n[Picture: a smiling'),
      para('face]'),
      para('✓ [Picture: a tick] Done.'),
    ));
    expect(read.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['My name is Jo Bloggs.\nI am the assessor.', 'I visited on 3 May 2019.', 'Thank you.', '✓ Done.']);
  });

  it('leaves a document that describes no pictures as it is, its ticks marks', () => {
    const plain = doc(table(['1.1.1', '✓'], ['1.1.2', '✓']), para('★'));
    expect(withoutPictureText(plain)).toBe(plain);
  });

  it('reads a score table whose labels are centred beside their counts, wrapped above and below', () => {
    const read = readScoreTable(
      table(
        ['Part', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'],
        ['Part 1: Knowing the people', '', '', '', ''],
        ['who use the service', '1', '10', '0', '0'],
        ['(Customer Insight)', '', '', '', ''],
        ['Part 2: How you work', '', '', '', ''],
        ['(The Culture of the', '0', '11', '0', '0'],
        ['Organisation)', '', '', '', ''],
        ['Part 3: Information (Information', '', '', '', ''],
        ['and Access)', '0', '12', '0', '0'],
        ['Part 4: Doing it (Delivery)', '0', '12', '1', '0'],
        ['Part 5: On time (Timeliness', '', '', '', ''],
        ['and Quality of Service)', '0', '10', '0', '0'],
        ['All 5 parts', '1', '55', '1', '0'],
      ),
    );
    expect(read?.byCriterion?.['1']).toEqual(totals(0, 0, 10, 1));
    expect(read?.byCriterion?.['2']).toEqual(totals(0, 0, 11, 0));
  });
});

describe('plain-words facts', () => {
  it('dates a report by the date under its signature line', () => {
    expect(signOffDate([para('Thank you.\nJo Bloggs, Assessor, Some Assessors Ltd\nDate: 3 July 2017')])).toBe('2017-07-03');
    expect(signOffDate([para('Jo Bloggs, Lead Assessor, Some'), para('Date: 4 July 2017')])).toBe('2017-07-04');
    expect(signOffDate([para('Jo Bloggs, Manager'), para('Date: 4 July 2017')])).toBeNull();
  });

  it('reads "Evidence portfolio reviewed off site" as the document review\'s date', () => {
    expect(recogniseFields([table(['Evidence portfolio reviewed off site', '19th February 2010'])]).map((f) => [f.kind, f.value])).toEqual([['documentReviewDate', '2010-02-19']]);
  });

  it('reads two days named with their weekdays as the first day', () => {
    expect(parseDate('on Wednesday 14 June and Thursday 15 June 2017')).toBe('2017-06-14');
  });

  it('names the holder a title says the report is about, only where the report names it again', () => {
    const cover = heading('Our report about Open Door Ribble', 6);
    expect(organisationFromTitle([cover, para('Open Door Ribble runs a helpline.'), para('I visited Open Door Ribble in May.')])?.name).toBe('Open Door Ribble');
    expect(organisationFromTitle([cover, para('A helpline.')])).toBeNull();
  });
});
