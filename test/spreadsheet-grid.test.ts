/**
 * A worksheet printed with its row and column headings (letters over the grid, row numbers down
 * its side), its summary blocks (counts and points by rating, counts by criterion) on the same
 * grid; a points column beside a count column; a count placed in another visit by the words
 * right after it ("the two Compliance Plus ratings from 2019").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { parseTotalsTable } from '../src/extract/score-table.js';
import { columnLetters, withSpreadsheetGridsRead } from '../src/extract/spreadsheet-grid.js';
import { countsInProse } from '../src/parse/counts.js';

const table = (...rows: string[][]): Extract<Block, { kind: 'table' }> => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const heading = (text: string): Block => ({ kind: 'heading', level: 2, text, loc: { line: 1 } });
const document = (...blocks: Block[]) => ({ blocks, diagnostics: [] });
const cellsOf = (block: Block | undefined) => (block?.kind === 'table' ? block.rows.map((r) => r.cells) : block);

describe('a worksheet printed with its row and column headings', () => {
  it('names columns as a spreadsheet does', () => {
    expect([0, 2, 25, 26, 27].map(columnLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AB']);
  });

  it('drops the letters and the row numbers, writes a banner once, and cuts the summary blocks into tables of their own', () => {
    const grid = table(
      ['', 'A', 'B', 'C', 'D', 'E'],
      ['1', 'Code', 'Statement', 'Rating', 'Points', ''],
      ['2', 'Criterion 4 – Delivery', 'Criterion 4 – Delivery', 'Criterion 4 – Delivery', 'Criterion 4 – Delivery', 'Criterion 4 – Delivery'],
      ['3', '4.1.1', 'We have challenging standards…', 'Compliant', '2', ''],
      ['4', '4.1.2', 'We monitor and meet our standards…', 'Compliance Plus', '3', ''],
      ['1', 'Code', 'Statement', 'Rating', 'Points', ''],
      ['5', '', '', '', '', ''],
      ['6', 'Totals', 'Totals', 'Totals', 'Totals', 'Totals'],
      ['7', '', 'Rating', 'Count', 'Points', ''],
      ['8', '', 'Compliance Plus', '1', '3', ''],
      ['9', '', 'Compliant', '1', '2', ''],
      ['10', '', '', '', '', ''],
      ['11', '', 'Criterion', 'C+', 'C', 'PC'],
      ['12', '', 'Criterion 4', '1', '1', '0'],
    );
    const read = withSpreadsheetGridsRead(document(grid)).blocks;
    expect(read.map(cellsOf)).toEqual([
      [
        ['Code', 'Statement', 'Rating', 'Points'],
        ['Criterion 4 – Delivery', '', '', ''],
        ['4.1.1', 'We have challenging standards…', 'Compliant', '2'],
        ['4.1.2', 'We monitor and meet our standards…', 'Compliance Plus', '3'],
      ],
      { kind: 'heading', level: 3, text: 'Totals', loc: { line: 8 } },
      [
        ['Rating', 'Count', 'Points'],
        ['Compliance Plus', '1', '3'],
        ['Compliant', '1', '2'],
      ],
      [
        ['Criterion', 'C+', 'C', 'PC'],
        ['Criterion 4', '1', '1', '0'],
      ],
    ]);
  });

  it('reads a piece cut off at a page break, whose row numbers carry on, as rows of the grid', () => {
    const head = table(['', 'A', 'B', 'C'], ['1', 'Code', 'Rating', 'Points'], ['2', '1.1.1', 'Compliant', '2']);
    const piece = table(['3', '1.1.2', 'Compliant', '2'], ['4', '1.1.3', 'Partial', '1']);
    expect(withSpreadsheetGridsRead(document(head, piece)).blocks.map(cellsOf)).toEqual([
      [
        ['Code', 'Rating', 'Points'],
        ['1.1.1', 'Compliant', '2'],
      ],
      [
        ['1.1.2', 'Compliant', '2'],
        ['1.1.3', 'Partial', '1'],
      ],
    ]);
    // Not after a new section, nor where the numbers start again.
    expect(withSpreadsheetGridsRead(document(head, heading('Action plan'), piece)).blocks[2]).toBe(piece);
    expect(withSpreadsheetGridsRead(document(head, table(['1', 'Review the charter'], ['2', 'Publish targets']))).blocks[1]).toMatchObject({ rows: [{ cells: ['1', 'Review the charter'] }, { cells: ['2', 'Publish targets'] }] });
  });

  it('leaves alone a table that is no printed grid', () => {
    const options = table(['', 'A', 'B', 'C'], ['Option', 'Yes', 'No', 'Maybe']);
    const numbered = table(['1', '1.1.1', 'Compliant'], ['2', '1.1.2', 'Compliant']);
    const twoLetters = table(['', 'A', 'B'], ['1', 'x', 'y'], ['2', 'z', 'w']);
    const doc = document(options, numbered, twoLetters);
    expect(withSpreadsheetGridsRead(doc)).toBe(doc);
  });
});

describe('a points column beside the counts', () => {
  it('reads the counts and never the points', () => {
    expect(parseTotalsTable(table(['Rating', 'Count', 'Pts'], ['C+', '4', '12'], ['C', '51', '102'], ['PC', '2', '2'], ['NC', '0', '0'], ['Total', '57', '116']))).toEqual({
      compliancePlus: 4,
      compliance: 51,
      partialCompliance: 2,
      nonCompliance: 0,
    });
    // Points alone are no counts.
    expect(parseTotalsTable(table(['Rating', 'Pts'], ['C+', '12'], ['C', '102'], ['PC', '2']))).toBeUndefined();
  });
});

describe('a count placed in another visit by the words after it', () => {
  it('is not a count of this visit', () => {
    expect(countsInProse('The two Compliance Plus ratings from 2019 are confirmed, and a third is added.')).toEqual([]);
    expect(countsInProse('The three partial compliances recorded at the previous review have been cleared.')).toEqual([]);
    expect(countsInProse('There are three Compliance Plus ratings and two Partial Compliances.').map((c) => [c.rating, c.count])).toEqual([
      ['compliance-plus', 3],
      ['partial-compliance', 2],
    ]);
  });
});

describe('a report whose ratings are in a printed worksheet', () => {
  it('reads the ratings under the real header and the totals from the sheet\'s summary, not the row numbers or points', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cse-grid-'));
    const codes = ['1.1.1', '1.1.2', '1.1.3', '1.2.1'];
    const rows = codes.map((code, i) => `| ${i + 3} | ${code} | ${code.slice(0, 3)} | E0${i} | ${i === 1 ? 'C+' : 'C'} | ${i === 1 ? 3 : 2} |`);
    const markdown = [
      '# Customer Service Excellence Annual Review Report',
      '',
      'Organisation: Brackenfield Library Service',
      '',
      'Visit type: First annual review',
      '',
      'Assessor: Jo Smith',
      '',
      '| | A | B | C | D | E |',
      '|---|---|---|---|---|---|',
      '| 1 | Ref | Sub-crit | Evidence ref | Rating | Pts |',
      '| 2 | CRITERION 1 | CRITERION 1 | CRITERION 1 | CRITERION 1 | CRITERION 1 |',
      ...rows,
      '| 7 | | | | | |',
      '| 8 | | | Rating | Count | Pts |',
      '| 9 | | | C+ | 1 | 3 |',
      '| 10 | | | C | 3 | 6 |',
      '',
    ].join('\n');
    const path = join(dir, 'grid.md');
    writeFileSync(path, markdown);
    const report = await extract(path);
    const [stage] = report.assessments;
    expect(stage?.elements.map((e) => [e.code, e.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance-plus'],
      ['1.1.3', 'compliance'],
      ['1.2.1', 'compliance'],
    ]);
    expect(stage?.statedTotals.overall).toMatchObject({ compliancePlus: 1, compliance: 3 });
    expect(report.findings.filter((f) => f.rule === 'unreadable-element-code')).toEqual([]);
  });
});
