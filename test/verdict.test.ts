/** A stage's one-line verdict: never "meets" on a reading in part, and a breach the named elements already show. */
import { describe, expect, it } from 'vitest';
import { verdictLine, verdictOf } from '../src/check/verdict.js';
import { partialComplianceWithinTolerance } from '../src/rules/partial-compliance-within-tolerance.js';
import type { Assessment, Finding, Report } from '../src/schema/report.js';
import { allElementCodes } from '../src/standard/catalogue.js';
import { DEFAULT_SCHEME } from '../src/standard/scheme.js';

const complete = (overrides: Partial<Assessment> = {}): Assessment => ({
  stage: 'review-1',
  status: 'completed',
  reportDate: '2024-01-10',
  visitDate: null,
  documentReviewDate: null,
  assessors: ['Jane Whitaker'],
  statedTotals: { byCriterion: null, overall: null },
  elements: allElementCodes().map((code) => ({ code, rating: 'compliance', basis: 'stated', justification: null })),
  ...overrides,
});
const incomplete: Finding = { rule: 'incomplete-reading', severity: 'warning', message: '43 of 57 elements have a rating.', stage: 'review-1', criterion: null, elements: [] };

describe('verdict', () => {
  it('meets the standard on a stage read in full', () => {
    expect(verdictOf(complete(), DEFAULT_SCHEME, { findings: [] }).meets).toBe(true);
  });

  it('cannot tell on a stage read only in part, and says why', () => {
    const partial = complete({ elements: complete().elements.slice(0, 43) });
    const verdict = verdictOf(partial, DEFAULT_SCHEME, { findings: [incomplete] });
    expect(verdict.meets).toBeNull();
    expect(verdictLine(verdict)).toMatch(/read only in part/);
  });

  it('does not meet it where three partials are named in criterion 1, though the other ratings were not read', () => {
    const partial = complete({
      elements: [
        { code: '1.1.1', rating: 'partial-compliance', basis: 'stated', justification: 'a' },
        { code: '1.1.2', rating: 'partial-compliance', basis: 'stated', justification: 'b' },
        { code: '1.2.1', rating: 'partial-compliance', basis: 'stated', justification: 'c' },
      ],
    });
    const verdict = verdictOf(partial, DEFAULT_SCHEME, { findings: [incomplete] });
    expect(verdict.meets).toBe(false);
    expect(verdictLine(verdict)).toMatch(/at least 3 partial compliances in criterion 1/);
    const report = { assessments: [partial], findings: [] } as unknown as Report;
    expect(partialComplianceWithinTolerance.check(report, DEFAULT_SCHEME).map((f) => [f.criterion, f.actual])).toEqual([[1, 3]]);
  });
});
