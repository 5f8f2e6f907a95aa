import { CRITERIA, ELEMENTS, criterionOf } from '../standard/catalogue.js';
import { assessmentInRecord } from './record-assessment.js';
import { readInPart } from '../check/reading-coverage.js';
const RATING_CHECK = "rating IN ('non-compliance', 'partial-compliance', 'compliance', 'compliance-plus')";
const STAGE_CHECK = "stage IN ('initial', 'review-1', 'review-2', 'reassessment', 'unknown')";
const SCHEMA_1 = `
CREATE TABLE organisations (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  sector TEXT,
  region TEXT,
  personal_details_opt_out INTEGER NOT NULL DEFAULT 0 CHECK (personal_details_opt_out IN (0, 1))
);

CREATE TABLE import_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  status TEXT NOT NULL CHECK (status IN ('running', 'finished', 'interrupted')),
  process_id INTEGER NOT NULL,
  paths TEXT NOT NULL,
  manifest TEXT,
  jobs INTEGER NOT NULL,
  files_found INTEGER,
  imported INTEGER,
  skipped INTEGER,
  replaced INTEGER,
  failed INTEGER
);

CREATE TABLE source_documents (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  format TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  template TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisations(id),
  assessment_body TEXT,
  imported_at TEXT NOT NULL,
  import_run_id INTEGER NOT NULL REFERENCES import_runs(id),
  record_json TEXT NOT NULL CHECK (json_valid(record_json))
);
CREATE INDEX source_documents_organisation ON source_documents(organisation_id);

CREATE TABLE import_failures (
  id INTEGER PRIMARY KEY,
  import_run_id INTEGER NOT NULL REFERENCES import_runs(id),
  path TEXT NOT NULL,
  sha256 TEXT,
  error_code TEXT NOT NULL,
  message TEXT NOT NULL
);

CREATE TABLE criteria (
  number INTEGER PRIMARY KEY,
  title TEXT NOT NULL
);

CREATE TABLE elements (
  code TEXT PRIMARY KEY,
  criterion INTEGER NOT NULL REFERENCES criteria(number),
  position INTEGER NOT NULL UNIQUE,
  statement TEXT NOT NULL
);

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  organisation_id INTEGER REFERENCES organisations(id),
  stage TEXT NOT NULL CHECK (${STAGE_CHECK}),
  status TEXT NOT NULL CHECK (status IN ('completed', 'not-started')),
  report_date TEXT,
  visit_date TEXT,
  document_review_date TEXT,
  assessment_body TEXT,
  ratings_fingerprint TEXT NOT NULL
);
CREATE INDEX assessments_identity ON assessments(organisation_id, stage, status);

CREATE TABLE assessment_documents (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  source_document_id INTEGER NOT NULL REFERENCES source_documents(id),
  role TEXT NOT NULL CHECK (role IN ('current', 'superseded')),
  PRIMARY KEY (assessment_id, source_document_id)
);
CREATE INDEX assessment_documents_document ON assessment_documents(source_document_id);

CREATE TABLE assessors (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (assessment_id, position)
);

CREATE TABLE element_ratings (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  element_code TEXT NOT NULL REFERENCES elements(code),
  rating TEXT NOT NULL CHECK (${RATING_CHECK}),
  basis TEXT NOT NULL CHECK (basis IN ('stated', 'derived')),
  justification TEXT,
  PRIMARY KEY (assessment_id, element_code)
);
CREATE INDEX element_ratings_element ON element_ratings(element_code, rating);

CREATE TABLE stated_totals (
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  criterion INTEGER REFERENCES criteria(number),
  non_compliance INTEGER,
  partial_compliance INTEGER,
  compliance INTEGER,
  compliance_plus INTEGER,
  UNIQUE (assessment_id, criterion)
);

CREATE TABLE findings (
  id INTEGER PRIMARY KEY,
  source_document_id INTEGER NOT NULL REFERENCES source_documents(id),
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
  message TEXT NOT NULL,
  stage TEXT CHECK (stage IS NULL OR ${STAGE_CHECK}),
  criterion INTEGER REFERENCES criteria(number),
  elements TEXT NOT NULL,
  expected TEXT,
  actual TEXT,
  location TEXT
);
CREATE INDEX findings_document ON findings(source_document_id);

CREATE VIRTUAL TABLE text_search USING fts5(
  text,
  kind UNINDEXED,
  source_document_id UNINDEXED,
  assessment_id UNINDEXED,
  element_code UNINDEXED,
  section UNINDEXED,
  location UNINDEXED,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE VIEW assessment_overview AS
SELECT
  a.id AS assessment_id,
  o.name AS organisation,
  o.sector,
  o.region,
  a.stage,
  a.status,
  a.visit_date,
  a.report_date,
  a.document_review_date,
  a.assessment_body,
  (SELECT group_concat(name, ', ') FROM (SELECT name FROM assessors WHERE assessment_id = a.id ORDER BY position)) AS assessors,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id) AS elements_rated,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'compliance-plus') AS compliance_plus,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'compliance') AS compliance,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'partial-compliance') AS partial_compliance,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'non-compliance') AS non_compliance,
  (SELECT group_concat(d.path, '; ') FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
     WHERE ad.assessment_id = a.id AND ad.role = 'current') AS source_documents
FROM assessments a
LEFT JOIN organisations o ON o.id = a.organisation_id;

CREATE VIEW element_rating_details AS
SELECT
  r.assessment_id,
  o.name AS organisation,
  o.sector,
  a.stage,
  a.visit_date,
  a.report_date,
  r.element_code,
  e.criterion,
  c.title AS criterion_title,
  e.statement,
  r.rating,
  r.basis,
  r.justification
FROM element_ratings r
JOIN assessments a ON a.id = r.assessment_id
JOIN elements e ON e.code = r.element_code
JOIN criteria c ON c.number = e.criterion
LEFT JOIN organisations o ON o.id = a.organisation_id;

CREATE VIEW document_overview AS
SELECT
  d.id AS source_document_id,
  d.path,
  d.format,
  d.size_bytes,
  d.template,
  o.name AS organisation,
  d.assessment_body,
  d.imported_at,
  d.import_run_id,
  (SELECT count(*) FROM assessment_documents ad WHERE ad.source_document_id = d.id AND ad.role = 'current') AS current_assessments,
  (SELECT count(*) FROM assessment_documents ad WHERE ad.source_document_id = d.id AND ad.role = 'superseded') AS superseded_assessments,
  (SELECT count(*) FROM findings f WHERE f.source_document_id = d.id AND f.severity = 'error') AS error_findings,
  (SELECT count(*) FROM findings f WHERE f.source_document_id = d.id AND f.severity = 'warning') AS warning_findings
FROM source_documents d
LEFT JOIN organisations o ON o.id = d.organisation_id;

CREATE VIEW finding_details AS
SELECT
  f.id AS finding_id,
  d.path,
  o.name AS organisation,
  f.stage,
  f.severity,
  f.rule,
  f.criterion,
  f.elements,
  f.message
FROM findings f
JOIN source_documents d ON d.id = f.source_document_id
LEFT JOIN organisations o ON o.id = d.organisation_id;

CREATE VIEW public_directory AS
WITH latest AS (
  SELECT a.*, row_number() OVER (
    PARTITION BY a.organisation_id ORDER BY coalesce(a.visit_date, a.report_date) DESC, a.id DESC
  ) AS recency
  FROM assessments a
  WHERE a.status = 'completed' AND a.organisation_id IS NOT NULL
)
SELECT
  o.name AS organisation,
  o.sector,
  o.region,
  l.assessment_body,
  l.stage AS latest_stage,
  coalesce(l.visit_date, l.report_date) AS latest_assessed_on,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = l.id AND r.rating = 'compliance-plus') AS compliance_plus,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = l.id AND r.rating = 'partial-compliance') AS partial_compliance,
  CASE WHEN o.personal_details_opt_out THEN NULL
       ELSE (SELECT group_concat(name, ', ') FROM (SELECT name FROM assessors WHERE assessment_id = l.id ORDER BY position))
  END AS assessors,
  o.personal_details_opt_out
FROM latest l
JOIN organisations o ON o.id = l.organisation_id
WHERE l.recency = 1;
`;
/**
 * For benchmarking holders (`cse bench`). `assessment_rating_counts` keeps each assessment's
 * number of elements per rating, kept by triggers as ratings are loaded, replaced or deleted, so
 * ranking thousands of holders reads one row per holder instead of counting 57 ratings each.
 * `completed_visits` is every completed visit of a known holder with the date it was assessed:
 * its visit date, else its report date; visits on the same date (or both undated) are ordered by
 * their stage in the cycle; an undated visit counts as older than any dated one, as in
 * `public_directory`.
 */
