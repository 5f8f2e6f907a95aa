/**
 * Loading one extracted report, in one transaction: the source document, its findings, its
 * assessments with their ratings, totals and assessors, and its text for search.
 *
 * An assessment is one visit: an organisation, a stage, and the visit date (the report date when
 * the visit date is not stated). A document whose assessment is already loaded with the same
 * dates and ratings is another copy of it (a PDF and a Word file of one report): one assessment,
 * two source documents. Different dates or ratings for the same visit make a corrected re-issue:
 * the later report (by report date; at equal dates, the one loaded last) replaces the earlier,
 * whose documents stay, marked superseded.
 */
import { createHash } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { SourceLocation } from '../document/model.js';
import type { Assessment, CriterionTotals, Report, Stage } from '../schema/report.js';
import { organisationId } from './organisations.js';

/** A paragraph or list of the report's prose, for full-text search. */
export interface NarrativePassage {
  section: string | null;
  loc: SourceLocation;
  text: string;
}

export interface ReportToLoad {
  report: Report;
  sizeBytes: number;
  passages: readonly NarrativePassage[];
  /** The organisation's name: the manifest's for this file when it gives one, else the report's. */
  organisation: string | null;
  importRunId: number;
  importedAt: string;
}

/**
 * What loading did to each assessment of the document: `added` a new one; `copy` the same as one
 * loaded from another file; `replaced` a corrected re-issue that replaced the earlier one;
 * `outdated` an earlier issue than the one loaded (kept as superseded); `placeholder-skipped` an
 * empty section of the template for a stage already completed.
 */
export type AssessmentEffect = 'added' | 'copy' | 'replaced' | 'outdated' | 'placeholder-skipped';

export interface AssessmentLoaded {
  stage: Stage;
  effect: AssessmentEffect;
  /** For `replaced` and `outdated`: the documents of the other issue. */
  otherIssue: string[];
}

export type LoadResult =
  | { outcome: 'already-loaded'; sourceDocumentId: number; path: string; errorFindings: number }
  | { outcome: 'loaded'; sourceDocumentId: number; assessments: AssessmentLoaded[]; errorFindings: number };

