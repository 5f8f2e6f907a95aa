/**
 * The SQL of benchmarking, in one place: which assessment of each holder counts, with its rating
 * counts and pattern, and a holder's visits. Everything reads the
 * views of migration 2 (`completed_visits`, `holder_visits`), so an analyst can run the same in
 * `sqlite3`.
 */
import type { Database } from 'better-sqlite3';
import type { Stage } from '../schema/report.js';
/** How many elements of an assessment have each rating; elements the report leaves unrated are in none. */
export interface RatingCounts {
    elementsRated: number;
    compliancePlus: number;
    compliance: number;
    partialCompliance: number;
    nonCompliance: number;
}
/** One completed visit of a holder, with its counts. */
export interface HolderVisit extends RatingCounts {
    assessmentId: number;
    organisationId: number;
    organisation: string;
    /** The name folded for matching and for listing holders of a shared rank in a stable order. */
    nameKey: string;
    sector: string | null;
    region: string | null;
    assessmentBody: string | null;
    stage: Stage;
    /** The visit date, else the report date; null where the report gives neither. */
    assessedOn: string | null;
    /** One letter per element in the standard's order (RATING_LETTERS of src/db/migrations.ts). */
    ratingPattern: string;
    /** Whether the report of this visit was read only in part (src/check/reading-coverage.ts), and why. */
    readInPart: boolean;
    readInPartReasons: string | null;
}
/** Which visit of each holder counts: its latest, among those made in `year` and on or before `asOf` when given. */
export interface VisitWindow {
    year?: number | null;
    asOf?: string | null;
}
/** Each holder's latest completed visit within the window. */
export declare function latestVisits(db: Database, window?: VisitWindow): HolderVisit[];
/** Every completed visit of one holder, oldest first. */
export declare function visitsOfHolder(db: Database, organisationId: number): HolderVisit[];
/** Every completed visit of every holder (made in `year` when given). */
export declare function allVisits(db: Database, window?: Pick<VisitWindow, 'year'>): HolderVisit[];
export interface OrganisationName {
    id: number;
    name: string;
    nameKey: string;
}
export declare function organisationNames(db: Database): OrganisationName[];
