/**
 * Every rule, table-driven: for each, records built for it that pass (no findings) and that fail
 * (the findings expected, by stage, criterion, elements and the numbers that disagree). The cases
 * are the passing and failing cases each rule's doc comment gives.
 */
import { describe, expect, it } from 'vitest';
import { verdictLine, verdictOf } from '../src/check/verdict.js';
import { deriveKeptRatings, deriveRatings } from '../src/extract/derive.js';
import { statesRatingsKept, wholePositionIn } from '../src/parse/kept-ratings.js';
import { RULES, runRules } from '../src/rules/index.js';
import type { Rule } from '../src/rules/rule.js';
import type { Assessment, CriterionTotals, ElementRating, Finding, Rating, Report, Template } from '../src/schema/report.js';
import { ELEMENTS } from '../src/standard/catalogue.js';
import { DEFAULT_SCHEME } from '../src/standard/scheme.js';

const totals = (nc: number | null, pc: number | null, c: number | null, cp: number | null): CriterionTotals => ({
  nonCompliance: nc,
  partialCompliance: pc,
  compliance: c,
  compliancePlus: cp,
});

/** Every element rated compliance but those given, each with a justification. */
function fullTable(overrides: Record<string, Rating>): ElementRating[] {
  return ELEMENTS.map((e) => ({ code: e.code, rating: overrides[e.code] ?? 'compliance', basis: 'stated', justification: overrides[e.code] ? 'reason' : null }));
}

const partials = (...codes: string[]): Record<string, Rating> => Object.fromEntries(codes.map((c) => [c, 'partial-compliance']));

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
    recommendation: null,
    proseCounts: [],
    keyStrengths: [],
    carriedOver: [],
    previousVisit: null,
    ...partial,
  };
}

function report(assessments: Assessment[], template: Template = 'centre-for-assessment'): Report {
  return {
    schemaVersion: 1,
    source: { path: 'x.md', format: 'md', sha256: null },
    template,
    organisation: 'Test Council',
    assessmentBody: null,
    assessments,
    findings: [],
  };
}

const named = (codes: string[], rating: Rating, justification: string | null = 'x'): ElementRating[] =>
  codes.map((code) => ({ code, rating, basis: 'stated', justification }));

const STOCKTON_C1 = named(['1.1.1', '1.1.3', '1.2.1', '1.3.5'], 'compliance-plus');
const recommend = (outcome: 'certify' | 'continue' | 'not-certify', text: string) => ({ outcome, text, location: { line: 7 } });

interface Case {
  rule: string;
  name: string;
  report: Report;
  /** [] for a passing case; otherwise the findings, each matched on the fields given. */
  findings: Partial<Finding>[];
}

