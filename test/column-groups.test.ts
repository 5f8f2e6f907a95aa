/**
 * Element tables set in groups of columns side by side ("El. | Rating | El. | Rating"), and rows
 * that hold several elements one a line ("3.4.2⏎3.4.3 | C⏎C"): each group read as a table of its
 * own, each line as a row; tables that only look alike left as they are.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block, Document } from '../src/document/model.js';
import { withColumnGroupsStacked } from '../src/extract/column-groups.js';
import { withStackedRowsParted } from '../src/extract/stacked-rows.js';
import { allElementCodes } from '../src/standard/catalogue.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const doc = (...blocks: Block[]): Document => ({ blocks, diagnostics: [] });
const rowsOf = (d: Document) => d.blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : []));

describe('an element table set in groups of columns side by side', () => {
  it('becomes one table a group, headers over each, empty cells at the foot dropped', () => {
    const grouped = table(
      ['Code', 'Rating', '', 'Code', 'Rating'],
      ['1.1.1', 'C', '', '1.2.2', 'C+'],
      ['1.1.2', 'PC', '', '1.2.3', 'C'],
      ['1.1.3', 'C', '', '', ''],
      ['1.2.1', 'C', '', '', ''],
    );
    expect(rowsOf(withColumnGroupsStacked(doc(grouped)))).toEqual([
      [['Code', 'Rating'], ['1.1.1', 'C'], ['1.1.2', 'PC'], ['1.1.3', 'C'], ['1.2.1', 'C']],
      [['Code', 'Rating'], ['1.2.2', 'C+'], ['1.2.3', 'C']],
    ]);
  });

  it('is told by ratings in the same column of each group where no header repeats', () => {
    const grouped = table(
      ['Criterion 1', 'Criterion 1', 'Criterion 2', 'Criterion 2'],
      ['1.1.1', 'Compliant', '2.1.1', 'Compliant'],
      ['1.1.2', 'Partial Compliance', '2.1.2', 'Compliant'],
      ['1.1.3', 'Compliant', '2.1.3', 'Compliance Plus'],
    );
    expect(withColumnGroupsStacked(doc(grouped)).blocks).toHaveLength(2);
  });

  it('leaves a table with one code column, a column of related elements, or lists of codes as it is', () => {
    const related = table(
      ['Element', 'Rating', 'Related element', 'Note'],
      ['1.1.1', 'C', '2.1.1', 'see the note on insight'],
      ['1.1.2', 'C+', '3.2.1', 'shared evidence'],
      ['1.1.3', 'C', '4.1.2', 'Compliance at the last visit'],
    );
    const lists = table(['C+', 'PC'], ['1.1.2', '3.2.2'], ['2.1.6', '4.1.3'], ['4.3.4', '5.1.1']);
    const visits = table(['Element', '2019', '2020', '2021'], ['1.1.1', 'C', 'C', 'C+'], ['1.1.2', 'C', 'PC', 'C'], ['1.1.3', 'C', 'C', 'C']);
    for (const t of [related, lists, visits]) expect(withColumnGroupsStacked(doc(t)).blocks).toEqual([t]);
  });

  it('gives every element of a report whose only ratings are such a table its rating, stated', async () => {
    const codes = allElementCodes();
    const byCriterion = [1, 2, 3, 4, 5].map((n) => codes.filter((c) => c.startsWith(`${n}.`)));
    const height = Math.max(...byCriterion.map((c) => c.length));
    const rating = (code: string) => (code === '3.2.2' ? 'PC' : code === '2.1.6' ? 'C+' : 'C');
    const rows = Array.from({ length: height }, (_, i) => `| ${byCriterion.map((c) => (c[i] ? `${c[i]} | ${rating(c[i])}` : ' | ')).join(' | ')} |`);
    const path = join(mkdtempSync(join(tmpdir(), 'cse-column-groups-')), 'grouped.md');
    writeFileSync(
      path,
      [
        '# Customer Service Excellence Annual Review Report',
        '',
        'Organisation: Brackenfold Housing Trust',
        '',
        'Assessment type: Annual Review 1',
        '',
        `| ${[1, 2, 3, 4, 5].map((n) => `Crit ${n} | Rating`).join(' | ')} |`,
        `|${' --- |'.repeat(10)}`,
        ...rows,
        '',
      ].join('\n'),
    );
    const record = await extract(path);
    const elements = record.assessments[0]?.elements ?? [];
    expect(elements).toHaveLength(57);
    expect(elements.every((e) => e.basis === 'stated')).toBe(true);
    expect(elements.find((e) => e.code === '3.2.2')?.rating).toBe('partial-compliance');
    expect(elements.find((e) => e.code === '2.1.6')?.rating).toBe('compliance-plus');
    expect(elements.find((e) => e.code === '5.3.3')?.rating).toBe('compliance');
  });
});

describe('a row that holds several elements, one a line', () => {
  it('becomes a row a line where every filled cell has as many lines and one rates each', () => {
    const t = table(['El.', 'Rating'], ['3.4.1', 'C'], ['3.4.2\n3.4.3', 'C\nPC']);
    expect(rowsOf(withStackedRowsParted(doc(t)))).toEqual([[['El.', 'Rating'], ['3.4.1', 'C'], ['3.4.2', 'C'], ['3.4.3', 'PC']]]);
  });

  it('is left whole where the lines do not pair up', () => {
    const uneven = table(['El.', 'Rating', 'Comment'], ['3.4.2\n3.4.3', 'C\nPC', 'one line of comment for both\nwrapped\nover three']);
    const unrated = table(['El.', 'Note'], ['3.4.2\n3.4.3', 'see the\nnarrative']);
    for (const t of [uneven, unrated]) expect(withStackedRowsParted(doc(t)).blocks).toEqual([t]);
  });
});
