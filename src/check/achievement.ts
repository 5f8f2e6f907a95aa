/**
 * The achievement level: the share of a criterion's elements rated compliance or better, against
 * the level the Cabinet Office sets (80% for each criterion), and which route applies when a
 * criterion falls short (seed 000_cc3e6ad30f3ebf50, §10 The Achievement Level).
 *
 * Two readings this module commits to, because the sources leave them open:
 * - The partial-compliance tolerance table (seed 001, Section E) allows 3 partials of 13 in
 *   criterion 4, which is 77%, under 80%. A criterion within its tolerance and with no
 *   non-compliance is taken to meet the level: the tolerance table is the scheme's own per-criterion
 *   statement, the 80% a general rule; `withinTolerance` marks such a criterion so a rule can say so.
 * - "Between 70% and 80% overall" is read as "short of the level in some criterion but at least
 *   70% overall": a holder above 80% overall that misses one criterion is nearer the standard than
 *   one between 70% and 80%, so it cannot need more (a re-visit) than the band allows.
 */
import type { Assessment } from '../schema/report.js';
import { CRITERION_NUMBERS, type CriterionNumber } from '../standard/catalogue.js';
import type { Scheme } from '../standard/scheme.js';
import { knownCount } from '../rules/counts.js';
import { percent } from '../text-format.js';

export interface CriterionAchievement {
  criterion: CriterionNumber;
  achieved: number;
  elements: number;
  level: number;
  /** Below the level, but within the criterion's partial-compliance tolerance with no non-compliance. */
  withinTolerance: boolean;
  short: boolean;
}

/** How gaps must be closed: no gaps; documentary evidence within the band's months; a re-visit. */
export type Route = 'none' | 'documentary-evidence' | 'revisit';

export interface Achievement {
  criteria: CriterionAchievement[];
  overall: { achieved: number; elements: number; level: number; nonCompliance: number } | null;
  route: Route | null;
}

export function achievementOf(assessment: Assessment, scheme: Scheme): Achievement {
  const criteria: CriterionAchievement[] = [];
  let complete = true;
  for (const c of CRITERION_NUMBERS) {
    const partial = knownCount(assessment, c, 'partial-compliance');
    const nonCompliance = knownCount(assessment, c, 'non-compliance');
    if (partial === null || nonCompliance === null) {
      complete = false;
      continue;
    }
    const elements = scheme.elementsPerCriterion[c];
    const achieved = elements - partial - nonCompliance;
    const level = achieved / elements;
    const withinTolerance = level < scheme.achievementLevel && nonCompliance === 0 && partial <= scheme.partialTolerance[c];
    criteria.push({ criterion: c, achieved, elements, level, withinTolerance, short: level < scheme.achievementLevel && !withinTolerance });
  }
  // Without every criterion's counts the overall level, and so the route, cannot be told.
  if (!complete) return { criteria, overall: null, route: null };
  const achieved = criteria.reduce((a, c) => a + c.achieved, 0);
  const nonCompliance = CRITERION_NUMBERS.reduce((a, c) => a + (knownCount(assessment, c, 'non-compliance') ?? 0), 0);
  const overall = { achieved, elements: scheme.totalElements, level: achieved / scheme.totalElements, nonCompliance };
  let route: Route = 'none';
  if (criteria.some((c) => c.short)) {
    route = nonCompliance === 0 && overall.level >= scheme.documentaryEvidenceBand.from ? 'documentary-evidence' : 'revisit';
  }
  return { criteria, overall, route };
}

/** The route in words, with the scheme's numbers. */
export function routeSentence(achievement: Achievement, scheme: Scheme): string {
  const { overall, route } = achievement;
  const band = scheme.documentaryEvidenceBand;
  const whole = overall ? `overall ${overall.achieved} of ${overall.elements} elements (${percent(overall.level)}) are compliance or better` : 'the overall level is not known';
  if (route === 'documentary-evidence') {
    return `${whole} with no non-compliance, so the gaps may be closed by documentary evidence sent to the assessor within ${band.withinMonths} months, without another visit`;
  }
  if (route === 'revisit') {
    const why = overall && overall.nonCompliance > 0 ? `there ${overall.nonCompliance === 1 ? 'is a non-compliance' : `are ${overall.nonCompliance} non-compliances`}` : `that is below ${percent(band.from)}`;
    return `${whole} and ${why}, so a re-visit is needed within ${band.withinMonths} months`;
  }
  return whole;
}