const CASES: Case[] = [
  // element-in-standard
  { rule: 'element-in-standard', name: 'passes with codes of the standard', report: report([stage({ elements: named(['1.1.1', '5.3.3'], 'compliance') })]), findings: [] },
  {
    rule: 'element-in-standard',
    name: 'fails on 1.4.1, which criterion 1 does not have',
    report: report([stage({ elements: named(['1.1.1', '1.4.1'], 'compliance') })]),
    findings: [{ criterion: 1, elements: ['1.4.1'] }],
  },
  // element-rated-twice
  { rule: 'element-rated-twice', name: 'passes with each element once', report: report([stage({ elements: named(['2.1.6'], 'partial-compliance') })]), findings: [] },
  {
    rule: 'element-rated-twice',
    name: 'fails on 2.1.6 rated partial and compliance plus',
    report: report([stage({ elements: [...named(['2.1.6'], 'partial-compliance'), ...named(['2.1.6'], 'compliance-plus')] })]),
    findings: [{ criterion: 2, elements: ['2.1.6'] }],
  },
  // totals-add-up
  { rule: 'totals-add-up', name: 'passes when criterion 3 adds up to 12', report: report([stage({ statedTotals: { byCriterion: { '3': totals(0, 0, 8, 4) }, overall: null } })]), findings: [] },
  {
    rule: 'totals-add-up',
    name: 'fails when criterion 3 adds up to 13, pointing at the table',
    report: report([stage({ statedTotals: { byCriterion: { '3': totals(0, 1, 8, 4) }, overall: null, location: { byCriterion: { line: 41 }, overall: null } } })]),
    findings: [{ criterion: 3, expected: 12, actual: 13, location: { line: 41 } }],
  },
  {
    rule: 'totals-add-up',
    name: 'fails when the overall totals add up to 58',
    report: report([stage({ statedTotals: { byCriterion: null, overall: totals(0, 3, 49, 6) } })]),
    findings: [{ criterion: null, expected: 57, actual: 58 }],
  },
  // totals-agree
  {
    rule: 'totals-agree',
    name: 'passes when the overall totals are the sum of the criteria',
    report: report([
      stage({
        statedTotals: {
          byCriterion: { '1': totals(0, 0, 7, 4), '2': totals(0, 0, 6, 5), '3': totals(0, 0, 8, 4), '4': totals(0, 0, 13, 0), '5': totals(0, 0, 10, 0) },
          overall: totals(0, 0, 44, 13),
        },
      }),
    ]),
    findings: [],
  },
  {
    rule: 'totals-agree',
    name: 'fails when the overall totals state 14 compliance plus and the criteria 13',
    report: report([
      stage({
        statedTotals: {
          byCriterion: { '1': totals(0, 0, 7, 4), '2': totals(0, 0, 6, 5), '3': totals(0, 0, 8, 4), '4': totals(0, 0, 13, 0), '5': totals(0, 0, 10, 0) },
          overall: totals(0, 0, 43, 14),
        },
      }),
    ]),
    findings: [
      { criterion: null, expected: 44, actual: 43 },
      { criterion: null, expected: 13, actual: 14 },
    ],
  },
  {
    rule: 'totals-agree',
    name: 'fails when the totals state 48 compliance and the full element table rates 47',
    report: report([stage({ statedTotals: { byCriterion: null, overall: totals(0, 3, 48, 6) }, elements: fullTable({ ...partials('2.1.6', '2.2.1', '4.1.2', '5.3.2'), '1.1.3': 'compliance-plus', '2.1.1': 'compliance-plus', '3.4.1': 'compliance-plus', '3.4.2': 'compliance-plus', '3.4.3': 'compliance-plus', '3.3.1': 'compliance-plus' }) })]),
    findings: [{ criterion: null, expected: 47, actual: 48 }],
  },
  // named-elements-match-totals
  {
    rule: 'named-elements-match-totals',
    name: 'passes when criterion 1 counts four compliance plus and names four',
    report: report([stage({ statedTotals: { byCriterion: { '1': totals(0, 0, 7, 4) }, overall: null }, elements: STOCKTON_C1 })]),
    findings: [],
  },
  {
    rule: 'named-elements-match-totals',
    name: 'fails naming the element compliance plus at the previous stage but not now',
    report: report([
      stage({ elements: STOCKTON_C1 }),
      stage({ stage: 'review-1', statedTotals: { byCriterion: { '1': totals(0, 0, 7, 4) }, overall: null }, elements: STOCKTON_C1.slice(0, 3) }),
    ]),
    findings: [{ stage: 'review-1', criterion: 1, elements: ['1.3.5'], expected: 4, actual: 3, severity: 'warning' }],
  },
  {
    rule: 'named-elements-match-totals',
    name: 'is an error when the partial count decides the outcome (3 stated, 4 in criterion 4 rated)',
    report: report([stage({ statedTotals: { byCriterion: null, overall: totals(0, 3, 54, 0), location: { byCriterion: null, overall: { line: 221 } } }, elements: fullTable(partials('4.1.1', '4.1.2', '4.1.3', '4.2.1')) })]),
    findings: [{ criterion: null, expected: 3, actual: 4, severity: 'error', location: { line: 221 } }],
  },
  // justification-present
  { rule: 'justification-present', name: 'passes when every compliance plus has its reason', report: report([stage({ elements: STOCKTON_C1 })]), findings: [] },
  {
    rule: 'justification-present',
    name: 'fails on a partial with an empty justification cell',
    report: report([stage({ elements: named(['4.1.2'], 'partial-compliance', null) })]),
    findings: [{ criterion: 4, elements: ['4.1.2'] }],
  },
  {
    rule: 'justification-present',
    name: 'does not apply to a committee paper, whose template has no place for reasons',
    report: report([stage({ elements: named(['4.1.2'], 'partial-compliance', null) })], 'committee-summary'),
    findings: [],
  },
  // no-non-compliance
  { rule: 'no-non-compliance', name: 'passes with none', report: report([stage({ elements: fullTable({}) })]), findings: [] },
  {
    rule: 'no-non-compliance',
    name: 'fails naming 4.3.2',
    report: report([stage({ elements: fullTable({ '4.3.2': 'non-compliance' }) })]),
    findings: [{ criterion: 4, elements: ['4.3.2'], expected: 0, actual: 1 }],
  },
  // partial-compliance-within-tolerance
  { rule: 'partial-compliance-within-tolerance', name: 'passes at the tolerance of criterion 4 (3)', report: report([stage({ elements: fullTable(partials('4.1.1', '4.1.2', '4.1.3')) })]), findings: [] },
  {
    rule: 'partial-compliance-within-tolerance',
    name: 'fails one over it',
    report: report([stage({ elements: fullTable(partials('4.1.1', '4.1.2', '4.1.3', '4.2.1')) })]),
    findings: [{ criterion: 4, expected: 3, actual: 4 }],
  },
  {
    rule: 'partial-compliance-within-tolerance',
    // The per-criterion tolerances add up to the overall one, so 12 in all is always over in some criterion too.
    name: 'fails at 12 in all, over criterion 5 and the overall 11',
    report: report([stage({ elements: fullTable(partials('1.1.1', '1.1.2', '2.1.1', '2.1.2', '3.1.1', '3.1.2', '4.1.1', '4.1.2', '4.1.3', '5.1.1', '5.1.2', '5.2.1')) })]),
    findings: [
      { criterion: 5, expected: 2, actual: 3 },
      { criterion: null, expected: 11, actual: 12 },
    ],
  },
  // achievement-level
  { rule: 'achievement-level', name: 'passes with 2 partials of 11 in criterion 1 (82%)', report: report([stage({ elements: fullTable(partials('1.1.1', '1.1.2')) })]), findings: [] },
  {
    rule: 'achievement-level',
    name: 'fails with 4 partials of 13 in criterion 4 (69%): documentary evidence, overall 91%',
    report: report([stage({ elements: fullTable(partials('4.1.2', '4.3.1', '4.3.4', '4.3.6', '5.3.2')) })]),
    findings: [{ severity: 'error', criterion: 4, elements: ['4.1.2', '4.3.1', '4.3.4', '4.3.6'], expected: '80%', actual: '69%' }],
  },
  {
    rule: 'achievement-level',
    name: 'notes 3 partials of 13 in criterion 4 (77%) as info: the tolerance allows them',
    report: report([stage({ elements: fullTable(partials('4.1.1', '4.1.2', '4.1.3')) })]),
    findings: [{ severity: 'info', criterion: 4, actual: '77%' }],
  },
  // recommendation-follows-results
  {
    rule: 'recommendation-follows-results',
    name: 'passes: continued certification with 4 partials within tolerance',
    report: report([stage({ stage: 'review-1', elements: fullTable(partials('2.1.6', '2.2.1', '4.1.2', '5.3.2')), recommendation: recommend('continue', 'my recommendation that you remain certificated') })]),
    findings: [],
  },
  {
    rule: 'recommendation-follows-results',
    name: 'fails as an error: certification recommended with 4 partials in criterion 4',
    report: report([stage({ elements: fullTable(partials('4.1.2', '4.3.1', '4.3.4', '4.3.6')), recommendation: recommend('certify', 'pleased to recommend the Library for certification') })]),
    findings: [{ severity: 'error', expected: 'not-certify', actual: 'certify', location: { line: 7 } }],
  },
  {
    rule: 'recommendation-follows-results',
    name: 'fails as a warning: certification withheld when the ratings meet the standard',
    report: report([stage({ elements: fullTable({}), recommendation: recommend('not-certify', 'I am unable to recommend') })]),
    findings: [{ severity: 'warning', expected: 'certify', actual: 'not-certify' }],
  },
  // prose-counts-agree
  {
    rule: 'prose-counts-agree',
    name: 'passes: "now up to 17 compliance plus" with the criteria giving 17',
    report: report([
      stage({
        statedTotals: { byCriterion: { '1': totals(0, 0, 6, 5), '2': totals(0, 0, 5, 6), '3': totals(0, 0, 7, 5), '4': totals(0, 0, 13, 0), '5': totals(0, 0, 9, 1) }, overall: null },
        proseCounts: [{ rating: 'compliance-plus', count: 17, criterion: null, text: 'now up to 17 compliance plus elements', location: { line: 3 } }],
      }),
    ]),
    findings: [],
  },
  {
    rule: 'prose-counts-agree',
    name: 'fails: a paper saying fourteen, then thirteen, compliance plus',
    report: report(
      [
        stage({
          statedTotals: { byCriterion: null, overall: totals(null, null, null, 14) },
          proseCounts: [
            { rating: 'compliance-plus', count: 14, criterion: null, text: 'fourteen of the fifty-seven … Compliance Plus', location: { line: 3 } },
            { rating: 'compliance-plus', count: 13, criterion: null, text: 'our thirteen compliance plus', location: { line: 9 } },
          ],
        }),
      ],
      'committee-summary',
    ),
    findings: [{ expected: 14, actual: 13, location: { line: 9 } }],
  },
  {
    rule: 'prose-counts-agree',
    name: 'fails: "three partial compliances in Criterion 4" with four rated there',
    report: report([stage({ elements: fullTable(partials('4.1.2', '4.3.1', '4.3.4', '4.3.6')), proseCounts: [{ rating: 'partial-compliance', count: 3, criterion: 4, text: 'three partial compliances in Criterion 4', location: null }] })]),
    findings: [{ criterion: 4, expected: 4, actual: 3 }],
  },
  // key-strength-rated-partial
  {
    rule: 'key-strength-rated-partial',
    name: 'passes: 1.1.3 a strength and compliance plus',
    report: report([stage({ elements: fullTable({ '1.1.3': 'compliance-plus' }), keyStrengths: [{ code: '1.1.3', location: null }] })]),
    findings: [],
  },
  {
    rule: 'key-strength-rated-partial',
    name: 'fails: 2.1.6 a strength and partial (Melton)',
    report: report([stage({ stage: 'review-1', elements: fullTable(partials('2.1.6')), keyStrengths: [{ code: '2.1.6', location: { line: 59 } }] })]),
    findings: [{ stage: 'review-1', criterion: 2, elements: ['2.1.6'], location: { line: 59 } }],
  },
  // remains-as-before
  {
    rule: 'remains-as-before',
    name: 'passes: the elements said to remain compliance plus were so at the initial assessment',
    report: report([stage({ elements: STOCKTON_C1 }), stage({ stage: 'review-1', elements: STOCKTON_C1, carriedOver: [{ code: '1.1.1', rating: 'compliance-plus', location: null }] })]),
    findings: [],
  },
  {
    rule: 'remains-as-before',
    name: 'fails: 1.1.2 said to remain compliance plus, rated compliance at the initial assessment',
    report: report([
      stage({ elements: fullTable({}) }),
      stage({ stage: 'review-1', elements: named(['1.1.2'], 'compliance-plus'), carriedOver: [{ code: '1.1.2', rating: 'compliance-plus', location: { line: 315 } }] }),
    ]),
    findings: [{ stage: 'review-1', criterion: 1, elements: ['1.1.2'], expected: 'compliance', actual: 'compliance-plus', location: { line: 315 } }],
  },
  // changes-between-stages
  {
    rule: 'changes-between-stages',
    name: 'is silent when the ratings stay, or the later stage does not rate the element',
    report: report([stage({ elements: STOCKTON_C1 }), stage({ stage: 'review-1', elements: STOCKTON_C1.slice(0, 3) })]),
    findings: [],
  },
  {
    rule: 'changes-between-stages',
    name: 'reports a partial closed and a compliance plus lost, as info',
    report: report([
      stage({ elements: fullTable({ ...partials('4.3.5'), '2.2.1': 'compliance-plus' }) }),
      stage({ stage: 'review-1', elements: fullTable({}) }),
    ]),
    findings: [
      { severity: 'info', stage: 'review-1', criterion: 2, elements: ['2.2.1'] },
      { severity: 'info', stage: 'review-1', criterion: 4, elements: ['4.3.5'] },
    ],
  },
  // visit-within-cycle
  {
    rule: 'visit-within-cycle',
    name: 'passes: 12-month review report exactly 12 months after the initial one (Stockton)',
    report: report([stage({ reportDate: '2019-07-17' }), stage({ stage: 'review-1', reportDate: '2020-07-17' })]),
    findings: [],
  },
  {
    rule: 'visit-within-cycle',
    name: 'fails: first-year review in February 2017 after an initial assessment in October 2015 (Melton)',
    report: report([stage({ stage: 'review-1', visitDate: '2017-02-23', previousVisit: { stage: 'initial', date: '2015-10' } })], 'assessment-services'),
    findings: [{ stage: 'review-1', expected: 12, actual: 16 }],
  },
  {
    rule: 'visit-within-cycle',
    name: 'passes: report dates four days past twelve months apart (no visit dates: the reports may lag their visits differently)',
    report: report([stage({ reportDate: '2021-07-27' }), stage({ stage: 'review-1', reportDate: '2022-07-31' })]),
    findings: [],
  },
  {
    rule: 'visit-within-cycle',
    name: 'fails: a second review 12 months and a day after the first',
    report: report([stage({ stage: 'review-1', visitDate: '2023-06-04' }), stage({ stage: 'review-2', visitDate: '2024-06-05' })]),
    findings: [{ stage: 'review-2', expected: 12, actual: 12 }],
  },
  // dates-in-order
  {
    rule: 'dates-in-order',
    name: 'passes: document review, visit, report in order (Melton)',
    report: report([stage({ documentReviewDate: '2017-02-21', visitDate: '2017-02-23', reportDate: '2017-02-24' })]),
    findings: [],
  },
  {
    rule: 'dates-in-order',
    name: 'fails: a report dated the day before the visit',
    report: report([stage({ documentReviewDate: '2023-11-14', visitDate: '2023-11-21', reportDate: '2023-11-20' })]),
    findings: [{ expected: 'on or after 2023-11-21', actual: '2023-11-20' }],
  },
];