const RATING_COUNT_COLUMNS = [
    ['compliance-plus', 'compliance_plus'],
    ['compliance', 'compliance'],
    ['partial-compliance', 'partial_compliance'],
    ['non-compliance', 'non_compliance'],
];
/** The letter of each rating in `assessment_rating_counts.ratings`; an element not rated is UNRATED_LETTER. */
export const RATING_LETTERS = { 'compliance-plus': '+', compliance: 'C', 'partial-compliance': 'P', 'non-compliance': 'N' };
export const UNRATED_LETTER = '-';
const letterOf = (rating) => `CASE ${rating} ${Object.entries(RATING_LETTERS).map(([r, l]) => `WHEN '${r}' THEN '${l}'`).join(' ')} END`;
/** Sets one element's letter in the pattern: the letter of the rating written, or UNRATED_LETTER when it is removed. */
const patternChange = (ratingOf, sign) => {
    const position = `(SELECT position FROM elements WHERE code = ${ratingOf}.element_code)`;
    const letter = sign === '+' ? letterOf(`${ratingOf}.rating`) : `'${UNRATED_LETTER}'`;
    return `ratings = substr(ratings, 1, ${position} - 1) || ${letter} || substr(ratings, ${position} + 1)`;
};
const countChange = (ratingOf, sign) => `elements_rated = elements_rated ${sign} 1, ${RATING_COUNT_COLUMNS.map(([rating, column]) => `${column} = ${column} ${sign} (${ratingOf}.rating = '${rating}')`).join(', ')}, ${patternChange(ratingOf, sign)}`;
const SCHEMA_2 = `
CREATE TABLE assessment_rating_counts (
  assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,
  elements_rated INTEGER NOT NULL DEFAULT 0,
  ${RATING_COUNT_COLUMNS.map(([, column]) => `${column} INTEGER NOT NULL DEFAULT 0`).join(',\n  ')},
  ratings TEXT NOT NULL DEFAULT '${UNRATED_LETTER.repeat(ELEMENTS.length)}'
);
INSERT INTO assessment_rating_counts (assessment_id, elements_rated, ${RATING_COUNT_COLUMNS.map(([, c]) => c).join(', ')}, ratings)
SELECT a.id, count(r.rating), ${RATING_COUNT_COLUMNS.map(([rating]) => `count(*) FILTER (WHERE r.rating = '${rating}')`).join(', ')},
  group_concat(coalesce(${letterOf('r.rating')}, '${UNRATED_LETTER}'), '' ORDER BY e.position)
FROM assessments a
CROSS JOIN elements e
LEFT JOIN element_ratings r ON r.assessment_id = a.id AND r.element_code = e.code
WHERE a.id IN (SELECT assessment_id FROM element_ratings)
GROUP BY a.id;

CREATE TRIGGER element_rating_counted AFTER INSERT ON element_ratings BEGIN
  INSERT INTO assessment_rating_counts (assessment_id) VALUES (NEW.assessment_id) ON CONFLICT (assessment_id) DO NOTHING;
  UPDATE assessment_rating_counts SET ${countChange('NEW', '+')} WHERE assessment_id = NEW.assessment_id;
END;
CREATE TRIGGER element_rating_uncounted AFTER DELETE ON element_ratings BEGIN
  UPDATE assessment_rating_counts SET ${countChange('OLD', '-')} WHERE assessment_id = OLD.assessment_id;
END;
CREATE TRIGGER element_rating_recounted AFTER UPDATE OF rating, assessment_id ON element_ratings BEGIN
  UPDATE assessment_rating_counts SET ${countChange('OLD', '-')} WHERE assessment_id = OLD.assessment_id;
  INSERT INTO assessment_rating_counts (assessment_id) VALUES (NEW.assessment_id) ON CONFLICT (assessment_id) DO NOTHING;
  UPDATE assessment_rating_counts SET ${countChange('NEW', '+')} WHERE assessment_id = NEW.assessment_id;
END;

CREATE VIEW completed_visits AS
SELECT
  a.id AS assessment_id,
  a.organisation_id,
  a.stage,
  a.assessment_body,
  coalesce(a.visit_date, a.report_date) AS assessed_on,
  CASE a.stage WHEN 'initial' THEN 1 WHEN 'review-1' THEN 2 WHEN 'review-2' THEN 3 WHEN 'reassessment' THEN 4 ELSE 0 END AS stage_order
FROM assessments a
WHERE a.status = 'completed' AND a.organisation_id IS NOT NULL;

CREATE VIEW holder_visits AS
SELECT
  v.assessment_id,
  o.name AS organisation,
  o.sector,
  o.region,
  v.assessment_body,
  v.stage,
  v.assessed_on,
  row_number() OVER (PARTITION BY v.organisation_id ORDER BY v.assessed_on, v.stage_order, v.assessment_id) AS visit_number,
  row_number() OVER (PARTITION BY v.organisation_id ORDER BY v.assessed_on DESC, v.stage_order DESC, v.assessment_id DESC) = 1 AS is_latest,
  coalesce(c.elements_rated, 0) AS elements_rated,
  ${RATING_COUNT_COLUMNS.map(([, column]) => `coalesce(c.${column}, 0) AS ${column}`).join(',\n  ')}
FROM completed_visits v
JOIN organisations o ON o.id = v.organisation_id
LEFT JOIN assessment_rating_counts c ON c.assessment_id = v.assessment_id;
`;
/**
 * Knowing what was read (issue 14). `assessments.read_in_part` is 1 when the record an
 * assessment's values come from did not read all of it (src/check/reading-coverage.ts), and
 * `read_in_part_reasons` says why ("43 of 57 elements rated; …"). `read_from_document_id` is the
 * copy whose reading is kept when one assessment has several (the PDF and the Word file of one
 * report): the one read more completely. `copy_disagreements` lists what its copies read
 * differently, one row per difference, each with both values and both documents.
 */
