import { findingKey } from './assessment.js';
/** The key of a finding row as SQL builds it: the same as `findingKey`. */
const FINDING_KEY_SQL = "f.rule || '|' || coalesce(f.stage, '') || '|' || coalesce(f.criterion, '') || '|' || f.elements";
const OPEN_FAILURES = `
  FROM import_failures f JOIN import_runs r ON r.id = f.import_run_id
  WHERE f.id = (SELECT max(id) FROM import_failures g WHERE g.path = f.path)
    AND NOT EXISTS (SELECT 1 FROM source_documents d WHERE d.path = f.path AND d.import_run_id >= f.import_run_id)
    AND NOT EXISTS (SELECT 1 FROM dismissals x WHERE x.import_failure_path = f.path AND x.dismissed_at >= r.started_at)`;
// A database can hold a million error findings and no dismissal: the check is left out then.
const openErrors = (anyDismissed) => `
  FROM findings f
  WHERE f.severity = 'error'
    ${anyDismissed ? `AND NOT EXISTS (SELECT 1 FROM dismissals x WHERE x.source_document_id = f.source_document_id AND x.finding_key = ${FINDING_KEY_SQL})` : ''}`;
const PART_READINGS = `
  FROM assessments a LEFT JOIN organisations o ON o.id = a.organisation_id
  WHERE a.read_in_part = 1 AND a.status = 'completed'`;
export function workList(db, page = { limit: 100, offset: 0 }) {
    const count = (from) => db.prepare(`SELECT count(*) ${from}`).pluck().get();
    const failedFiles = db
        .prepare(`SELECT f.id, f.path, f.error_code AS code, f.message, f.import_run_id AS importRunId, r.started_at AS failedAt ${OPEN_FAILURES} ORDER BY f.path LIMIT @limit OFFSET @offset`)
        .all(page);
    const anyDismissed = db.prepare('SELECT EXISTS (SELECT 1 FROM dismissals WHERE finding_key IS NOT NULL)').pluck().get() === 1;
    // One pass over the findings gives every document's count; its total and its page come from that.
    const withErrors = db
        .prepare(`WITH open AS (SELECT f.source_document_id AS id, count(*) AS errors, group_concat(DISTINCT f.rule) AS rules, min(f.id) AS first ${openErrors(anyDismissed)} GROUP BY f.source_document_id)
       SELECT open.id AS sourceDocumentId, d.path, o.name AS organisation, open.errors, open.rules, open.first
       FROM open JOIN source_documents d ON d.id = open.id LEFT JOIN organisations o ON o.id = d.organisation_id
       ORDER BY o.name IS NULL, o.name, d.path`)
        .all();
    const message = db.prepare('SELECT message FROM findings WHERE id = ?').pluck();
    const documentsWithErrors = withErrors
        .slice(page.offset, page.offset + page.limit)
        .map(({ first, ...d }) => ({ ...d, message: message.get(first) }));
    const readInPart = db
        .prepare(`SELECT a.id AS assessmentId, a.organisation_id AS organisationId, o.name AS organisation, a.stage, coalesce(a.visit_date, a.report_date) AS assessedOn,
         a.read_in_part_reasons AS reasons, a.read_from_document_id AS readFromDocumentId ${PART_READINGS}
       ORDER BY o.name IS NULL, o.name, assessedOn LIMIT @limit OFFSET @offset`)
        .all(page);
    return {
        failedFiles: { total: count(OPEN_FAILURES), rows: failedFiles },
        documentsWithErrors: { total: withErrors.length, rows: documentsWithErrors },
        readInPart: { total: count(PART_READINGS), rows: readInPart },
    };
}
function checkRequest(request) {
    if (typeof request.reason !== 'string' || request.reason.trim().length < 3)
        return 'say why it is dismissed (at least a few words)';
    if (typeof request.by !== 'string' || !request.by.trim())
        return 'say who dismisses it';
    return null;
}
/** Sets a finding aside with a reason; it stays set aside when the rules run again on the same document. */
export function dismissFinding(db, findingId, request, now = new Date().toISOString()) {
    const wrong = checkRequest(request);
    if (wrong)
        return { error: { code: 'invalid-dismissal', message: `dismissal refused: ${wrong}` } };
    const finding = db.prepare('SELECT source_document_id AS sourceDocumentId, rule, stage, criterion, elements FROM findings WHERE id = ?').get(findingId);
    if (!finding)
        return { error: { code: 'not-found', message: `there is no finding ${findingId} (the rules may have run again since the page was loaded: reload it)` } };
    db.prepare('INSERT INTO dismissals (source_document_id, finding_key, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?)').run(finding.sourceDocumentId, findingKey(finding), request.reason.trim(), request.by.trim(), now);
    return { dismissed: true };
}
/** Sets a failed file aside with a reason, until it fails again in a later import. */
export function dismissFailure(db, failureId, request, now = new Date().toISOString()) {
    const wrong = checkRequest(request);
    if (wrong)
        return { error: { code: 'invalid-dismissal', message: `dismissal refused: ${wrong}` } };
    const path = db.prepare('SELECT path FROM import_failures WHERE id = ?').pluck().get(failureId);
    if (path === undefined)
        return { error: { code: 'not-found', message: `there is no failed import ${failureId}` } };
    db.prepare('INSERT INTO dismissals (import_failure_path, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?)').run(path, request.reason.trim(), request.by.trim(), now);
    return { dismissed: true };
}
/** The path of a failed import, for importing it again: a request names the failure, never a path. */
export function failedPath(db, failureId) {
    return db.prepare('SELECT path FROM import_failures WHERE id = ?').pluck().get(failureId) ?? null;
}
//# sourceMappingURL=work-list.js.map