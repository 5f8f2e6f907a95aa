/**
 * Findings recorded per sub-criterion (first met in blind set 8): one row per sub-criterion, its
 * element codes listed in one cell and one judgement for them all, exceptions named in it; and
 * counts by sub-criterion with a total row for each criterion and one for the whole standard.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { readScoreTable } from '../src/extract/score-table.js';
import type { FindingDraft } from '../src/extract/draft.js';
import { groupJudgement } from '../src/parse/group-judgement.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const totals = (nc: number | null, pc: number | null, c: number | null, cp: number | null) => ({ nonCompliance: nc, partialCompliance: pc, compliance: c, compliancePlus: cp });

describe('one judgement for a group of listed elements', () => {
  const listed = ['3.4.1', '3.4.2', '3.4.3'];
  const read = (cell: string) => {
    const map = groupJudgement(cell, listed);
    return map ? Object.fromEntries(map) : null;
  };

  it('rates every listed element, a named exception rating its element instead, in any order and spelling', () => {
    const plusSecond = { '3.4.1': 'compliance', '3.4.2': 'compliance-plus', '3.4.3': 'compliance' };
    const partialThird = { '3.4.1': 'compliance', '3.4.2': 'compliance', '3.4.3': 'partial-compliance' };
    expect(read('Fully compliant')).toEqual({ '3.4.1': 'compliance', '3.4.2': 'compliance', '3.4.3': 'compliance' });
    expect(read('Compliant (all elements)')).toEqual({ '3.4.1': 'compliance', '3.4.2': 'compliance', '3.4.3': 'compliance' });
    expect(read('Compliance; 3.4.2 Compliance Plus')).toEqual(plusSecond);
    expect(read('Compliance;\nCompliance Plus for 3.4.2')).toEqual(plusSecond);
    expect(read('Compliant, except\n3.4.3: Partially\nCompliant')).toEqual(partialThird);
    expect(read('All compliant except 3.4.3 (PC)')).toEqual(partialThird);
    expect(read('All compliant but 3.4.3 (partial)')).toEqual(partialThird);
    expect(read('3.4.2 C+, 3.4.3 PC; all others Compliant')).toEqual({ '3.4.1': 'compliance', '3.4.2': 'compliance-plus', '3.4.3': 'partial-compliance' });
    expect(read('Compliant except 3.4.2 and 3.4.3: Non Compliant')).toEqual({ '3.4.1': 'compliance', '3.4.2': 'non-compliance', '3.4.3': 'non-compliance' });
  });

  it('gives none for a remark, an element not listed, two ratings for the rest or a listed element left unrated', () => {
    expect(read('Compliant; 3.4.2 could become Compliant Plus')).toBeNull();
    expect(read('Compliant (see 3.4.2 in the self-assessment)')).toBeNull();
    expect(read('Compliant; 4.1.1 Compliant Plus')).toBeNull();
    expect(read('Compliant; Partially Compliant')).toBeNull();
    expect(read('3.4.2 Compliance Plus')).toBeNull();
    expect(read('Compliant 3.4.2 Compliance Plus Partially Compliant')).toBeNull();
  });

  it('rates each element a sub-criterion row lists under the table\'s judgement column', () => {
    const notes: FindingDraft[] = [];
    const reading = readElementRatingTable(
      table(
        ['Sub-criterion', 'Elements', 'Judgement', 'Findings'],
        ['3.4 Some sub-criterion', '3.4.1\n3.4.2\n3.4.3', 'Compliant; 3.4.2 Compliant Plus', 'Some findings.'],
        ['4.1 Another', '4.1.1\n4.1.2\n4.1.3', 'Compliant', 'More findings.'],
        ['4.2 A third', '4.2.1, 4.2.2, 4.2.3, 4.2.4', 'Compliant, except 4.2.4: Partially Compliant', 'Findings.'],
      ),
      notes,
    );
    const rated = Object.fromEntries((reading?.rated ?? []).map((r) => [r.code, r.rating]));
    expect(rated).toEqual({
      '3.4.1': 'compliance', '3.4.2': 'compliance-plus', '3.4.3': 'compliance',
      '4.1.1': 'compliance', '4.1.2': 'compliance', '4.1.3': 'compliance',
      '4.2.1': 'compliance', '4.2.2': 'compliance', '4.2.3': 'compliance', '4.2.4': 'partial-compliance',
    });
    expect(notes).toEqual([]);
  });
});

describe('counts by sub-criterion with a total for each criterion', () => {
  const rows = [
    ['Sub-criterion', 'Compliant Plus', 'Compliant', 'Partially Compliant', 'Non Compliant', 'Elements'],
    ['1.1 First', '0', '3', '0', '0', '3'], ['1.2 Second', '1', '2', '0', '0', '3'], ['1.3 Third', '0', '4', '1', '0', '5'],
    ['Criterion 1 total', '1', '9', '1', '0', '11'],
    ['2.1 First', '0', '6', '0', '0', '6'], ['2.2 Second', '0', '5', '0', '0', '5'],
    ['Criterion 2 total', '0', '11', '0', '0', '11'],
    ['3.1 First', '0', '12', '0', '0', '12'],
    ['Criterion 3 total', '0', '12', '0', '0', '12'],
    ['4.1 First', '2', '11', '0', '0', '13'],
    ['Criterion 4 total', '2', '11', '0', '0', '13'],
    ['5.1 First', '0', '10', '0', '0', '10'],
    ['Criterion 5 total', '0', '10', '0', '0', '10'],
    ['Whole standard', '3', '53', '1', '0', '57'],
  ];
  it('reads the criteria from their total rows and the overall counts from the whole standard\'s, not a sub-criterion row as a criterion', () => {
    const read = readScoreTable(table(...rows));
    expect(read?.byCriterion?.['1']).toEqual(totals(0, 1, 9, 1));
    expect(read?.byCriterion?.['4']).toEqual(totals(0, 0, 11, 2));
    expect(Object.keys(read?.byCriterion ?? {})).toEqual(['1', '2', '3', '4', '5']);
    expect(read?.overall).toEqual(totals(0, 1, 53, 3));
  });
  it('reads no criterion from sub-criterion rows alone', () => {
    expect(readScoreTable(table(...rows.filter((r) => !r[0]!.startsWith('Criterion')))) ?? null).toBeNull();
  });
});
