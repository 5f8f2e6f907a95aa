/**
 * Ratings that follow with certainty from what a report states. Within a scope (a criterion
 * with per-criterion totals, or the criteria without them under the overall totals less the
 * others' counts, the whole standard where no criterion has its own), when every
 * non-compliance, partial compliance and compliance plus the totals count is named, every other
 * element of that scope is compliance. Anything short of that is left out, never guessed.
 */
import { RATINGS, type Assessment, type CriterionTotals, type ElementRating, type Rating } from '../schema/report.js';
import { allElementCodes, CRITERION_NUMBERS, elementOrder, elementsOfCriterion } from '../standard/catalogue.js';
import { RATING_KEY } from './score-table.js';

function namedCount(elements: readonly ElementRating[], scope: ReadonlySet<string>, rating: ElementRating['rating']): number {
  return elements.filter((e) => scope.has(e.code) && e.rating === rating).length;
}

/** The codes of a scope whose rating follows from its totals, or [] when it does not follow. */
export function derivableCodes(elements: readonly ElementRating[], scopeCodes: readonly string[], totals: CriterionTotals | null | undefined): string[] {
  if (!totals) return [];
  const scope = new Set(scopeCodes);
  const { partialCompliance, compliancePlus, compliance } = totals;
  // A table that leaves out non-compliance still states it as none when its other counts fill the scope.
  const nonCompliance = totals.nonCompliance ?? (compliance !== null && partialCompliance !== null && compliancePlus !== null && compliance + partialCompliance + compliancePlus === scopeCodes.length ? 0 : null);
  if (nonCompliance === null || partialCompliance === null || compliancePlus === null) return [];
  if (namedCount(elements, scope, 'non-compliance') !== nonCompliance) return [];
  if (namedCount(elements, scope, 'partial-compliance') !== partialCompliance) return [];
  if (namedCount(elements, scope, 'compliance-plus') !== compliancePlus) return [];
  const named = new Set(elements.map((e) => e.code));
  const rest = scopeCodes.filter((code) => !named.has(code));
  if (compliance !== null && compliance !== rest.length + namedCount(elements, scope, 'compliance')) return [];
  return rest;
}

export function deriveRatings(assessment: Assessment): Assessment {
  const { byCriterion, overall } = assessment.statedTotals;
  const derived: string[] = [];
  const totalsOf = (c: number) => byCriterion?.[String(c) as '1'] ?? null;
  const stated = CRITERION_NUMBERS.filter((c) => totalsOf(c) !== null);
  for (const criterion of stated) derived.push(...derivableCodes(assessment.elements, elementsOfCriterion(criterion), totalsOf(criterion)));
  // The criteria without counts of their own, as one scope: the overall counts less the stated criteria's.
  const unstated = CRITERION_NUMBERS.filter((c) => totalsOf(c) === null);
  if (overall && unstated.length > 0) {
    derived.push(...derivableCodes(assessment.elements, unstated.flatMap((c) => elementsOfCriterion(c)), less(overall, stated.map((c) => totalsOf(c)!))));
  }
  return withDerived(assessment, derived);
}

/** Totals less the totals of some of their criteria; a count unknown on either side, or below zero, is unknown. */
function less(totals: CriterionTotals, parts: readonly CriterionTotals[]): CriterionTotals {
  const minus = (key: keyof CriterionTotals) => {
    const whole = totals[key];
    if (whole === null || parts.some((p) => p[key] === null)) return null;
    const left = parts.reduce((n, p) => n - p[key]!, whole);
    return left >= 0 ? left : null;
  };
  return { nonCompliance: minus('nonCompliance'), partialCompliance: minus('partialCompliance'), compliance: minus('compliance'), compliancePlus: minus('compliancePlus') };
}

const NAMED_RATINGS = ['non-compliance', 'partial-compliance', 'compliance-plus'] as const;

/** Whether each of `ratings` that `totals` counts is as many of `elements` in the scope `codes`; no totals agree with anything. */
function countsAgree(elements: readonly ElementRating[], codes: readonly string[], totals: CriterionTotals | null | undefined, ratings: readonly Rating[] = NAMED_RATINGS): boolean {
  if (!totals) return true;
  const scope = new Set(codes);
  return ratings.every((rating) => totals[RATING_KEY[rating]] === null || totals[RATING_KEY[rating]] === namedCount(elements, scope, rating));
}

