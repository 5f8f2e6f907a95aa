/**
 * The SQL of benchmarking, in one place: which assessment of each holder counts, with its rating
 * counts and pattern, and a holder's visits. Everything reads the
 * views of migration 2 (`completed_visits`, `holder_visits`), so an analyst can run the same in
 * `sqlite3`.
 */
import type { Database } from 'better-sqlite3';
import { UNRATED_LETTER } from '../db/migrations.js';
import type { Stage } from '../schema/report.js';
import { ELEMENTS } from '../standard/catalogue.js';

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

const COUNTS = `
  coalesce(c.elements_rated, 0) AS elementsRated, coalesce(c.compliance_plus, 0) AS compliancePlus, coalesce(c.compliance, 0) AS compliance,
  coalesce(c.partial_compliance, 0) AS partialCompliance, coalesce(c.non_compliance, 0) AS nonCompliance,
  coalesce(c.ratings, '${UNRATED_LETTER.repeat(ELEMENTS.length)}') AS ratingPattern`;

const VISIT_COLUMNS = `
  v.assessment_id AS assessmentId, v.organisation_id AS organisationId, o.name AS organisation, o.name_key AS nameKey, o.sector, o.region,
  v.assessment_body AS assessmentBody, v.stage, v.assessed_on AS assessedOn, v.read_in_part AS readInPart, v.read_in_part_reasons AS readInPartReasons, ${COUNTS}`;

// The window is applied before the latest visit is chosen: "the 2016 table" is each holder's
// latest visit made in 2016, not the holders whose latest visit ever was in 2016.
const LATEST_VISITS = `
WITH windowed AS (
  SELECT c.*, row_number() OVER (
    PARTITION BY c.organisation_id ORDER BY c.assessed_on DESC, c.stage_order DESC, c.assessment_id DESC
  ) AS recency
  FROM completed_visits c
  WHERE (@year IS NULL OR substr(c.assessed_on, 1, 4) = @year)
    AND (@asOf IS NULL OR c.assessed_on <= @asOf)
)
SELECT ${VISIT_COLUMNS}
FROM windowed v
JOIN organisations o ON o.id = v.organisation_id
LEFT JOIN assessment_rating_counts c ON c.assessment_id = v.assessment_id
WHERE v.recency = 1`;

const VISITS_OF_HOLDER = `
SELECT ${VISIT_COLUMNS}
FROM completed_visits v
JOIN organisations o ON o.id = v.organisation_id
LEFT JOIN assessment_rating_counts c ON c.assessment_id = v.assessment_id
WHERE v.organisation_id = ?
ORDER BY v.assessed_on, v.stage_order, v.assessment_id`;

const ALL_VISITS = `
SELECT ${VISIT_COLUMNS}
FROM completed_visits v
JOIN organisations o ON o.id = v.organisation_id
LEFT JOIN assessment_rating_counts c ON c.assessment_id = v.assessment_id
WHERE (@year IS NULL OR substr(v.assessed_on, 1, 4) = @year)`;

function windowParameters(window: VisitWindow): { year: string | null; asOf: string | null } {
  return { year: window.year == null ? null : String(window.year), asOf: window.asOf ?? null };
}

/** SQLite's 0 and 1 as the boolean they mean. */
function visits(rows: unknown[]): HolderVisit[] {
  return (rows as (Omit<HolderVisit, 'readInPart'> & { readInPart: number })[]).map((row) => ({ ...row, readInPart: row.readInPart === 1 }));
}

/** Each holder's latest completed visit within the window. */
export function latestVisits(db: Database, window: VisitWindow = {}): HolderVisit[] {
  return visits(db.prepare(LATEST_VISITS).all(windowParameters(window)));
}

/** Every completed visit of one holder, oldest first. */
export function visitsOfHolder(db: Database, organisationId: number): HolderVisit[] {
  return visits(db.prepare(VISITS_OF_HOLDER).all(organisationId));
}

/** Every completed visit of every holder (made in `year` when given). */
export function allVisits(db: Database, window: Pick<VisitWindow, 'year'> = {}): HolderVisit[] {
  return visits(db.prepare(ALL_VISITS).all({ year: windowParameters(window).year }));
}

export interface OrganisationName {
  id: number;
  name: string;
  nameKey: string;
}

export function organisationNames(db: Database): OrganisationName[] {
  return db.prepare('SELECT id, name, name_key AS nameKey FROM organisations ORDER BY name_key').all() as OrganisationName[];
}
