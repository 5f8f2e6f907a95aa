/** What extraction reports itself, for facts the record cannot hold: a wrong code, a second rating, a contradicting heading. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { assembleAssessment } from '../src/extract/assemble.js';
import type { FindingDraft } from '../src/extract/draft.js';
import { parseJustifiedList } from '../src/extract/element-tables.js';
import { headingsNamingOtherStage } from '../src/extract/stage-headings.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: 10 + i } })), loc: { line: 10 } });

describe('extraction findings', () => {
  it('reports a code the standard lacks as element-in-standard, and records no rating for it', () => {
    const notes: FindingDraft[] = [];
    const rated = parseJustifiedList(table(['Element', 'Justification'], ['1.4.1', 'reason'], ['1.1.1', 'reason']), 'compliance-plus', notes);
    expect(rated?.map((r) => r.code)).toEqual(['1.1.1']);
    expect(notes).toMatchObject([{ rule: 'element-in-standard', severity: 'error', location: { line: 11 } }]);
  });

  it('flags rows that say the element keeps its rating ("all remain CP"), and no others', () => {
    const rated = parseJustifiedList(table(['Element', 'Justification'], ['', 'Elements previously identified as CP (ie 111,113) all remain CP'], ['112', 'remains a real strength of the council']), 'compliance-plus', []);
    expect(rated?.map((r) => [r.code, r.carriedOver])).toEqual([
      ['1.1.1', true],
      ['1.1.3', true],
      ['1.1.2', false],
    ]);
  });

  it('keeps the first of two ratings of one element and reports element-rated-twice', () => {
    const notes: FindingDraft[] = [];
    const assessment = assembleAssessment(
      {
        stage: 'initial',
        reportDate: null,
        visitDate: null,
        documentReviewDate: null,
        assessors: [],
        statedTotals: { byCriterion: null, overall: null },
        rated: [
          { code: '2.1.6', rating: 'partial-compliance', justification: 'gap', loc: { line: 5 } },
          { code: '2.1.6', rating: 'compliance-plus', justification: 'strength', loc: { line: 9 } },
        ],
        recommendation: null,
        proseCounts: [],
        keyStrengths: [],
        carriedOver: [],
        previousVisit: null,
      },
      notes,
    );
    expect(assessment.elements).toMatchObject([{ code: '2.1.6', rating: 'partial-compliance' }]);
    expect(notes).toMatchObject([{ rule: 'element-rated-twice', severity: 'error', elements: ['2.1.6'], location: { line: 9 } }]);
  });

  it('reports a heading naming another stage, and not one naming the same stage', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 2, text: 'Annual Review Year 1 findings', loc: { line: 3 } },
      { kind: 'heading', level: 2, text: '8. Compliance against the Customer Service Excellence Standard Year 2', loc: { line: 238 } },
    ];
    expect(headingsNamingOtherStage(blocks, 'review-1')).toMatchObject([{ rule: 'heading-contradicts-stage', stage: 'review-1', location: { line: 238 } }]);
    expect(headingsNamingOtherStage(blocks, 'unknown')).toEqual([]);
  });
});
