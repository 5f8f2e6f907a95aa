import { UNRATED_LETTER } from '../db/migrations.js';
import { ELEMENTS } from '../standard/catalogue.js';
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
function windowParameters(window) {
    return { year: window.year == null ? null : String(window.year), asOf: window.asOf ?? null };
}
/** SQLite's 0 and 1 as the boolean they mean. */
function visits(rows) {
    return rows.map((row) => ({ ...row, readInPart: row.readInPart === 1 }));
}
/** Each holder's latest completed visit within the window. */
export function latestVisits(db, window = {}) {
    return visits(db.prepare(LATEST_VISITS).all(windowParameters(window)));
}
/** Every completed visit of one holder, oldest first. */
export function visitsOfHolder(db, organisationId) {
    return visits(db.prepare(VISITS_OF_HOLDER).all(organisationId));
}
/** Every completed visit of every holder (made in `year` when given). */
export function allVisits(db, window = {}) {
    return visits(db.prepare(ALL_VISITS).all({ year: windowParameters(window).year }));
}
export function organisationNames(db) {
    return db.prepare('SELECT id, name, name_key AS nameKey FROM organisations ORDER BY name_key').all();
}
//# sourceMappingURL=queries.js.map