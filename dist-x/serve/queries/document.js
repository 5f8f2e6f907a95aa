/**
 * A source document's page: the record it gave, each of its assessments tied to the one in the
 * database (whose values may come from another copy, and may be corrected), and its findings.
 */
import { existsSync } from 'node:fs';
import { ReportLoader } from '../../db/load-report.js';
import { assessmentInRecord } from '../../db/record-assessment.js';
import { findingsOf, recordOf } from './assessment.js';
export function documentView(db, documentId) {
    const row = db
        .prepare(`SELECT d.id, d.path, d.format, d.size_bytes AS sizeBytes, d.imported_at AS importedAt, o.name AS organisation
       FROM source_documents d LEFT JOIN organisations o ON o.id = d.organisation_id WHERE d.id = ?`)
        .get(documentId);
    const record = row ? recordOf(db, documentId) : null;
    if (!row || !record)
        return null;
    const loader = new ReportLoader(db);
    const linked = db
        .prepare(`SELECT ad.assessment_id AS id, ad.role, a.read_from_document_id = ad.source_document_id AS readFrom
       FROM assessment_documents ad JOIN assessments a ON a.id = ad.assessment_id WHERE ad.source_document_id = ?`)
        .all(documentId);
    const assessments = record.assessments.map(() => ({ assessmentId: null, role: null, readFrom: false }));
    for (const link of linked) {
        const identity = loader.readAs(link.id);
        const read = identity ? assessmentInRecord(record, identity) : null;
        const index = read ? record.assessments.indexOf(read) : -1;
        if (index >= 0)
            assessments[index] = { assessmentId: link.id, role: link.role, readFrom: link.readFrom === 1 };
    }
    return { ...row, record, assessments, findings: findingsOf(db, documentId), fileAvailable: existsSync(row.path) };
}
//# sourceMappingURL=document.js.map