const SCHEMA_3_TABLES = `
ALTER TABLE assessments ADD COLUMN read_from_document_id INTEGER REFERENCES source_documents(id);
ALTER TABLE assessments ADD COLUMN read_in_part INTEGER NOT NULL DEFAULT 0 CHECK (read_in_part IN (0, 1));
ALTER TABLE assessments ADD COLUMN read_in_part_reasons TEXT;

CREATE TABLE copy_disagreements (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  what TEXT NOT NULL CHECK (what IN ('element rating', 'totals', 'report date', 'visit date', 'document review date', 'organisation')),
  element_code TEXT REFERENCES elements(code),
  criterion INTEGER REFERENCES criteria(number),
  kept_document_id INTEGER NOT NULL REFERENCES source_documents(id),
  kept_value TEXT,
  other_document_id INTEGER NOT NULL REFERENCES source_documents(id),
  other_value TEXT
);
CREATE INDEX copy_disagreements_assessment ON copy_disagreements(assessment_id);

CREATE VIEW copy_disagreement_details AS
SELECT
  x.assessment_id,
  o.name AS organisation,
  a.stage,
  x.what,
  x.element_code,
  x.criterion,
  k.path AS kept_path,
  x.kept_value,
  d.path AS other_path,
  x.other_value
FROM copy_disagreements x
JOIN assessments a ON a.id = x.assessment_id
LEFT JOIN organisations o ON o.id = a.organisation_id
JOIN source_documents k ON k.id = x.kept_document_id
JOIN source_documents d ON d.id = x.other_document_id;
`;
/** The views of migrations 1 and 2 that show assessments, again, with how completely each was read. */
const SCHEMA_3_VIEWS = `
DROP VIEW assessment_overview;
CREATE VIEW assessment_overview AS
SELECT
  a.id AS assessment_id,
  o.name AS organisation,
  o.sector,
  o.region,
  a.stage,
  a.status,
  a.visit_date,
  a.report_date,
  a.document_review_date,
  a.assessment_body,
  (SELECT group_concat(name, ', ') FROM (SELECT name FROM assessors WHERE assessment_id = a.id ORDER BY position)) AS assessors,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id) AS elements_rated,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'compliance-plus') AS compliance_plus,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'compliance') AS compliance,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'partial-compliance') AS partial_compliance,
  (SELECT count(*) FROM element_ratings r WHERE r.assessment_id = a.id AND r.rating = 'non-compliance') AS non_compliance,
  (SELECT group_concat(d.path, '; ') FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
     WHERE ad.assessment_id = a.id AND ad.role = 'current') AS source_documents,
  (SELECT path FROM source_documents WHERE id = a.read_from_document_id) AS read_from,
  a.read_in_part,
  a.read_in_part_reasons,
  (SELECT count(*) FROM copy_disagreements x WHERE x.assessment_id = a.id) AS copy_disagreements
FROM assessments a
LEFT JOIN organisations o ON o.id = a.organisation_id;

DROP VIEW holder_visits;
DROP VIEW completed_visits;
CREATE VIEW completed_visits AS
SELECT
  a.id AS assessment_id,
  a.organisation_id,
  a.stage,
  a.assessment_body,
  coalesce(a.visit_date, a.report_date) AS assessed_on,
  CASE a.stage WHEN 'initial' THEN 1 WHEN 'review-1' THEN 2 WHEN 'review-2' THEN 3 WHEN 'reassessment' THEN 4 ELSE 0 END AS stage_order,
  a.read_in_part,
  a.read_in_part_reasons
FROM assessments a
WHERE a.status = 'completed' AND a.organisation_id IS NOT NULL;

CREATE VIEW holder_visits AS
SELECT
  v.assessment_id,
  o.name AS organisation,
  o.sector,
  o.region,
  v.assessment_body,
  v.stage,
  v.assessed_on,
  row_number() OVER (PARTITION BY v.organisation_id ORDER BY v.assessed_on, v.stage_order, v.assessment_id) AS visit_number,
  row_number() OVER (PARTITION BY v.organisation_id ORDER BY v.assessed_on DESC, v.stage_order DESC, v.assessment_id DESC) = 1 AS is_latest,
  v.read_in_part,
  v.read_in_part_reasons,
  coalesce(c.elements_rated, 0) AS elements_rated,
  ${RATING_COUNT_COLUMNS.map(([, column]) => `coalesce(c.${column}, 0) AS ${column}`).join(',\n  ')}
FROM completed_visits v
JOIN organisations o ON o.id = v.organisation_id
LEFT JOIN assessment_rating_counts c ON c.assessment_id = v.assessment_id;
`;
/**
 * Assessments loaded before migration 3 took their values from their first current document (a
 * later copy was joined only when it read the same; a re-issue superseded the documents before
 * it): that is the reading they were read from, and whether it was read in part is worked out
 * from its record.
 */