const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

describe.each(CASES)('$rule: $name', ({ rule, report: record, findings }) => {
  it(findings.length === 0 ? 'gives no finding' : `gives ${findings.length} finding(s) with the numbers`, () => {
    const found = runRules(record, DEFAULT_SCHEME, [byId.get(rule)!]);
    expect(found).toHaveLength(findings.length);
    findings.forEach((f, i) => expect(found[i]).toMatchObject(f));
    for (const f of found) expect(f.message.length).toBeGreaterThan(20);
  });
});

describe('the rule table', () => {
  it('has a passing and a failing case for every rule', () => {
    for (const rule of RULES) {
      const cases = CASES.filter((c) => c.rule === rule.id);
      expect(cases.some((c) => c.findings.length === 0), `${rule.id} passing case`).toBe(true);
      expect(cases.some((c) => c.findings.length > 0), `${rule.id} failing case`).toBe(true);
    }
  });

  it('cites a seed or the domain notes as the source of every rule', () => {
    for (const rule of RULES) expect(rule.source, rule.id).toMatch(/seed|domain/i);
  });
});

describe('verdict and derivation', () => {
  it('gives the verdict line a certification manager reads', () => {
    expect(verdictLine(verdictOf(stage({ elements: fullTable(partials('4.1.1', '4.1.2', '4.1.3')) }), DEFAULT_SCHEME))).toBe(
      'meets the standard: no non-compliance, 3 partial compliances within tolerance',
    );
  });

  it('rates the rest of a criterion compliance only when every counted rating is named', () => {
    const base = stage({ statedTotals: { byCriterion: { '1': totals(0, 0, 7, 4) }, overall: null }, elements: STOCKTON_C1 });
    const derived = deriveRatings(base).elements.filter((e) => e.basis === 'derived');
    expect(derived.map((e) => e.code)).toEqual(['1.1.2', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.3.4']);
    const short = deriveRatings({ ...base, elements: base.elements.slice(0, 3) });
    expect(short.elements.filter((e) => e.basis === 'derived')).toEqual([]);
  });

  it('gives an element a report of changes leaves out the earlier visit\'s rating, only where the totals agree', () => {
    expect(statesRatingsKept('Every element not listed in the change log keeps the rating given at the 2018 reassessment.')).toBe(true);
    expect(statesRatingsKept('All other elements retain the ratings awarded at the previous assessment.')).toBe(true);
    expect(statesRatingsKept('Ratings not shown here are unchanged from the 2021 review.')).toBe(true);
    expect(statesRatingsKept('Every element was assessed at this visit.')).toBe(false);
    const earlier = wholePositionIn('Reassessment, May 2018 (report dated 1 June 2018): Compliance Plus in 1.1.3 and 2.2.2; Partial Compliance in 1.2.3; all other elements Compliance. Totals: 2 C+, 54 C, 1 PC.')!;
    expect([...earlier].filter(([, r]) => r !== 'compliance')).toEqual([['1.1.3', 'compliance-plus'], ['2.2.2', 'compliance-plus'], ['1.2.3', 'partial-compliance']]);
    // No clause for the rest, or a clause that is not a rating and codes: no whole position.
    expect(wholePositionIn('Compliance Plus in 1.1.3 and 2.2.2; Partial Compliance in 1.2.3.')).toBeNull();
    expect(wholePositionIn('Compliance Plus in 1.1.3; see 2.2.2 for the partial; all other elements Compliance.')).toBeNull();
    // This visit: 1.2.3 is now compliant and 3.1.1 compliance plus.
    const now: ElementRating[] = [
      { code: '1.2.3', rating: 'compliance', basis: 'stated', justification: null },
      { code: '3.1.1', rating: 'compliance-plus', basis: 'stated', justification: null },
    ];
    const kept = deriveKeptRatings(stage({ statedTotals: { byCriterion: null, overall: totals(0, 0, 54, 3) }, elements: now }), earlier);
    expect(kept.elements).toHaveLength(57);
    expect(kept.elements.filter((e) => e.rating === 'compliance-plus').map((e) => `${e.code} ${e.basis}`)).toEqual(['1.1.3 derived', '2.2.2 derived', '3.1.1 stated']);
    // Totals that disagree with the result, or none to check it against: nothing is assumed.
    expect(deriveKeptRatings(stage({ statedTotals: { byCriterion: null, overall: totals(0, 0, 55, 2) }, elements: now }), earlier).elements).toHaveLength(2);
    expect(deriveKeptRatings(stage({ statedTotals: { byCriterion: null, overall: null }, elements: now }), earlier).elements).toHaveLength(2);
  });

  it('rates the criteria without counts of their own by the overall counts less the stated criteria\'s', () => {
    const named: ElementRating[] = [
      { code: '1.2.1', rating: 'compliance-plus', basis: 'stated', justification: null },
      { code: '1.3.4', rating: 'partial-compliance', basis: 'stated', justification: null },
      { code: '4.3.6', rating: 'compliance-plus', basis: 'stated', justification: null },
    ];
    // Criterion 2's box was read, the others' were not: 46 elements of criteria 1, 3, 4 and 5 under 2 / 43 / 1 / 0.
    const base = stage({ statedTotals: { byCriterion: { '2': totals(0, 0, 11, 0) } as never, overall: totals(0, 1, 54, 2) }, elements: named });
    const derived = deriveRatings(base).elements.filter((e) => e.basis === 'derived');
    expect(derived).toHaveLength(11 + 43);
    // Counts that leave less than none for the rest derive nothing there.
    const over = deriveRatings({ ...base, statedTotals: { byCriterion: { '2': totals(0, 2, 9, 0) } as never, overall: totals(0, 1, 54, 2) } });
    expect(over.elements.filter((e) => e.basis === 'derived')).toEqual([]);
  });
});
