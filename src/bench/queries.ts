/**
 * The SQL of benchmarking, in one place: which assessment of each holder counts, its rating
 * counts, the ratings of many assessments by element, and a holder's visits. Everything reads the
 * views of migration 2 (`completed_visits`, `holder_visits`), so an analyst can run the same in
 * `sqlite3`.
 */
import type { Database } from 'better-sqlite3';
import type { Rating, Stage } from '../schema/report.js';

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
  sector: string | null;
  region: string | null;
  assessmentBody: string | null;
  stage: Stage;
  /** The visit date, else the report date; null where the report gives neither. */
  assessedOn: string | null;
}

/** Which visit of each holder counts: its latest, among those made in `year` and on or before `asOf` when given. */
export interface VisitWindow {
  year?: number | null;
  asOf?: string | null;
}

const COUNTS = `
  coalesce(c.elements_rated, 0) AS elementsRated, coalesce(c.compliance_plus, 0) AS compliancePlus, coalesce(c.compliance, 0) AS compliance,
  coalesce(c.partial_compliance, 0) AS partialCompliance, coalesce(c.non_compliance, 0) AS nonCompliance`;

const VISIT_COLUMNS = `
  v.assessment_id AS assessmentId, v.organisation_id AS organisationId, o.name AS organisation, o.sector, o.region,
  v.assessment_body AS assessmentBody, v.stage, v.assessed_on AS assessedOn, ${COUNTS}`;

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

// The chosen assessments arrive with their holder's sector, so each of their ~57 ratings is
// counted from the index alone, without looking up its assessment and organisation.
const RATINGS_BY_ELEMENT = `
WITH chosen AS MATERIALIZED (
  SELECT value ->> '$[0]' AS assessment_id, value ->> '$[1]' AS sector FROM json_each(?)
)
SELECT r.element_code AS element, r.rating, chosen.sector, count(*) AS holders
FROM chosen
JOIN element_ratings r ON r.assessment_id = chosen.assessment_id
GROUP BY r.element_code, r.rating, chosen.sector`;

function windowParameters(window: VisitWindow): { year: string | null; asOf: string | null } {
  return { year: window.year == null ? null : String(window.year), asOf: window.asOf ?? null };
}

/** Each holder's latest completed visit within the window. */
export function latestVisits(db: Database, window: VisitWindow = {}): HolderVisit[] {
  return db.prepare(LATEST_VISITS).all(windowParameters(window)) as HolderVisit[];
}

/** Every completed visit of one holder, oldest first. */
export function visitsOfHolder(db: Database, organisationId: number): HolderVisit[] {
  return db.prepare(VISITS_OF_HOLDER).all(organisationId) as HolderVisit[];
}

/** Every completed visit of every holder (made in `year` when given). */
export function allVisits(db: Database, window: Pick<VisitWindow, 'year'> = {}): HolderVisit[] {
  return db.prepare(ALL_VISITS).all({ year: windowParameters(window).year }) as HolderVisit[];
}

/** How many of the chosen assessments rate an element so, by the holder's sector. */
export interface ElementRatingCount {
  element: string;
  rating: Rating;
  sector: string | null;
  holders: number;
}

/** The element ratings of the given assessments (one per holder), counted by element, rating and sector. */
export function elementRatingCounts(db: Database, assessments: readonly Pick<HolderVisit, 'assessmentId' | 'sector'>[]): ElementRatingCount[] {
  return db.prepare(RATINGS_BY_ELEMENT).all(JSON.stringify(assessments.map((a) => [a.assessmentId, a.sector]))) as ElementRatingCount[];
}

export interface OrganisationName {
  id: number;
  name: string;
  nameKey: string;
}

export function organisationNames(db: Database): OrganisationName[] {
  return db.prepare('SELECT id, name, name_key AS nameKey FROM organisations ORDER BY name_key').all() as OrganisationName[];
}
