/**
 * The scheme's numbers, versioned, each with its source. Rules read these; no rule writes a
 * number of the scheme inline. The Cabinet Office changes them from time to time, so a future
 * version is a new entry here, not an edit of this one.
 */
import { type CriterionNumber } from './catalogue.js';
export interface Scheme {
    version: string;
    /** Where each number comes from. */
    sources: Record<string, string>;
    /** Number of elements in each criterion (derived from the catalogue and checked against the stated table). */
    elementsPerCriterion: Record<CriterionNumber, number>;
    totalElements: number;
    /** Most partial compliances allowed in each criterion. */
    partialTolerance: Record<CriterionNumber, number>;
    /** Most partial compliances allowed overall. */
    partialToleranceOverall: number;
    /** Non-compliances allowed anywhere. */
    nonComplianceAllowed: number;
    /** Achievement level required in each criterion, as a fraction. */
    achievementLevel: number;
    /** Lower bound of the band in which gaps may be closed by documentary evidence. */
    documentaryEvidenceBand: {
        from: number;
        to: number;
        withinMonths: number;
    };
    cycle: {
        /** The first review must be within this many months of the initial assessment (certificate date). */
        firstReviewWithinMonths: number;
        /** Each annual review within this many months of the previous visit. */
        annualReviewWithinMonths: number;
        certificateValidMonths: number;
        /** Reassessment at least this many months before the certificate expires. */
        reassessmentMonthsBeforeExpiry: number;
    };
}
export declare const SCHEME_2019: Scheme;
/** The scheme in force unless a caller passes another. */
export declare const DEFAULT_SCHEME: Scheme;
