import type { PointsScheme } from './points.js';
import type { HolderVisit, RatingCounts } from './queries.js';
export interface RankedHolder extends HolderVisit {
    points: number;
    /** 1 for the first; equal for holders the order cannot tell apart. */
    rank: number;
    /** Whether another holder shares this rank. */
    joint: boolean;
}
/** Points of one assessment: each rated element's points; unrated elements earn none. */
export declare function pointsOf(counts: RatingCounts, scheme: PointsScheme): number;
export declare function rankHolders(visits: readonly HolderVisit[], scheme: PointsScheme): RankedHolder[];
/** Where a holder stands in a ranked table. */
export interface Standing {
    rank: number;
    joint: boolean;
    holders: number;
    /** Holders ranked above it (rank − 1). */
    ahead: number;
    /** Of those ahead, how many have one or more partial compliances. */
    aheadWithPartial: number;
    /** Holders with as many partial compliances as it: none, or one or more. */
    sharingPartialStatus: number;
    hasPartial: boolean;
    /** Share of the other holders it ranks above, 0–100 (100 for a holder alone in its table). */
    percentile: number;
}
export declare function standingOf(table: readonly RankedHolder[], organisationId: number): Standing | null;
export declare function ordinal(n: number): string;
/** "35th of 412 holders; 8 of those ahead have 1 or more partial compliances; one of 79 holders with no partial compliances" */
export declare function describeStanding(s: Standing): string;
