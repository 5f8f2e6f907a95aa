/**
 * The holders page: every holder with its latest completed assessment, searched by name and
 * filtered by sector, region and body as `cse bench` filters them.
 */
import type { Database } from 'better-sqlite3';
import { type BenchFilters } from '../../bench/filters.js';
import { type PointsScheme } from '../../bench/points.js';
import { type HolderVisit } from '../../bench/queries.js';
export interface HolderRow extends HolderVisit {
    points: number;
    /** How many of the latest assessment's values a reviewer corrected. */
    corrections: number;
}
export interface HolderQuery extends BenchFilters {
    /** Words the holder's name contains, in any case and punctuation. */
    q?: string | null;
}
export declare function holders(db: Database, query: HolderQuery, points?: PointsScheme): HolderRow[];
/** The values each filter can take, for the page's drop-downs. */
export declare function filterChoices(db: Database): {
    sectors: string[];
    regions: string[];
    bodies: string[];
    years: number[];
};
