/** Each rule with a case that passes and one that fails, on small records built for it. */
import { describe, expect, it } from 'vitest';
import { deriveRatings } from '../src/extract/derive.js';
import { namedElementsMatchTotals } from '../src/rules/named-elements-match-totals.js';
import { noNonCompliance } from '../src/rules/no-non-compliance.js';
import { partialComplianceWithinTolerance } from '../src/rules/partial-compliance-within-tolerance.js';
import { totalsAddUp } from '../src/rules/totals-add-up.js';
import { verdictLine, verdictOf } from '../src/check/verdict.js';
import type { Assessment, CriterionTotals, ElementRating, Rating, Report } from '../src/schema/report.js';
import { ELEMENTS } from '../src/standard/catalogue.js';
import { DEFAULT_SCHEME } from '../src/standard/scheme.js';

const totals = (nc: number | null, pc: number | null, c: number | null, cp: number | null): CriterionTotals => ({
  nonCompliance: nc,
  partialCompliance: pc,
  compliance: c,
  compliancePlus: cp,
});

/** Every element rated compliance but those given. */
function fullTable(overrides: Record<string, Rating>): ElementRating[] {
  return ELEMENTS.map((e) => ({ code: e.code, rating: overrides[e.code] ?? 'compliance', basis: 'stated', justification: null }));
}

function stage(partial: Partial<Assessment>): Assessment {
  return {
    stage: 'initial',
    status: 'completed',
    reportDate: null,
    visitDate: null,
    documentReviewDate: null,
    assessors: [],
    statedTotals: { byCriterion: null, overall: null },
    elements: [],
    ...partial,
  };
}

function report(...assessments: Assessment[]): Report {
  return {
    schemaVersion: 1,
    source: { path: 'x.md', format: 'md', sha256: null },
    template: 'centre-for-assessment',
    organisation: 'Test Council',
    assessmentBody: null,
    assessments,
    findings: [],
  };
}

const named = (codes: string[], rating: Rating): ElementRating[] => codes.map((code) => ({ code, rating, basis: 'stated', justification: 'x' }));

describe('named-elements-match-totals', () => {
  const byCriterion = { '1': totals(0, 0, 7, 4) };
  it('passes when the named compliance-plus elements match the count', () => {
    const r = report(stage({ statedTotals: { byCriterion, overall: null }, elements: named(['1.1.1', '1.1.3', '1.2.1', '1.3.5'], 'compliance-plus') }));
    expect(namedElementsMatchTotals.check(r, DEFAULT_SCHEME)).toEqual([]);
  });

  it('fails with the numbers, and names the element compliance plus at the previous stage', () => {
    const initial = stage({ elements: named(['1.1.1', '1.1.3', '1.2.1', '1.3.5'], 'compliance-plus') });
    const review = stage({ stage: 'review-1', statedTotals: { byCriterion, overall: null }, elements: named(['1.1.1', '1.1.3', '1.2.1'], 'compliance-plus') });
    const [finding, ...rest] = namedElementsMatchTotals.check(report(initial, review), DEFAULT_SCHEME);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ stage: 'review-1', criterion: 1, elements: ['1.3.5'], expected: 4, actual: 3, severity: 'warning' });
  });

  it('compares overall totals with a full element table, and is an error when the outcome differs', () => {
    const elements = fullTable({ '4.1.1': 'partial-compliance', '4.1.2': 'partial-compliance', '4.1.3': 'partial-compliance', '4.2.1': 'partial-compliance' });
    const r = report(stage({ statedTotals: { byCriterion: null, overall: totals(0, 3, 54, 0) }, elements }));
    const [finding] = namedElementsMatchTotals.check(r, DEFAULT_SCHEME);
    expect(finding).toMatchObject({ criterion: null, expected: 3, actual: 4 });
    expect(finding!.message).toContain('the element table rates 4');
  });
});

describe('totals-add-up', () => {
  it('passes when each criterion adds up to its elements', () => {
    expect(totalsAddUp.check(report(stage({ statedTotals: { byCriterion: { '3': totals(0, 0, 8, 4) }, overall: null } })), DEFAULT_SCHEME)).toEqual([]);
  });
  it('fails when a criterion adds up to more', () => {
    const [finding] = totalsAddUp.check(report(stage({ statedTotals: { byCriterion: { '3': totals(0, 1, 8, 4) }, overall: null } })), DEFAULT_SCHEME);
    expect(finding).toMatchObject({ criterion: 3, expected: 12, actual: 13 });
  });
});

describe('no-non-compliance', () => {
  it('passes with none', () => {
    expect(noNonCompliance.check(report(stage({ elements: fullTable({}) })), DEFAULT_SCHEME)).toEqual([]);
  });
  it('fails naming the element', () => {
    const [finding] = noNonCompliance.check(report(stage({ elements: fullTable({ '4.3.2': 'non-compliance' }) })), DEFAULT_SCHEME);
    expect(finding).toMatchObject({ criterion: 4, elements: ['4.3.2'], actual: 1 });
  });
});

describe('partial-compliance-within-tolerance', () => {
  const three = { '4.1.1': 'partial-compliance', '4.1.2': 'partial-compliance', '4.1.3': 'partial-compliance' } as const;
  it('passes at the tolerance', () => {
    expect(partialComplianceWithinTolerance.check(report(stage({ elements: fullTable(three) })), DEFAULT_SCHEME)).toEqual([]);
  });
  it('fails one over it', () => {
    const [finding] = partialComplianceWithinTolerance.check(report(stage({ elements: fullTable({ ...three, '4.2.1': 'partial-compliance' }) })), DEFAULT_SCHEME);
    expect(finding).toMatchObject({ criterion: 4, expected: 3, actual: 4 });
  });
  it('gives the verdict line a certification manager reads', () => {
    expect(verdictLine(verdictOf(stage({ elements: fullTable(three) }), DEFAULT_SCHEME))).toBe('meets the standard: no non-compliance, 3 partial compliances within tolerance');
  });
});

describe('derivation', () => {
  it('rates the rest of a criterion compliance only when every counted rating is named', () => {
    const base = stage({ statedTotals: { byCriterion: { '1': totals(0, 0, 7, 4) }, overall: null }, elements: named(['1.1.1', '1.1.3', '1.2.1', '1.3.5'], 'compliance-plus') });
    const derived = deriveRatings(base).elements.filter((e) => e.basis === 'derived');
    expect(derived.map((e) => e.code)).toEqual(['1.1.2', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.3.4']);
    const short = deriveRatings({ ...base, elements: base.elements.slice(0, 3) });
    expect(short.elements.filter((e) => e.basis === 'derived')).toEqual([]);
  });
});
