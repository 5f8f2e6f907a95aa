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
import { type CriterionNumber } from '../standard/catalogue.js';
import type { Scheme } from '../standard/scheme.js';
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
    overall: {
        achieved: number;
        elements: number;
        level: number;
        nonCompliance: number;
    } | null;
    route: Route | null;
}
export declare function achievementOf(assessment: Assessment, scheme: Scheme): Achievement;
/** The route in words, with the scheme's numbers. */
export declare function routeSentence(achievement: Achievement, scheme: Scheme): string;
