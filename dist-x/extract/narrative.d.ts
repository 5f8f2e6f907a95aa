import { type Block } from '../document/model.js';
import type { CarriedOver, CitedElement, CriterionTotals, ProseCount, Recommendation, Stage, StatedTotals } from '../schema/report.js';
/** The first sentence that recommends an outcome. */
export declare function recommendationIn(blocks: readonly Block[]): Recommendation | null;
/**
 * The overall counts prose states: the first count of each rating for the whole standard; a later
 * sentence that gives another number is kept in proseCounts, where prose-counts-agree reports it.
 */
export declare function totalsFromProse(counts: readonly ProseCount[]): {
    totals: CriterionTotals;
    location: ProseCount['location'];
} | null;
/**
 * Counts the narrative states for a stage. Given the stage, a sentence that names another stage
 * ("At the Year 1 review in July 2017 the Trust was awarded nine Compliance Plus…" in a Year 2
 * paper) counts for that visit, not this one, and is left out.
 */
export declare function proseCountsIn(blocks: readonly Block[], stage?: Stage): ProseCount[];
/** Per-criterion totals from prose that gives all four counts of a criterion (its box), or null. */
export declare function byCriterionFromProse(counts: readonly ProseCount[]): ByCriterion | null;
type ByCriterion = NonNullable<StatedTotals['byCriterion']>;
/** Elements cited under a "Strengths" heading (until the next heading of its level or above), or in a sentence calling them key strengths. */
export declare function keyStrengthsIn(blocks: readonly Block[]): CitedElement[];
export declare function carriedOverInProse(blocks: readonly Block[]): CarriedOver[];
export {};
