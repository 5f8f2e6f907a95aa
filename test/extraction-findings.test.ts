/** What extraction reports itself, for facts the record cannot hold: a wrong code, a second rating, a contradicting heading. */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { assembleAssessment } from '../src/extract/assemble.js';
import type { FindingDraft } from '../src/extract/draft.js';
import { parseJustifiedList } from '../src/extract/element-tables.js';
import { extractDraft } from '../src/extract/index.js';
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

  it('reports element-rated-twice where assembly meets two ratings of one element', () => {
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

  it('leaves an element the report rates twice, differently, without a rating, and says so', () => {
    const blocks: Block[] = [
      { kind: 'heading', level: 1, text: 'Customer Service Excellence Initial Assessment Report', loc: { line: 1 } },
      { kind: 'heading', level: 2, text: 'Compliance Plus', loc: { line: 3 } },
      table(['Element', 'Justification'], ['2.1.6', 'A real strength.'], ['1.1.1', 'Exceptional insight.']),
      { kind: 'heading', level: 2, text: 'Partial Compliance', loc: { line: 20 } },
      { kind: 'table', rows: [{ cells: ['Element', 'Justification'], loc: { line: 21 } }, { cells: ['2.1.6', 'Not yet shown.'], loc: { line: 22 } }], loc: { line: 21 } },
    ];
    const draft = extractDraft({ blocks, diagnostics: [] }, 'twice.md');
    const elements = draft.assessments.flatMap((a) => a.elements.map((e) => [e.code, e.rating]));
    expect(elements).toContainEqual(['1.1.1', 'compliance-plus']);
    expect(elements.some(([code]) => code === '2.1.6')).toBe(false);
    expect(draft.notes.filter((n) => n.rule === 'element-rated-twice')).toMatchObject([{ elements: ['2.1.6'], severity: 'error' }]);
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
