/**
 * Ratings that follow with certainty from what a report states. Within a scope (a criterion
 * with per-criterion totals, or the whole standard with overall totals only), when every
 * non-compliance, partial compliance and compliance plus the totals count is named, every other
 * element of that scope is compliance. Anything short of that is left out, never guessed.
 */
import type { Assessment, CriterionTotals, ElementRating } from '../schema/report.js';
import { allElementCodes, CRITERION_NUMBERS, elementOrder, elementsOfCriterion } from '../standard/catalogue.js';

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
  if (byCriterion) {
    for (const criterion of CRITERION_NUMBERS) {
      derived.push(...derivableCodes(assessment.elements, elementsOfCriterion(criterion), byCriterion[String(criterion) as '1']));
    }
  } else if (overall) {
    derived.push(...derivableCodes(assessment.elements, allElementCodes(), overall));
  }
  if (derived.length === 0) return assessment;
  const elements: ElementRating[] = [
    ...assessment.elements,
    ...derived.map((code) => ({ code, rating: 'compliance' as const, basis: 'derived' as const, justification: null })),
  ].sort((a, b) => elementOrder(a.code) - elementOrder(b.code));
  return { ...assessment, elements };
}
