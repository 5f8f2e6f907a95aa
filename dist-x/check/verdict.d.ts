/**
 * Does a stage's result meet the scheme: no non-compliance, partial compliances within each
 * criterion's tolerance and the overall one? Computed from counts, so rules and the check
 * command's one-line verdict agree.
 */
import type { Assessment, Report } from '../schema/report.js';
import { type CriterionNumber } from '../standard/catalogue.js';
import type { Scheme } from '../standard/scheme.js';
export interface CriterionCounts {
    partial: number | null;
    nonCompliance: number | null;
    /** Partial compliances the stage names one by one: a floor on the count where the count itself is unknown. */
    partialNamed: number;
    nonComplianceNamed: number;
}
export interface Verdict {
    meets: boolean | null;
    reasons: string[];
    partialTotal: number | null;
    nonComplianceTotal: number | null;
    /** Why the stage is read only in part, where it is: the verdict then cannot be told. */
    readInPart?: string[];
}
export declare function countsByCriterion(assessment: Assessment): Record<CriterionNumber, CriterionCounts>;
/**
 * A count the verdict can use: the known one, else the elements named with the rating where they
 * are already more than allowed (three named partials in criterion 1 break it, whatever the rest).
 */
export declare function countOrBreach(known: number | null, named: number, allowed: number): number | null;
export declare function verdictFromCounts(counts: Record<CriterionNumber, CriterionCounts>, scheme: Scheme, overallPartial?: number | null, overallNonCompliance?: number | null): Verdict;
/**
 * A stage's verdict. Given the record's findings, a stage read only in part says so: where the
 * counts the verdict needs are not all known it cannot be told, and where a table of ratings could
 * not be read at all it is never said to meet the standard, since that table could break it. A
 * breach already read stands, and so does a verdict the stated totals settle (Stockton's 12-month
 * review states every count, though it names too few elements to rate them all).
 */
export declare function verdictOf(assessment: Assessment, scheme: Scheme, record?: Pick<Report, 'findings'>): Verdict;
/** One line a certification manager reads: "meets the standard: no non-compliance, 4 partial compliances within tolerance". */
export declare function verdictLine(verdict: Verdict): string;
/** Each stage's verdict as data, beside the findings (`cse check --json`, the app's check page). */
export declare function stageVerdicts(report: Report, scheme: Scheme): ({
    stage: "initial" | "review-1" | "review-2" | "reassessment" | "unknown";
    status: "not-started";
    meets: null;
    verdict: null;
} | {
    stage: "initial" | "review-1" | "review-2" | "reassessment" | "unknown";
    status: "completed";
    meets: boolean | null;
    verdict: string;
})[];
