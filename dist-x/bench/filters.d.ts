import type { HolderVisit } from './queries.js';
export interface BenchFilters {
    sector?: string | null;
    region?: string | null;
    body?: string | null;
    /** Visits made in this year; each holder's latest of them counts. */
    year?: number | null;
}
/** Whether a visit's holder and body pass the sector, region and body filters (the year is applied in SQL). */
export declare function passesFilters(filters: BenchFilters): (visit: HolderVisit) => boolean;
/** "Local government, North East, 2016", or "all holders". */
export declare function describeFilters(filters: BenchFilters): string;
