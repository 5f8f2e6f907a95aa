/**
 * The league table of holders on their latest completed assessment, and one holder's place in
 * it: overall, in its sector, and at its previous assessment.
 */
import type { Database } from 'better-sqlite3';
import { type BenchFilters } from './filters.js';
import type { PointsScheme } from './points.js';
import { type HolderVisit } from './queries.js';
import { type RankedHolder, type Standing } from './ranking.js';
/** A benchmark question cse cannot answer as asked (an unknown holder, one outside the filters); the message says why. */
export declare class BenchError extends Error {
    readonly name = "BenchError";
}
export interface BenchOptions {
    filters: BenchFilters;
    points: PointsScheme;
    /**
     * Rank holders whose latest report was read only in part too (their `readInPart` marks them).
     * Left out by default: a reading that missed ratings ranks a holder on what was not read.
     */
    includePartial?: boolean;
}
export declare function leagueTable(db: Database, options: BenchOptions, asOf?: string | null): RankedHolder[];
/** The holders the league table leaves out because their latest report was read only in part; none with `includePartial`. */
export declare function leftOutReadInPart(db: Database, options: BenchOptions): HolderVisit[];
/** "Foo Council: 41 of 57 elements rated" */
export declare function describeReadInPart(v: Pick<HolderVisit, 'organisation' | 'readInPartReasons'>): string;
/** "2 holders left out: their latest report was read only in part (…); --include-partial to rank them, marked", or null when none is. */
export declare function leftOutSentence(leftOut: readonly HolderVisit[], howToRank?: string): string | null;
/** The holder a name means: the same name folded (case, punctuation), else the one holder whose name contains it. */
export declare function findHolder(db: Database, name: string): {
    id: number;
    name: string;
};
export interface VisitPoints extends HolderVisit {
    points: number;
}
export interface HolderPosition {
    holder: RankedHolder;
    overall: Standing;
    /** In analysts' words: "35th of 412 holders; 8 of those ahead have …". */
    overallWords: string;
    /** Among holders of its sector; null when its sector is not known. */
    inSector: Standing | null;
    inSectorWords: string | null;
    /** The completed visit before the one ranked; null when none is loaded. */
    previous: VisitPoints | null;
    /** Its standing in the table as it stood on the previous visit's date; null when that visit is undated. */
    previousStanding: Standing | null;
    /** Every completed visit, oldest first. */
    visits: VisitPoints[];
}
export declare function holderPosition(db: Database, name: string, options: BenchOptions): HolderPosition;
