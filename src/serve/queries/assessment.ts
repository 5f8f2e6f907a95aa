/**
 * One assessment as the app shows it: its values as they stand (the kept reading with its
 * corrections), where each was read, its corrections, its documents and their findings.
 */
import type { Database } from 'better-sqlite3';
import { pointsOf } from '../../bench/ranking.js';
import type { PointsScheme } from '../../bench/points.js';
import { type StoredCorrection, correctionsOf } from '../../db/corrections.js';
import { ReportLoader } from '../../db/load-report.js';
import type { Assessment, Finding, Report } from '../../schema/report.js';

export interface DocumentLink {
  id: number;
  path: string;
  format: string;
  role: 'current' | 'superseded';
  /** Whether the assessment's values are this document's reading. */
  readFrom: boolean;
}

export interface FindingRow {
  id: number;
  sourceDocumentId: number;
  rule: string;
  severity: Finding['severity'];
  message: string;
  stage: string | null;
  criterion: number | null;
  elements: string;
  location: string | null;
  /** Set aside by a reviewer, with why; null while it stands. */
  dismissed: { reason: string; by: string; at: string } | null;
}

export interface AssessmentView {
  id: number;
  organisationId: number | null;
  organisation: string | null;
  assessmentBody: string | null;
  readInPart: boolean;
  readInPartReasons: string | null;
  assessedOn: string | null;
  record: Assessment;
  points: number;
  counts: { compliancePlus: number; compliance: number; partialCompliance: number; nonCompliance: number; elementsRated: number };
  corrections: StoredCorrection[];
  documents: DocumentLink[];
  findings: FindingRow[];
}

/** The key a dismissal knows a finding by: the same finding when the rules run again. */
export function findingKey(f: Pick<FindingRow, 'rule' | 'stage' | 'criterion' | 'elements'>): string {
  return [f.rule, f.stage ?? '', f.criterion ?? '', f.elements].join('|');
}

const FINDING_COLUMNS = `f.id, f.source_document_id AS sourceDocumentId, f.rule, f.severity, f.message, f.stage, f.criterion, f.elements, f.location`;

/** A document's findings, with any dismissal of each. */
export function findingsOf(db: Database, documentId: number, stage?: string): FindingRow[] {
  const rows = db
    .prepare(`SELECT ${FINDING_COLUMNS} FROM findings f WHERE f.source_document_id = ? ${stage ? 'AND (f.stage IS NULL OR f.stage = ?)' : ''}
      ORDER BY CASE f.severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, f.id`)
    .all(...(stage ? [documentId, stage] : [documentId])) as Omit<FindingRow, 'dismissed'>[];
  const dismissal = db.prepare('SELECT reason, dismissed_by AS by, dismissed_at AS at FROM dismissals WHERE source_document_id = ? AND finding_key = ? ORDER BY id DESC LIMIT 1');
  return rows.map((f) => ({ ...f, dismissed: (dismissal.get(documentId, findingKey(f)) as FindingRow['dismissed'] | undefined) ?? null }));
}

export function assessmentView(db: Database, assessmentId: number, points: PointsScheme): AssessmentView | null {
  const row = db
    .prepare(
      `SELECT a.id, a.organisation_id AS organisationId, o.name AS organisation, a.assessment_body AS assessmentBody, a.read_in_part AS readInPart,
         a.read_in_part_reasons AS readInPartReasons, coalesce(a.visit_date, a.report_date) AS assessedOn, a.read_from_document_id AS readFrom,
         coalesce(c.compliance_plus, 0) AS compliancePlus, coalesce(c.compliance, 0) AS compliance, coalesce(c.partial_compliance, 0) AS partialCompliance,
         coalesce(c.non_compliance, 0) AS nonCompliance, coalesce(c.elements_rated, 0) AS elementsRated
       FROM assessments a LEFT JOIN organisations o ON o.id = a.organisation_id LEFT JOIN assessment_rating_counts c ON c.assessment_id = a.id
       WHERE a.id = ?`,
    )
    .get(assessmentId) as
    | (Omit<AssessmentView, 'record' | 'points' | 'counts' | 'corrections' | 'documents' | 'findings' | 'readInPart'> & {
        readInPart: number;
        readFrom: number | null;
      } & AssessmentView['counts'])
    | undefined;
  if (!row) return null;
  const current = new ReportLoader(db).current(assessmentId);
  if (!current) return null;
  const documents = (
    db
      .prepare(
        `SELECT d.id, d.path, d.format, ad.role FROM assessment_documents ad JOIN source_documents d ON d.id = ad.source_document_id
         WHERE ad.assessment_id = ? ORDER BY ad.role, d.id`,
      )
      .all(assessmentId) as Omit<DocumentLink, 'readFrom'>[]
  ).map((d) => ({ ...d, readFrom: d.id === row.readFrom }));
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
export function recordOf(db: Database, documentId: number): Report | null {
  const json = db.prepare('SELECT record_json FROM source_documents WHERE id = ?').pluck().get(documentId) as string | undefined;
  return json ? (JSON.parse(json) as Report) : null;
}
