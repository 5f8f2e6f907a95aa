import { pointsOf } from '../../bench/ranking.js';
import { correctionsOf } from '../../db/corrections.js';
import { ReportLoader } from '../../db/load-report.js';
/** The key a dismissal knows a finding by: the same finding when the rules run again. */
export function findingKey(f) {
    return [f.rule, f.stage ?? '', f.criterion ?? '', f.elements].join('|');
}
const FINDING_COLUMNS = `f.id, f.source_document_id AS sourceDocumentId, f.rule, f.severity, f.message, f.stage, f.criterion, f.elements, f.location`;
/** A document's findings, with any dismissal of each. */
export function findingsOf(db, documentId, stage) {
    const rows = db
        .prepare(`SELECT ${FINDING_COLUMNS} FROM findings f WHERE f.source_document_id = ? ${stage ? 'AND (f.stage IS NULL OR f.stage = ?)' : ''}
      ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id`)
        .all(...(stage ? [documentId, stage] : [documentId]));
    const dismissal = db.prepare('SELECT reason, dismissed_by AS by, dismissed_at AS at FROM dismissals WHERE source_document_id = ? AND finding_key = ? ORDER BY id DESC LIMIT 1');
    return rows.map((f) => ({ ...f, dismissed: dismissal.get(documentId, findingKey(f)) ?? null }));
}
export function assessmentView(db, assessmentId, points) {
    const row = db
        .prepare(`SELECT a.id, a.organisation_id AS organisationId, o.name AS organisation, a.assessment_body AS assessmentBody, a.read_in_part AS readInPart,
         a.read_in_part_reasons AS readInPartReasons, coalesce(a.visit_date, a.report_date) AS assessedOn, a.read_from_document_id AS readFrom,
         coalesce(c.compliance_plus, 0) AS compliancePlus, coalesce(c.compliance, 0) AS compliance, coalesce(c.partial_compliance, 0) AS partialCompliance,
         coalesce(c.non_compliance, 0) AS nonCompliance, coalesce(c.elements_rated, 0) AS elementsRated
       FROM assessments a LEFT JOIN organisations o ON o.id = a.organisation_id LEFT JOIN assessment_rating_counts c ON c.assessment_id = a.id
       WHERE a.id = ?`)
        .get(assessmentId);
    if (!row)
        return null;
    const current = new ReportLoader(db).current(assessmentId);
    if (!current)
        return null;
    const documents = db
        .prepare(`SELECT d.id, d.path, d.format, ad.role FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
         WHERE ad.assessment_id = ? ORDER BY ad.role, d.id`)
        .all(assessmentId).map((d) => ({ ...d, readFrom: d.id === row.readFrom }));
    const counts = { compliancePlus: row.compliancePlus, compliance: row.compliance, partialCompliance: row.partialCompliance, nonCompliance: row.nonCompliance, elementsRated: row.elementsRated };
    return {
        id: row.id,
        organisationId: row.organisationId,
        organisation: row.organisation,
        assessmentBody: row.assessmentBody,
        readInPart: row.readInPart === 1,
        readInPartReasons: row.readInPartReasons,
        assessedOn: row.assessedOn,
        record: current.assessment,
        points: pointsOf(counts, points),
        counts,
        corrections: correctionsOf(db, assessmentId),
        documents,
        findings: row.readFrom === null ? [] : findingsOf(db, row.readFrom, current.assessment.stage),
    };
}
/** The record a document gave, as extracted (before any correction). */
export function recordOf(db, documentId) {
    const json = db.prepare('SELECT record_json FROM source_documents WHERE id = ?').pluck().get(documentId);
    return json ? JSON.parse(json) : null;
}
//# sourceMappingURL=assessment.js.map