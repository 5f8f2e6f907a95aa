/**
 * Ratings that follow with certainty from what a report states. Within a scope (a criterion
 * with per-criterion totals, or the criteria without them under the overall totals less the
 * others' counts, the whole standard where no criterion has its own), when every
 * non-compliance, partial compliance and compliance plus the totals count is named, every other
 * element of that scope is compliance. Anything short of that is left out, never guessed.
 */
import type { Assessment, CriterionTotals, ElementRating } from '../schema/report.js';
/** The codes of a scope whose rating follows from its totals, or [] when it does not follow. */
export declare function derivableCodes(elements: readonly ElementRating[], scopeCodes: readonly string[], totals: CriterionTotals | null | undefined): string[];
export declare function deriveRatings(assessment: Assessment): Assessment;
/**
 * Where the report says every element it does not name is compliant ("All other elements were
 * assessed as compliant"): the unnamed elements of each scope (a criterion with stated counts,
 * else the whole standard) whose stated counts agree with the elements named are compliance. A
 * scope whose counts disagree keeps its unnamed elements unrated, for the totals rules to report.
 */
export declare function deriveRestCompliant(assessment: Assessment): Assessment;
/**
 * Where the report says every element it does not rate keeps an earlier visit's rating, and gives
 * that visit's whole position: each unrated element has the earlier rating (derived), provided the
 * stated totals (overall, and of every criterion that has its own) agree with the result in every
 * count. No totals to agree with, or one that disagrees, and nothing is assumed.
 */
export declare function deriveKeptRatings(assessment: Assessment, earlier: ReadonlyMap<string, ElementRating['rating']>): Assessment;
