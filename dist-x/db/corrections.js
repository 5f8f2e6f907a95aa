/**
 * Storing a reviewer's correction: checked against the standard and the value it replaces, kept
 * with who, when and why, and applied at once (the loader writes the assessment again with it, so
 * every reader of the database sees the corrected value). Errors are values with a code, as the
 * CLI's are.
 */
import Sqlite from 'better-sqlite3';
import { CorrectionRequest, currentValue, subjectOf, valueOf } from '../corrections/correction.js';
import { ReportLoader } from './load-report.js';
import { organisationId } from './organisations.js';
const SELECT = `SELECT id, assessment_id AS assessmentId, field, old_value AS oldValue, new_value AS newValue, reason, corrected_by AS correctedBy,
  corrected_at AS correctedAt, reading_agrees_at AS readingAgreesAt, change_json AS change FROM corrections`;
function stored(row) {
    const change = JSON.parse(row.change);
    return { ...row, change, subject: subjectOf(change) };
}
/** Why a request is refused, in one sentence naming each wrong part. */
function refusal(issues) {
    return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}
/** Checks and stores the correction of one assessment's value, and applies it, in one transaction. */
export function addCorrection(db, assessmentId, request, now = new Date().toISOString()) {
    const parsed = CorrectionRequest.safeParse(request);
    if (!parsed.success)
        return { error: { code: 'invalid-correction', message: `correction refused: ${refusal(parsed.error.issues)}` } };
    const { change, reason, by } = parsed.data;
    const loader = new ReportLoader(db);
    return db
        .transaction(() => {
        const current = loader.current(assessmentId);
        if (!current)
            return { error: { code: 'no-such-assessment', message: `there is no assessment ${assessmentId} with a reading to correct` } };
        const oldValue = currentValue(current.assessment, current.organisation, change);
        const newValue = valueOf(change);
        if (oldValue === newValue) {
            return { error: { code: 'nothing-to-correct', message: `${subjectOf(change)} is already ${newValue ?? 'not stated'}: nothing to correct` } };
        }
        const id = Number(db
            .prepare(`INSERT INTO corrections (assessment_id, field, element_code, criterion, change_json, old_value, new_value, reason, corrected_by, corrected_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
            .run(assessmentId, change.field, change.field === 'element rating' ? change.element : null, change.field === 'totals' ? change.criterion : null, JSON.stringify(change), oldValue, newValue, reason, by, now).lastInsertRowid);
        loader.rewrite(assessmentId, now);
        return { correction: stored(db.prepare(`${SELECT} WHERE id = ?`).get(id)) };
    })
        .immediate();
}
/** The corrections of one assessment, oldest first. */
export function correctionsOf(db, assessmentId) {
    return db.prepare(`${SELECT} WHERE assessment_id = ? ORDER BY id`).all(assessmentId).map(stored);
}
/**
 * A copy of the database in memory with every correction undone: the values as the reports were
 * read (`cse export --without-corrections`). The file is not touched.
 */
export function withoutCorrections(db) {
    const image = db.serialize();
    // A WAL database's image says so in its header (file format bytes 18 and 19 are 2), and SQLite
    // cannot open an image in memory in WAL mode: marked as a rollback-journal database, it opens.
    image[18] = 1;
    image[19] = 1;
    const copy = new Sqlite(image);
    copy.pragma('foreign_keys = ON');
    const loader = new ReportLoader(copy);
    copy.transaction(() => {
        const corrected = copy.prepare('SELECT DISTINCT assessment_id FROM corrections').pluck().all();
        // The first organisation correction of an assessment holds the organisation it was read as.
        const readAs = copy.prepare("SELECT old_value FROM corrections WHERE assessment_id = ? AND field = 'organisation' ORDER BY id LIMIT 1").pluck();
        const organisations = new Map(corrected.map((id) => [id, readAs.get(id)]));
        // The stage and dates go back to those read, so each row finds its reading again; then the
        // rows are written anew from their readings, with no correction left to apply over them.
        for (const [field, column] of [['stage', 'stage'], ['visit date', 'visit_date'], ['report date', 'report_date']]) {
            copy
                .prepare(`UPDATE assessments SET ${column} = (SELECT old_value FROM corrections c WHERE c.assessment_id = assessments.id AND c.field = @field ORDER BY c.id LIMIT 1)
           WHERE id IN (SELECT assessment_id FROM corrections WHERE field = @field)`)
                .run({ field });
        }
        copy.prepare('DELETE FROM corrections').run();
        for (const id of corrected) {
            loader.rewrite(id, new Date().toISOString());
            const organisation = organisations.get(id);
            if (organisation !== undefined) {
                const orgId = organisation === null ? null : organisationId(copy, organisation);
                copy.prepare('UPDATE assessments SET organisation_id = ? WHERE id = ?').run(orgId, id);
                copy.prepare("UPDATE source_documents SET organisation_id = ? WHERE id IN (SELECT source_document_id FROM assessment_documents WHERE assessment_id = ? AND role = 'current')").run(orgId, id);
            }
        }
    })();
    return copy;
}
//# sourceMappingURL=corrections.js.map