function recordReadings(db) {
    const assessments = db
        .prepare(`SELECT a.id, a.stage, a.status, coalesce(a.visit_date, a.report_date) AS assessedOn,
         (SELECT min(source_document_id) FROM assessment_documents WHERE assessment_id = a.id AND role = 'current') AS documentId
       FROM assessments a`)
        .all();
    const record = db.prepare('SELECT record_json FROM source_documents WHERE id = ?').pluck();
    const update = db.prepare('UPDATE assessments SET read_from_document_id = ?, read_in_part = ?, read_in_part_reasons = ? WHERE id = ?');
    for (const a of assessments) {
        if (a.documentId === null)
            continue;
        const report = JSON.parse(record.get(a.documentId));
        const assessment = assessmentInRecord(report, a);
        const coverage = assessment ? readInPart(report, assessment) : { partial: false, reasons: [] };
        update.run(a.documentId, coverage.partial ? 1 : 0, coverage.reasons.join('; ') || null, a.id);
    }
}
/**
 * Corrections (issue 17): a reviewer's change of one value of an assessment, with who, when,
 * what, old -> new and why. The assessment's rows hold the corrected values (the loader applies
 * every correction whenever it writes them), so bench, search and export read them; `record_json`
 * keeps what was extracted. `reading_agrees_at` is when a later reading of the report first gave
 * the corrected value itself. `dismissals` are findings and failed files a reviewer has looked at
 * and set aside, with why; a finding is known by its key (rule, stage, criterion, elements), so
 * the dismissal holds when the rules run again.
 */