/** Equal for two copies of one report: stage, status, dates and every element's rating. */
export function ratingsFingerprint(a: Assessment): string {
  const content = [a.stage, a.status, a.visitDate, a.reportDate, a.documentReviewDate, a.elements.map((e) => `${e.code}=${e.rating}`)];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function locationText(loc: SourceLocation | null | undefined): string | null {
  if (!loc) return null;
  const parts = [loc.page ? `page ${loc.page}` : null, loc.line ? `line ${loc.line}` : null, loc.paragraph ? `paragraph ${loc.paragraph}` : null];
  return parts.filter(Boolean).join(', ') || null;
}

const TOTALS_COLUMNS = 'non_compliance, partial_compliance, compliance, compliance_plus';

interface AssessmentRow {
  id: number;
  report_date: string | null;
  ratings_fingerprint: string;
}

/** The statements loading runs, by name. */
const SQL = {
  documentBySha: 'SELECT id, path FROM source_documents WHERE sha256 = ?',
  errorFindings: "SELECT count(*) AS n FROM findings WHERE source_document_id = ? AND severity = 'error'",
  insertDocument: `INSERT INTO source_documents (sha256, path, format, size_bytes, template, organisation_id, assessment_body, imported_at, import_run_id, record_json)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  insertFinding: `INSERT INTO findings (source_document_id, rule, severity, message, stage, criterion, elements, expected, actual, location)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  sameUnnamed: 'SELECT id, report_date, ratings_fingerprint FROM assessments WHERE organisation_id IS NULL AND ratings_fingerprint = ?',
  completedOfStage: "SELECT id FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'completed' LIMIT 1",
  placeholder: "SELECT id, report_date, ratings_fingerprint FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'not-started'",
  deletePlaceholders: "DELETE FROM assessments WHERE organisation_id = ? AND stage = ? AND status = 'not-started'",
  sameVisit: `SELECT id, report_date, ratings_fingerprint FROM assessments
    WHERE organisation_id = ? AND stage = ? AND status = 'completed' AND coalesce(visit_date, report_date) IS ?`,
  insertAssessment: `INSERT INTO assessments (organisation_id, stage, status, report_date, visit_date, document_review_date, assessment_body, ratings_fingerprint)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  updateAssessment: `UPDATE assessments SET status = ?, report_date = ?, visit_date = ?, document_review_date = ?, assessment_body = ?, ratings_fingerprint = ?
    WHERE id = ?`,
  currentPaths: `SELECT d.path FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
    WHERE ad.assessment_id = ? AND ad.role = 'current' ORDER BY d.id`,
  supersede: "UPDATE assessment_documents SET role = 'superseded' WHERE assessment_id = ?",
  link: 'INSERT INTO assessment_documents (assessment_id, source_document_id, role) VALUES (?, ?, ?)',
  deleteRatings: 'DELETE FROM element_ratings WHERE assessment_id = ?',
  deleteTotals: 'DELETE FROM stated_totals WHERE assessment_id = ?',
  deleteAssessors: 'DELETE FROM assessors WHERE assessment_id = ?',
  deleteJustificationText: "DELETE FROM text_search WHERE kind = 'justification' AND assessment_id = ?",
  // The rule element-rated-twice reports an element the document rates twice; the first rating is kept.
  insertRating: `INSERT INTO element_ratings (assessment_id, element_code, rating, basis, justification) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (assessment_id, element_code) DO NOTHING`,
  insertTotals: `INSERT INTO stated_totals (assessment_id, criterion, ${TOTALS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`,
  insertAssessor: 'INSERT INTO assessors (assessment_id, position, name) VALUES (?, ?, ?)',
  insertText: `INSERT INTO text_search (text, kind, source_document_id, assessment_id, element_code, section, location)
    VALUES (?, ?, ?, ?, ?, ?, ?)`,
};

/** Prepared statements for loading, made once per database connection. */
export class ReportLoader {
  private readonly s: { [name in keyof typeof SQL]: Statement };

  constructor(private readonly db: Database) {
    this.s = Object.fromEntries(Object.entries(SQL).map(([name, text]) => [name, db.prepare(text)])) as ReportLoader['s'];
  }

  /** The document already loaded with this content, if any. */
  loadedDocument(sha256: string): { id: number; path: string; errorFindings: number } | null {
    const row = this.s.documentBySha.get(sha256) as { id: number; path: string } | undefined;
    if (!row) return null;
    return { ...row, errorFindings: (this.s.errorFindings.get(row.id) as { n: number }).n };
  }

  /** Loads the report in one transaction; a document already loaded (same sha256) is left as it is. */
  load(input: ReportToLoad): LoadResult {
    return this.db.transaction(() => this.loadInTransaction(input)).immediate();
  }

  private loadInTransaction(input: ReportToLoad): LoadResult {
    const { report } = input;
    const sha256 = report.source.sha256!;
    const loaded = this.loadedDocument(sha256);
    if (loaded) return { outcome: 'already-loaded', sourceDocumentId: loaded.id, path: loaded.path, errorFindings: loaded.errorFindings };

    const orgId = input.organisation ? organisationId(this.db, input.organisation) : null;
    const documentId = Number(
      this.s.insertDocument.run(
        sha256,
        report.source.path,
        report.source.format,
        input.sizeBytes,
        report.template,
        orgId,
        report.assessmentBody,
        input.importedAt,
        input.importRunId,
        JSON.stringify(report),
      ).lastInsertRowid,
    );
    for (const f of report.findings) {
      this.s.insertFinding.run(documentId, f.rule, f.severity, f.message, f.stage, f.criterion, f.elements.join(', '), f.expected ?? null, f.actual ?? null, locationText(f.location));
    }

    const assessments = report.assessments.map((a) => this.loadAssessment(a, orgId, documentId, report.assessmentBody));
    if (assessments.some((a) => a.effect === 'added' || a.effect === 'replaced')) {
      for (const p of input.passages) this.s.insertText.run(p.text, 'narrative', documentId, null, null, p.section, locationText(p.loc));
    }
    const errorFindings = report.findings.filter((f) => f.severity === 'error').length;
    return { outcome: 'loaded', sourceDocumentId: documentId, assessments, errorFindings };
  }

  private loadAssessment(a: Assessment, orgId: number | null, documentId: number, body: string | null): AssessmentLoaded {
    const fingerprint = ratingsFingerprint(a);
    const result = (effect: AssessmentEffect, otherIssue: string[] = []): AssessmentLoaded => ({ stage: a.stage, effect, otherIssue });
    const link = (id: number, role: 'current' | 'superseded') => this.s.link.run(id, documentId, role);

    let existing: AssessmentRow | undefined;
    if (orgId === null) {
      // With no organisation to tell visits apart, only an exact copy is the same assessment.
      existing = this.s.sameUnnamed.get(fingerprint) as AssessmentRow | undefined;
    } else if (a.status === 'not-started') {
      if (this.s.completedOfStage.get(orgId, a.stage)) return result('placeholder-skipped');
      existing = this.s.placeholder.get(orgId, a.stage) as AssessmentRow | undefined;
    } else {
      this.s.deletePlaceholders.run(orgId, a.stage);
      existing = this.s.sameVisit.get(orgId, a.stage, a.visitDate ?? a.reportDate) as AssessmentRow | undefined;
    }

    if (!existing) {
      const id = Number(
        this.s.insertAssessment.run(orgId, a.stage, a.status, a.reportDate, a.visitDate, a.documentReviewDate, body, fingerprint).lastInsertRowid,
      );
      this.insertContent(id, a, documentId);
      link(id, 'current');
      return result('added');
    }
    if (existing.ratings_fingerprint === fingerprint) {
      link(existing.id, 'current');
      return result('copy');
    }
    const otherIssue = (this.s.currentPaths.all(existing.id) as { path: string }[]).map((r) => r.path);
    const isLater = existing.report_date === null || (a.reportDate !== null && a.reportDate >= existing.report_date);
    if (!isLater) {
      link(existing.id, 'superseded');
      return result('outdated', otherIssue);
    }
    this.s.supersede.run(existing.id);
    for (const statement of ['deleteRatings', 'deleteTotals', 'deleteAssessors', 'deleteJustificationText'] as const) this.s[statement].run(existing.id);
    this.s.updateAssessment.run(a.status, a.reportDate, a.visitDate, a.documentReviewDate, body, fingerprint, existing.id);
    this.insertContent(existing.id, a, documentId);
    link(existing.id, 'current');
    return result('replaced', otherIssue);
  }

  private insertContent(id: number, a: Assessment, documentId: number): void {
    a.assessors.forEach((name, index) => this.s.insertAssessor.run(id, index + 1, name));
    for (const e of a.elements) {
      this.s.insertRating.run(id, e.code, e.rating, e.basis, e.justification);
      if (e.justification) this.s.insertText.run(e.justification, 'justification', documentId, id, e.code, null, null);
    }
    const totals = (criterion: number | null, t: CriterionTotals | undefined) => {
      if (t) this.s.insertTotals.run(id, criterion, t.nonCompliance, t.partialCompliance, t.compliance, t.compliancePlus);
    };
    for (const [criterion, t] of Object.entries(a.statedTotals.byCriterion ?? {})) totals(Number(criterion), t);
    totals(null, a.statedTotals.overall ?? undefined);
  }
}