/**
 * Where the report says every element it does not name is compliant ("All other elements were
 * assessed as compliant"): the unnamed elements of each scope (a criterion with stated counts,
 * else the whole standard) whose stated counts agree with the elements named are compliance. A
 * scope whose counts disagree keeps its unnamed elements unrated, for the totals rules to report.
 */
export function deriveRestCompliant(assessment: Assessment): Assessment {
  const agrees = (codes: readonly string[], totals: CriterionTotals | null | undefined) => countsAgree(assessment.elements, codes, totals);
  const { byCriterion, overall } = assessment.statedTotals;
  if (!agrees(allElementCodes(), overall)) return assessment;
  const rated = new Set(assessment.elements.map((e) => e.code));
  const derived = CRITERION_NUMBERS.map((c) => elementsOfCriterion(c))
    .filter((codes, i) => agrees(codes, byCriterion?.[String(CRITERION_NUMBERS[i]) as '1']))
    .flatMap((codes) => codes.filter((code) => !rated.has(code)));
  return withDerived(assessment, derived);
}

/**
 * Where the report says every element of a criterion was met but those it names ("Under
 * Criterion 2 every element was met, with 2.1.3 at Compliance Plus"): that criterion's elements
 * neither named nor rated elsewhere are compliance. Not where the stated counts (overall, or the
 * criterion's own) disagree with the ratings named: then an exception went unread.
 */
export function deriveCriteriaMet(assessment: Assessment, statements: readonly { criterion: number; named: readonly string[] }[]): Assessment {
  if (statements.length === 0) return assessment;
  const agrees = (codes: readonly string[], totals: CriterionTotals | null | undefined) => countsAgree(assessment.elements, codes, totals);
  const { byCriterion, overall } = assessment.statedTotals;
  if (!agrees(allElementCodes(), overall)) return assessment;
  const rated = new Set(assessment.elements.map((e) => e.code));
  const derived = new Set<string>();
  for (const { criterion, named } of statements) {
    const codes = elementsOfCriterion(criterion);
    if (!agrees(codes, byCriterion?.[String(criterion) as '1'])) continue;
    for (const code of codes) if (!rated.has(code) && !named.includes(code)) derived.add(code);
  }
  return withDerived(assessment, [...derived]);
}

/**
 * Where the report says every element it does not rate keeps an earlier visit's rating, and gives
 * that visit's whole position: each unrated element has the earlier rating (derived), provided the
 * stated totals (overall, and of every criterion that has its own) agree with the result in every
 * count. No totals to agree with, or one that disagrees, and nothing is assumed.
 */
export function deriveKeptRatings(assessment: Assessment, earlier: ReadonlyMap<string, ElementRating['rating']>): Assessment {
  const rated = new Set(assessment.elements.map((e) => e.code));
  const kept: ElementRating[] = allElementCodes()
    .filter((code) => !rated.has(code) && earlier.has(code))
    .map((code) => ({ code, rating: earlier.get(code)!, basis: 'derived' as const, justification: null }));
  if (kept.length === 0) return assessment;
  const elements = [...assessment.elements, ...kept].sort((a, b) => elementOrder(a.code) - elementOrder(b.code));
  const { byCriterion, overall } = assessment.statedTotals;
  const criterionTotals = (c: number) => byCriterion?.[String(c) as '1'] ?? null;
  if (!overall && !CRITERION_NUMBERS.some(criterionTotals)) return assessment;
  const agrees = countsAgree(elements, allElementCodes(), overall, RATINGS) && CRITERION_NUMBERS.every((c) => countsAgree(elements, elementsOfCriterion(c), criterionTotals(c), RATINGS));
  return agrees ? { ...assessment, elements } : assessment;
}

/** The assessment with these codes rated compliance (derived), in element order. */
function withDerived(assessment: Assessment, codes: readonly string[]): Assessment {
  if (codes.length === 0) return assessment;
  const elements: ElementRating[] = [
    ...assessment.elements,
    ...codes.map((code) => ({ code, rating: 'compliance' as const, basis: 'derived' as const, justification: null })),
  ].sort((a, b) => elementOrder(a.code) - elementOrder(b.code));
  return { ...assessment, elements };
}