const SCHEMA_5 = `
CREATE TABLE corrections (
  id INTEGER PRIMARY KEY,
  assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('element rating', 'totals', 'report date', 'visit date', 'document review date', 'stage', 'organisation')),
  element_code TEXT REFERENCES elements(code),
  criterion INTEGER REFERENCES criteria(number),
  change_json TEXT NOT NULL CHECK (json_valid(change_json)),
  old_value TEXT,
  new_value TEXT,
  reason TEXT NOT NULL,
  corrected_by TEXT NOT NULL,
  corrected_at TEXT NOT NULL,
  reading_agrees_at TEXT
);
CREATE INDEX corrections_assessment ON corrections(assessment_id, id);

CREATE TABLE dismissals (
  id INTEGER PRIMARY KEY,
  source_document_id INTEGER REFERENCES source_documents(id),
  finding_key TEXT,
  import_failure_path TEXT,
  reason TEXT NOT NULL,
  dismissed_by TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  CHECK ((source_document_id IS NOT NULL AND finding_key IS NOT NULL) OR import_failure_path IS NOT NULL)
);
CREATE INDEX dismissals_document ON dismissals(source_document_id, finding_key);
CREATE INDEX dismissals_failure ON dismissals(import_failure_path);
-- The work list reads a path's latest failure, whether the path was loaded since, and each document's errors.
CREATE INDEX import_failures_path ON import_failures(path, id);
CREATE INDEX source_documents_path ON source_documents(path);
CREATE INDEX findings_severity ON findings(severity, source_document_id);

CREATE VIEW correction_details AS
SELECT
  c.id AS correction_id,
  c.assessment_id,
  o.name AS organisation,
  a.stage,
  c.field,
  c.element_code,
  c.criterion,
  c.old_value,
  c.new_value,
  c.reason,
  c.corrected_by,
  c.corrected_at,
  c.reading_agrees_at
FROM corrections c
JOIN assessments a ON a.id = c.assessment_id
LEFT JOIN organisations o ON o.id = a.organisation_id;
`;
export const MIGRATIONS = [
    {
        version: 1,
        describe: 'organisations, source documents, assessments, element ratings, stated totals, findings, import runs, full-text search, views',
        up(db) {
            db.exec(SCHEMA_1);
            const criterion = db.prepare('INSERT INTO criteria (number, title) VALUES (?, ?)');
            for (const c of CRITERIA)
                criterion.run(c.number, c.title);
            const element = db.prepare('INSERT INTO elements (code, criterion, position, statement) VALUES (?, ?, ?, ?)');
            ELEMENTS.forEach((e, index) => element.run(e.code, criterionOf(e.code), index + 1, e.statement));
        },
    },
    {
        version: 2,
        describe: 'benchmarking: rating counts and pattern per assessment kept by triggers, completed visits with their dates, holder_visits',
        up(db) {
            db.exec(SCHEMA_2);
        },
    },
    {
        version: 3,
        describe: 'what was read: the copy each assessment is read from, whether it was read in part and why, where copies of one report disagree',
        up(db) {
            db.exec(SCHEMA_3_TABLES);
            db.exec(SCHEMA_3_VIEWS);
            recordReadings(db);
        },
    },
    {
        version: 4,
        describe: 'what each file that could not be imported was read with (cse version and limits), so an import need not read the same bytes again to fail them the same way',
        up(db) {
            db.exec(`ALTER TABLE import_failures ADD COLUMN read_with TEXT;
        CREATE INDEX import_failures_sha256 ON import_failures(sha256, path, read_with);`);
        },
    },
    {
        version: 5,
        describe: "reviewers' corrections of extracted values (who, when, old -> new, why), dismissed findings and failures",
        up(db) {
            db.exec(SCHEMA_5);
        },
    },
];
export const SCHEMA_VERSION_OF_DATABASE = MIGRATIONS[MIGRATIONS.length - 1].version;
//# sourceMappingURL=migrations.js.map