/**
 * Loading one extracted report, in one transaction: the source document, its findings, its
 * assessments with their ratings, totals and assessors, and its text for search.
 *
 * An assessment is one visit: an organisation, a stage, and the visit date (the report date when
 * the visit date is not stated). A document reporting a visit already loaded, with the same
 * report date (or one of the two without a report date read), is another copy of that report (a
 * PDF and a Word file of one report): one assessment, two source documents. Its values are those
 * of the copy read more completely (`compareReadings`), whichever arrived first, and where the
 * copies read differently each difference is a row of `copy_disagreements`. A different report
 * date for the same visit makes a corrected re-issue: the later report replaces the earlier, whose
 * documents stay, marked superseded.
 */
import { createHash } from 'node:crypto';
import { copyDisagreements } from './copy-disagreements.js';
import { organisationId } from './organisations.js';
import { assessmentInRecord } from './record-assessment.js';
import { compareCompleteness, compareReadings, readInPart } from '../check/reading-coverage.js';
import { correctAssessment, correctOrganisation, currentValue, valueOf } from '../corrections/correction.js';
import { RULES, runRules } from '../rules/index.js';
/** Equal for two copies of one report: stage, status, dates and every element's rating. */
export function ratingsFingerprint(a) {
    const content = [a.stage, a.status, a.visitDate, a.reportDate, a.documentReviewDate, a.elements.map((e) => `${e.code}=${e.rating}`)];
    return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
export function locationText(loc) {
    if (!loc)
        return null;
    const parts = [loc.page ? `page ${loc.page}` : null, loc.line ? `line ${loc.line}` : null, loc.paragraph ? `paragraph ${loc.paragraph}` : null];
    return parts.filter(Boolean).join(', ') || null;
}
const TOTALS_COLUMNS = 'non_compliance, partial_compliance, compliance, compliance_plus';
const ASSESSMENT_ROW = 'id, stage, status, report_date, visit_date, coalesce(visit_date, report_date) AS assessed_on, ratings_fingerprint, read_from_document_id';
/** The statements loading runs, by name. */
const SQL = {
    documentBySha: 'SELECT id, path FROM source_documents WHERE sha256 = ?',
    findingCounts: "SELECT count(*) FILTER (WHERE severity = 'error') AS errorFindings, count(*) FILTER (WHERE severity = 'warning') AS warningFindings FROM findings WHERE source_document_id = ?",
    insertDocument: `INSERT INTO source_documents (sha256, path, format, size_bytes, template, organisation_id, assessment_body, imported_at, import_run_id, record_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    insertFinding: `INSERT INTO findings (source_document_id, rule, severity, message, stage, criterion, elements, expected, actual, location)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    sameUnnamed: `SELECT ${ASSESSMENT_ROW} FROM assessments WHERE organisation_id IS NULL AND ratings_fingerprint = ?`,
    completedOfStage: "SELECT id FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'completed' LIMIT 1",
    placeholder: `SELECT ${ASSESSMENT_ROW} FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'not-started'`,
    deletePlaceholders: "DELETE FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'not-started'",
    sameVisit: `SELECT ${ASSESSMENT_ROW} FROM assessments
    WHERE organisation_id = ? AND stage = ? AND status = 'completed' AND coalesce(visit_date, report_date) IS ?`,
    insertAssessment: `INSERT INTO assessments (organisation_id, stage, status, report_date, visit_date, document_review_date, assessment_body, ratings_fingerprint,
      read_from_document_id, read_in_part, read_in_part_reasons)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    updateAssessment: `UPDATE assessments SET stage = ?, status = ?, report_date = ?, visit_date = ?, document_review_date = ?, assessment_body = ?, ratings_fingerprint = ?,
      read_from_document_id = ?, read_in_part = ?, read_in_part_reasons = ?
    WHERE id = ?`,
    recordOf: 'SELECT record_json FROM source_documents WHERE id = ?',
    byId: `SELECT ${ASSESSMENT_ROW} FROM assessments WHERE id = ?`,
    currentDocuments: "SELECT source_document_id AS id FROM assessment_documents WHERE assessment_id = ? AND role = 'current' ORDER BY source_document_id",
    deleteDisagreements: 'DELETE FROM copy_disagreements WHERE assessment_id = ?',
    insertDisagreement: `INSERT INTO copy_disagreements (assessment_id, what, element_code, criterion, kept_document_id, kept_value, other_document_id, other_value)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    currentPaths: `SELECT d.path FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
    WHERE ad.assessment_id = ? AND ad.role = 'current' ORDER BY d.id`,
    supersede: "UPDATE assessment_documents SET role = 'superseded' WHERE assessment_id = ?",
    link: 'INSERT INTO assessment_documents (assessment_id, source_document_id, role) VALUES (?, ?, ?)',
    deleteRatings: 'DELETE FROM element_ratings WHERE assessment_id = ?',
    deleteTotals: 'DELETE FROM stated_totals WHERE assessment_id = ?',
    deleteAssessors: 'DELETE FROM assessors WHERE assessment_id = ?',
    deleteJustificationText: "DELETE FROM text_search WHERE kind = 'justification' AND assessment_id = ?",
    // A record made elsewhere may rate an element twice (the rule element-rated-twice reports it); the first rating is loaded.
    insertRating: `INSERT INTO element_ratings (assessment_id, element_code, rating, basis, justification) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, element_code) DO NOTHING`,
    insertTotals: `INSERT INTO stated_totals (assessment_id, criterion, ${TOTALS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
    insertAssessor: 'INSERT INTO assessors (assessment_id, position, name) VALUES (?, ?, ?)',
    insertText: `INSERT INTO text_search (text, kind, source_document_id, assessment_id, element_code, section, location)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
    changesOf: 'SELECT id, change_json AS change, reading_agrees_at AS agreedAt FROM corrections WHERE assessment_id = ? ORDER BY id',
    // The first correction of a field holds the value the documents read, before any correction.
    readValues: "SELECT field, old_value AS value FROM corrections WHERE assessment_id = ? AND field IN ('stage', 'report date', 'visit date') ORDER BY id",
    readingAgrees: 'UPDATE corrections SET reading_agrees_at = ? WHERE id = ?',
    documentCorrected: `SELECT 1 FROM assessment_documents ad JOIN corrections c ON c.assessment_id = ad.assessment_id
    WHERE ad.source_document_id = ? AND ad.role = 'current' LIMIT 1`,
    assessmentsOfDocument: `SELECT ${ASSESSMENT_ROW} FROM assessments WHERE id IN
    (SELECT assessment_id FROM assessment_documents WHERE source_document_id = ? AND role = 'current') AND read_from_document_id = ?`,
    deleteFindings: 'DELETE FROM findings WHERE source_document_id = ?',
    organisationOf: 'SELECT o.name FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?',
    moveAssessment: 'UPDATE assessments SET organisation_id = ? WHERE id = ?',
    moveDocuments: "UPDATE source_documents SET organisation_id = ? WHERE id IN (SELECT source_document_id FROM assessment_documents WHERE assessment_id = ? AND role = 'current')",
};
/** The ids of the rules' findings, which run again on a corrected record; the extractor's own findings stay as read. */
const RULE_IDS = new Set(RULES.map((rule) => rule.id));
/** Prepared statements for loading, made once per database connection. */
export class ReportLoader {
    db;
    s;
    constructor(db) {
        this.db = db;
        this.s = Object.fromEntries(Object.entries(SQL).map(([name, text]) => [name, db.prepare(text)]));
    }
    /** The document already loaded with this content, if any. */
    loadedDocument(sha256) {
        const row = this.s.documentBySha.get(sha256);
        if (!row)
            return null;
        return { ...row, ...this.s.findingCounts.get(row.id) };
    }
    /** Loads the report in one transaction; a document already loaded (same sha256) is left as it is. */
    load(input) {
        return this.db.transaction(() => this.loadInTransaction(input)).immediate();
    }
    loadInTransaction(input) {
        const { report } = input;
        const sha256 = report.source.sha256;
        const loaded = this.loadedDocument(sha256);
        if (loaded)
            return { outcome: 'already-loaded', sourceDocumentId: loaded.id, path: loaded.path, errorFindings: loaded.errorFindings, warningFindings: loaded.warningFindings };
        const orgId = input.organisation ? organisationId(this.db, input.organisation) : null;
        const documentId = Number(this.s.insertDocument.run(sha256, report.source.path, report.source.format, input.sizeBytes, report.template, orgId, report.assessmentBody, input.importedAt, input.importRunId, JSON.stringify(report)).lastInsertRowid);
        this.insertFindings(documentId, report.findings);
        const assessments = report.assessments.map((a) => this.loadAssessment(report, a, orgId, documentId, input.importedAt));
        if (this.s.documentCorrected.get(documentId))
            this.refreshFindings(documentId);
        if (assessments.some((a) => a.effect === 'added' || a.effect === 'replaced')) {
            for (const p of input.passages)
                this.s.insertText.run(p.text, 'narrative', documentId, null, null, p.section, locationText(p.loc));
        }
        const count = (severity) => report.findings.filter((f) => f.severity === severity).length;
        return { outcome: 'loaded', sourceDocumentId: documentId, assessments, errorFindings: count('error'), warningFindings: count('warning') };
    }
    insertFindings(documentId, findings) {
        for (const f of findings) {
            this.s.insertFinding.run(documentId, f.rule, f.severity, f.message, f.stage, f.criterion, f.elements.join(', '), f.expected ?? null, f.actual ?? null, locationText(f.location));
        }
    }
    loadAssessment(report, a, orgId, documentId, now) {
        const fingerprint = ratingsFingerprint(a);
        const reading = readInPart(report, a);
        const result = (effect, otherIssue = [], more = {}) => ({
            stage: a.stage,
            effect,
            otherIssue,
            reading,
            ...more,
        });
        const link = (id, role) => this.s.link.run(id, documentId, role);
        const coverage = [documentId, reading.partial ? 1 : 0, reading.reasons.join('; ') || null];
        let existing;
        if (orgId === null) {
            // With no organisation to tell visits apart, only an exact copy is the same assessment.
            existing = this.s.sameUnnamed.get(fingerprint);
        }
        else if (a.status === 'not-started') {
            if (this.s.completedOfStage.get(orgId, a.stage))
                return result('placeholder-skipped');
            existing = this.s.placeholder.get(orgId, a.stage);
        }
        else {
            this.s.deletePlaceholders.run(orgId, a.stage);
            existing = this.s.sameVisit.get(orgId, a.stage, a.visitDate ?? a.reportDate);
        }
        if (!existing) {
            const id = Number(this.s.insertAssessment.run(orgId, a.stage, a.status, a.reportDate, a.visitDate, a.documentReviewDate, report.assessmentBody, fingerprint, ...coverage)
                .lastInsertRowid);
            this.insertContent(id, a, documentId);
            link(id, 'current');
            return result('added');
        }
        const otherIssue = this.s.currentPaths.all(existing.id).map((r) => r.path);
        const sameReport = existing.ratings_fingerprint === fingerprint || existing.report_date === null || a.reportDate === null || existing.report_date === a.reportDate;
        if (sameReport) {
            // Another copy of the report: whichever copy reads it better gives the assessment its values.
            const mine = { report, assessment: a };
            const kept = this.readingOf(existing);
            const preferred = kept === null || compareReadings(mine, kept.reading) < 0;
            if (preferred)
                this.replaceContent(existing.id, { report, assessment: a }, documentId, fingerprint, now);
            link(existing.id, 'current');
            const disagreements = this.recordDisagreements(existing.id);
            const completeness = kept === null ? -1 : compareCompleteness(mine, kept.reading);
            return result(preferred ? 'preferred-copy' : 'copy', otherIssue, {
                readMoreCompletely: completeness < 0 ? 'this' : completeness > 0 ? 'other' : 'neither',
                disagreements,
            });
        }
        const isLater = a.reportDate > existing.report_date;
        if (!isLater) {
            link(existing.id, 'superseded');
            return result('outdated', otherIssue);
        }
        this.s.supersede.run(existing.id);
        this.s.deleteDisagreements.run(existing.id);
        this.replaceContent(existing.id, { report, assessment: a }, documentId, fingerprint, now);
        link(existing.id, 'current');
        return result('replaced', otherIssue);
    }
    /**
     * The assessment's values become this document's reading of it, with every correction a
     * reviewer made to the assessment applied over it; a correction the reading now gives by itself
     * is marked so.
     */
    replaceContent(id, reading, documentId, fingerprint, now) {
        const changes = this.changesOf(id);
        for (const stored of changes) {
            const read = currentValue(reading.assessment, reading.report.organisation, stored.change);
            if (stored.agreedAt === null && read === valueOf(stored.change))
                this.s.readingAgrees.run(now, stored.id);
        }
        const a = correctAssessment(reading.assessment, changes.map((c) => c.change));
        const coverage = readInPart(reading.report, a);
        for (const statement of ['deleteRatings', 'deleteTotals', 'deleteAssessors', 'deleteJustificationText'])
            this.s[statement].run(id);
        this.s.updateAssessment.run(a.stage, a.status, a.reportDate, a.visitDate, a.documentReviewDate, reading.report.assessmentBody, fingerprint, documentId, coverage.partial ? 1 : 0, coverage.reasons.join('; ') || null, id);
        this.insertContent(id, a, documentId);
    }
    changesOf(id) {
        return this.s.changesOf.all(id).map((row) => ({ ...row, change: JSON.parse(row.change) }));
    }
    /** The stage and date the documents read for the assessment: what its row held before any correction. */
    readIdentity(row) {
        const first = new Map();
        for (const r of this.s.readValues.all(row.id))
            if (!first.has(r.field))
                first.set(r.field, r.value);
        const read = (field, corrected) => (first.has(field) ? first.get(field) : corrected);
        return {
            stage: read('stage', row.stage),
            status: row.status,
            assessedOn: read('visit date', row.visit_date) ?? read('report date', row.report_date),
        };
    }
    /** The stage, status and date the documents read for an assessment (before any correction); null for no such assessment. */
    readAs(assessmentId) {
        const row = this.s.byId.get(assessmentId);
        return row ? this.readIdentity(row) : null;
    }
    /** The assessment as it stands (its kept reading with its corrections) and its organisation's name; null for no such assessment. */
    current(assessmentId) {
        const row = this.s.byId.get(assessmentId);
        const kept = row ? this.readingOf(row) : null;
        if (!kept)
            return null;
        const organisation = this.s.organisationOf.pluck().get(assessmentId) ?? null;
        return { assessment: correctAssessment(kept.reading.assessment, this.changesOf(assessmentId).map((c) => c.change)), organisation };
    }
    /**
     * Writes the assessment's values again from the reading they are taken from, with its
     * corrections; moves it to the corrected organisation; runs the rules again on the corrected
     * record of its document. Called in the caller's transaction after a correction is stored.
     */
    rewrite(assessmentId, now) {
        const row = this.s.byId.get(assessmentId);
        const kept = row ? this.readingOf(row) : null;
        if (!row || !kept)
            throw new Error(`assessment ${assessmentId} has no reading to correct`);
        const report = kept.reading.report;
        this.replaceContent(assessmentId, { report, assessment: kept.reading.assessment }, kept.documentId, row.ratings_fingerprint, now);
        const changes = this.changesOf(assessmentId).map((c) => c.change);
        const organisation = correctOrganisation(null, changes);
        if (organisation !== null) {
            const id = organisationId(this.db, organisation);
            this.s.moveAssessment.run(id, assessmentId);
            this.s.moveDocuments.run(id, assessmentId);
        }
        this.refreshFindings(kept.documentId);
    }
    /** The document's findings anew: the extractor's as read, the rules' run on the record with its assessments corrected. */
    refreshFindings(documentId) {
        const report = JSON.parse(this.s.recordOf.pluck().get(documentId));
        const corrected = new Map();
        let organisation = report.organisation;
        for (const row of this.s.assessmentsOfDocument.all(documentId, documentId)) {
            const read = assessmentInRecord(report, this.readIdentity(row));
            const changes = this.changesOf(row.id).map((c) => c.change);
            if (read)
                corrected.set(read, correctAssessment(read, changes));
            organisation = correctOrganisation(organisation, changes);
        }
        const record = { ...report, organisation, assessments: report.assessments.map((a) => corrected.get(a) ?? a) };
        this.s.deleteFindings.run(documentId);
        this.insertFindings(documentId, [...report.findings.filter((f) => !RULE_IDS.has(f.rule)), ...runRules(record)]);
    }
    /** The reading an assessment's values were taken from: its document's record and the assessment in it. */
    readingOf(row) {
        const documentId = row.read_from_document_id;
        if (documentId === null)
            return null;
        return this.readingIn(documentId, this.readIdentity(row));
    }
    readingIn(documentId, identity) {
        const report = JSON.parse(this.s.recordOf.pluck().get(documentId));
        const assessment = assessmentInRecord(report, identity);
        return assessment ? { documentId, reading: { report, assessment } } : null;
    }
    /** Lists anew where each current copy of the assessment reads differently from the kept one; returns how many differences. */
    recordDisagreements(assessmentId) {
        this.s.deleteDisagreements.run(assessmentId);
        const row = this.s.byId.get(assessmentId);
        const kept = this.readingOf(row);
        if (!kept)
            return 0;
        let count = 0;
        for (const { id } of this.s.currentDocuments.all(assessmentId)) {
            if (id === kept.documentId)
                continue;
            const other = this.readingIn(id, this.readIdentity(row));
            if (!other)
                continue;
            for (const d of copyDisagreements(kept.reading, other.reading)) {
                this.s.insertDisagreement.run(assessmentId, d.what, d.elementCode, d.criterion, kept.documentId, d.keptValue, id, d.otherValue);
                count++;
            }
        }
        return count;
    }
    insertContent(id, a, documentId) {
        a.assessors.forEach((name, index) => this.s.insertAssessor.run(id, index + 1, name));
        for (const e of a.elements) {
            this.s.insertRating.run(id, e.code, e.rating, e.basis, e.justification);
            if (e.justification)
                this.s.insertText.run(e.justification, 'justification', documentId, id, e.code, null, null);
        }
        const totals = (criterion, t) => {
            if (t)
                this.s.insertTotals.run(id, criterion, t.nonCompliance, t.partialCompliance, t.compliance, t.compliancePlus);
        };
        for (const [criterion, t] of Object.entries(a.statedTotals.byCriterion ?? {}))
            totals(Number(criterion), t);
        totals(null, a.statedTotals.overall ?? undefined);
    }
}
//# sourceMappingURL=load-report.js.map