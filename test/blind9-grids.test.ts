/**
 * Classes of layout first met in blind set 9 (fixtures/blind9/README.md), each on a small input:
 * element rows numbered within a sub-criterion whose title is a row merged across the one long
 * table; a heat-map of cells each holding an element's code and a one-letter mark a key defines,
 * its rows perhaps wrapped by a PDF's reader; a "pre-visit" date that is not the visit's.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { withLayoutTablesAsParagraphs } from '../src/extract/layout-tables.js';
import { legendIn, withLegend } from '../src/extract/legend.js';
import { visitDateInProse } from '../src/extract/recognise/prose-facts.js';
import { headerOnly, readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { isSubCriterionTitle, withSubCriterionCodes } from '../src/extract/recognise/split-codes.js';
import { subCriterionGrid } from '../src/extract/recognise/sub-criterion-grid.js';
import { withWrappedCodeRowsJoined } from '../src/extract/wrapped-code-rows.js';

type Table = Extract<Block, { kind: 'table' }>;
const table = (...rows: string[][]): Table => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const heading = (text: string): Block => ({ kind: 'heading', level: 6, text, loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const list = (...items: string[]): Block => ({ kind: 'list', items, loc: { line: 1 } });
const document = (...blocks: Block[]) => ({ blocks, diagnostics: [] });

describe('element rows numbered under a sub-criterion row merged across one long table', () => {
  // Word splits the table at each merged row: the header stands alone, each sub-criterion's rows under its title.
  const statement = 'We make sure that the service reaches every group of customers it is there to serve.';
  const header = table(['No.', 'Requirement', 'Rating', 'Evidence']);
  const rows = table(['1', statement, 'Compliance', 'Plans seen.'], ['2', statement, 'Partial Compliance', 'Not yet for all groups.'], ['3', statement, 'Compliance', 'Interviews.']);

  it('keeps rows of numbered statements with a rating column as a table, not as paragraphs', () => {
    const read = withLayoutTablesAsParagraphs(document(rows));
    expect(read.blocks[0]).toBe(rows);
    // Numbered paragraphs with no ratings are still paragraphs.
    const prose = table(['1', statement], ['2', statement], ['3', statement]);
    expect(withLayoutTablesAsParagraphs(document(prose)).blocks[0]!.kind).toBe('paragraph');
  });

  it('reads a table with no header row of its own as element numbers of the sub-criterion titled above it', () => {
    const blocks = [header, heading('CRITERION 4 – DELIVERY'), heading('4.2 Achieved Delivery and Outcomes'), rows];
    const coded = withSubCriterionCodes(blocks, 3, rows);
    expect(coded.rows.map((r) => r.cells[0])).toEqual(['4.2.1', '4.2.2', '4.2.3']);
    const reading = readElementRatingTable(coded, [], headerOnly(header));
    expect(reading?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['4.2.1', 'compliance'],
      ['4.2.2', 'partial-compliance'],
      ['4.2.3', 'compliance'],
    ]);
    expect(isSubCriterionTitle('4.2 Achieved Delivery and Outcomes')).toBe(true);
    expect(isSubCriterionTitle('4.2.1 We agree with our customers')).toBe(false);
    // 3.1 has two elements: a third row is none of its, and the rows are left as they are.
    const three = [heading('3.1 Range of Information'), rows];
    expect(withSubCriterionCodes(three, 1, rows)).toBe(rows);
  });
});

describe('a heat-map of cells holding a code and a mark the key defines', () => {
  const key = list('🟦 X – Compliance Plus (beyond the requirement)', '🟩 M – Compliance (meets it)', '🟨 H – Partial Compliance (half met)', '🟥 Z – Non-Compliance (not met)');
  const grid = () =>
    table(
      ['Sub-criterion', 'El. 1', 'El. 2', 'El. 3', 'El. 4'],
      ['2.2 Staff Professionalism and Attitude', '🟩 2.2.1 M', '🟦 2.2.2 X', '🟩 2.2.3 M', '🟨 2.2.4 H'],
      ['3.3 Access', '🟩 3.3.1 M', '🟥 3.3.2 Z', '🟩 3.3.3 M', ''],
      ['4.1 Delivery Standards', '4.1.1 M', '4.1.2 M', '4.1.3 M', ''],
    );

  it('reads a key given as a list whose items explain each rating in brackets', () => {
    expect(Object.fromEntries(legendIn(document(key).blocks))).toEqual({ x: 'compliance-plus', m: 'compliance', h: 'partial-compliance', z: 'non-compliance' });
  });

  it('reads each cell by the key, the element by its row and column, and the code the cell writes agreeing', () => {
    const read = withLegend(document(key, grid())).blocks[1] as Table;
    const reading = subCriterionGrid(read);
    expect(reading?.rated.map((r) => `${r.code}:${r.rating}`)).toEqual([
      '2.2.1:compliance',
      '2.2.2:compliance-plus',
      '2.2.3:compliance',
      '2.2.4:partial-compliance',
      '3.3.1:compliance',
      '3.3.2:non-compliance',
      '3.3.3:compliance',
      '4.1.1:compliance',
      '4.1.2:compliance',
      '4.1.3:compliance',
    ]);
  });

  it('reads no rating from a cell naming another element than its place in the grid', () => {
    const wrong = table(['Sub-criterion', '1', '2', '3'], ['1.1', '1.1.1 C', '1.1.3 C', '1.1.2 C'], ['1.2', '1.2.1 C', '1.2.2 C', '1.2.3 C'], ['1.3', '1.3.1 C', '1.3.2 C', '1.3.3 C'], ['2.1', '2.1.1 C', '2.1.2 C', '2.1.3 C']);
    const reading = subCriterionGrid(wrong);
    expect(reading?.rated).toHaveLength(10);
    expect(reading?.rated.map((r) => r.code)).not.toContain('1.1.2');
    expect(reading?.notes.filter((n) => n.rule === 'incomplete-reading').flatMap((n) => n.elements)).toEqual(['1.1.2', '1.1.3']);
  });

  it('leaves a coloured table of figures that are no elements as it is', () => {
    const figures = table(['Centre', '2019/20', '2020/21'], ['North', '🟩 96%', '🟩 94%'], ['South', '🟨 91%', '🟩 93%']);
    expect((withLegend(document(key, figures)).blocks[1] as Table).rows).toEqual(figures.rows);
  });

  it('joins a row a PDF reader split where the title wrapped: codes on one line, marks on the next', () => {
    const split = table(['2.2 Staff Professionalism', '2.2.1', '2.2.2', ''], ['and Attitude', 'M', 'X', ''], ['3.3 Access', '3.3.1 M', '3.3.2 M', '3.3.3 M']);
    const joined = withWrappedCodeRowsJoined(document(split)).blocks[0] as Table;
    expect(joined.rows.map((r) => r.cells)).toEqual([
      ['2.2 Staff Professionalism and Attitude', '2.2.1 M', '2.2.2 X', ''],
      ['3.3 Access', '3.3.1 M', '3.3.2 M', '3.3.3 M'],
    ]);
    // A next row that is a row of its own (a code in a cell the row above left empty) is not taken in.
    const own = table(['2.2 Staff', '2.2.1', '2.2.2', ''], ['', 'M', 'X', 'M']);
    expect(withWrappedCodeRowsJoined(document(own)).blocks[0]).toBe(own);
  });
});

describe('dates before the visit', () => {
  it('does not take a pre-visit review’s date for the visit’s', () => {
    expect(visitDateInProse([list('Pre-visit evidence review: 1 March 2021', 'Report: 26 March 2021')])).toBeNull();
    expect(visitDateInProse([para('The visit took place on 9 March 2021.')])).toBe('2021-03-09');
  });
});
