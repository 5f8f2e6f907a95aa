import { type Rating } from '../schema/report.js';
import type { HolderVisit } from './queries.js';
export type RatingTally = Record<Rating, number>;
export interface ElementShares {
    code: string;
    criterion: number;
    /** Holders whose latest report rates this element. */
    rated: number;
    counts: RatingTally;
    /** counts / rated, 0–1; all 0 where no holder is rated on it. */
    shares: RatingTally;
}
export interface ElementStatistics {
    /** Holders in the table. */
    holders: number;
    /** Of those, holders whose latest report was read only in part: only the elements it read count. */
    readInPart: number;
    national: ElementShares[];
    /** Sector name ("not known" for holders without one) to its elements, sectors in alphabetical order. */
    bySector: {
        sector: string;
        holders: number;
        elements: ElementShares[];
    }[];
    /** The elements with the highest share of partial compliance, most first (at most 10, only those with any). */
    mostOftenPartial: ElementShares[];
}
export declare const SECTOR_NOT_KNOWN = "not known";
/** Read from each holder's rating pattern (one letter per element), already in the table: no query. */
export declare function elementStatistics(table: readonly HolderVisit[]): ElementStatistics;
