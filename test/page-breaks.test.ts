/**
 * Tables a PDF's page breaks cut: the reader joins the pieces where the pages alone say so, and
 * element tables join a row the break split where only the table's meaning says so.
 */
import { describe, expect, it } from 'vitest';
import type { Block, TableRow } from '../src/document/model.js';
import { parseAssessorComments, parseJustifiedList, withSplitRowsJoined } from '../src/extract/element-tables.js';
import type { FindingDraft } from '../src/extract/draft.js';
import type { GridTable } from '../src/read/pdf/grid-tables.js';
import { layoutBlocks, type PageLayout } from '../src/read/pdf/layout.js';

const COLUMNS = [56, 300, 540];
/** A bordered table on `page`, its rows 40 pt apart from `top` down (the PDF reader gives every row its page). */
const grid = (page: number, top: number, ...rows: string[][]): GridTable => ({
  top,
  bottom: top - rows.length * 40,
  columns: COLUMNS,
  rows: rows.map((cells, i) => ({ cells, spansTable: false, top: top - i * 40, page })),
});
const page = (page: number, ...tables: GridTable[]): PageLayout => ({ page, items: tables.map((table) => ({ kind: 'table', table })) });
const tablesOf = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('a table over a page break (reader)', () => {
  it('joins a header left alone at the foot of a page to the rows on the next, past an empty row', () => {
    const blocks = layoutBlocks([
      page(3, grid(3, 120, ['Element', 'Assessor Report'])),
      page(4, grid(4, 780, ['', ''], ['3.2.1 We provide information', 'Evidence was seen.'], ['3.2.2 We take steps', 'Met.'])),
    ]);
    const [table, ...others] = tablesOf(blocks);
    expect(others).toHaveLength(0);
    expect(table!.rows.map((r) => [r.cells[0], r.loc.page])).toEqual([
      ['Element', 3],
      ['3.2.1 We provide information', 4],
      ['3.2.2 We take steps', 4],
    ]);
  });

  it('joins a table cut between rows with no header repeated when the next page carries on its numbering', () => {
    const blocks = layoutBlocks([
      page(2, grid(2, 300, ['Element', 'Note'], ['1.1.2', 'Outstanding outreach.'])),
      page(3, grid(3, 780, ['3.4.1', 'Only a draft was shown.'])),
    ]);
    expect(tablesOf(blocks).map((t) => t.rows.map((r) => r.cells[0]))).toEqual([['Element', '1.1.2', '3.4.1']]);
  });

  it('joins a header row cut by the page break into one row, its words carried on in lower case', () => {
    const blocks = layoutBlocks([
      page(1, grid(1, 120, ['', '1 – Custo', '2 – The Orga'])),
      page(2, grid(2, 780, ['', 'mer Insight', 'nisation'], ['Compliance', '8', '10'])),
    ]);
    expect(tablesOf(blocks)[0]!.rows.map((r) => r.cells)).toEqual([
      ['', '1 – Custo\nmer Insight', '2 – The Orga\nnisation'],
      ['Compliance', '8', '10'],
    ]);
  });

  it('drops a row at the top of a page that the table already holds: the header of a second table that ran on from the first', () => {
    const blocks = layoutBlocks([
      page(2, grid(2, 300, ['Element', 'Rating'], ['1.1.1', 'Compliance'], ['3.2.1', 'Compliance'], ['4.2.3', 'Partial'])),
      page(3, grid(3, 780, ['3.2.1', 'Compliance'], ['4.2.4', 'Compliance'])),
    ]);
    expect(tablesOf(blocks).map((t) => t.rows.map((r) => r.cells[0]))).toEqual([['Element', '1.1.1', '3.2.1', '4.2.3', '4.2.4']]);
  });

  it('keeps apart two tables of the same columns when the second neither repeats the header nor carries a row on', () => {
    const blocks = layoutBlocks([
      page(1, grid(1, 300, ['Element', 'Justification'], ['1.1.1', 'Strong evidence.'])),
      page(2, grid(2, 780, ['Criterion', 'Score'], ['1', '4'])),
    ]);
    expect(tablesOf(blocks)).toHaveLength(2);
  });
});

const row = (page: number | undefined, ...cells: string[]): TableRow => ({ cells, loc: page === undefined ? { line: 1 } : { page } });
const table = (...rows: TableRow[]): Block => ({ kind: 'table', rows, loc: rows[0]!.loc });

describe('a row a page break split (element tables)', () => {
  it("joins a blank-coded row that starts a page to the element's row above it", () => {
    const notes: FindingDraft[] = [];
    const comments = parseAssessorComments(
      table(row(3, 'Element', 'Assessor Report'), row(3, '3.1.2 Where there is a charge', 'Outstanding evidence of a wide range of channels.'), row(4, '', 'Compliance Plus.')),
      notes,
    );
    expect(comments?.get('3.1.2')).toBe('Outstanding evidence of a wide range of channels. Compliance Plus.');
    expect(notes).toEqual([]);
  });

  it('joins it in a justification list too, but not a row that names elements or keeps their rating', () => {
    const rated = parseJustifiedList(
      table(
        row(4, 'Element', 'Justification'),
        row(4, '1.1.1', 'Clear evidence of satisfaction has risen.'),
        row(5, '', 'This is an exemplar for other organisations.'),
        row(5, '4.2.4', 'Clear evidence of benchmarking.'),
        row(6, '', 'Elements previously identified as CP (ie 121, 122) all remain CP.'),
      ),
      'compliance-plus',
      [],
    );
    const remain = 'Elements previously identified as CP (ie 121, 122) all remain CP.';
    expect(rated?.map((r) => [r.code, r.justification])).toEqual([
      ['1.1.1', 'Clear evidence of satisfaction has risen. This is an exemplar for other organisations.'],
      ['4.2.4', 'Clear evidence of benchmarking.'],
      ['1.2.1', remain],
      ['1.2.2', remain],
    ]);
  });

  it('joins a blank-coded row that starts a page to a blank-coded row above that names its elements in its text', () => {
    const rated = parseJustifiedList(
      table(
        row(4, 'Element', 'Justification'),
        row(4, '', 'Elements previously identified as CP (ie 134, 222) all remain CP.'),
        row(5, '', 'No further CP elements were identified at this review'),
      ),
      'compliance-plus',
      [],
    );
    const whole = 'Elements previously identified as CP (ie 134, 222) all remain CP. No further CP elements were identified at this review';
    expect(rated?.map((r) => [r.code, r.justification])).toEqual([
      ['1.3.4', whole],
      ['2.2.2', whole],
    ]);
  });

  it('leaves a blank-coded row on the same page, or in a format without pages, for a finding', () => {
    const samePage = [row(4, '1.1.1', 'Evidence.'), row(4, '', 'A note.')];
    expect(withSplitRowsJoined(samePage)).toEqual(samePage);
    const noPages = [row(undefined, '1.1.1', 'Evidence.'), row(undefined, '', 'A note.')];
    expect(withSplitRowsJoined(noPages)).toEqual(noPages);
    const notes: FindingDraft[] = [];
    parseAssessorComments(table(row(4, 'Element', 'Assessor Report'), ...samePage), notes);
    expect(notes.map((n) => n.rule)).toEqual(['unreadable-element-code']);
  });
});
