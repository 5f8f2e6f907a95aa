/**
 * How results move over time: nationally, year by year over every completed visit (not only each
 * holder's latest), and for one holder, visit by visit (in `HolderPosition.visits`).
 */
import type { Database } from 'better-sqlite3';
import { type BenchFilters } from './filters.js';
import type { PointsScheme } from './points.js';
export interface YearTrend {
    year: number;
    assessments: number;
    holders: number;
    meanCompliancePlus: number;
    meanPartialCompliance: number;
    /** Share of the year's assessments with no partial compliance, 0–1. */
    withoutPartialShare: number;
    meanPoints: number;
}
export interface NationalTrends {
    years: YearTrend[];
    /** Completed visits with neither a visit nor a report date, left out of the years. */
    undated: number;
    /** Completed visits whose report was read only in part: left out of the years, unless included. */
    readInPart: number;
    /** Whether those are counted in the years. */
    readInPartIncluded: boolean;
}
export declare function nationalTrends(db: Database, filters: BenchFilters, points: PointsScheme, includePartial?: boolean): NationalTrends;
