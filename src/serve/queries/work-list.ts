/**
 * "Needs a person": what the import could not settle, as a work list. Files that failed (the
 * latest failure of each path, until a later import loads the path or a reviewer dismisses it),
 * error findings no reviewer has dismissed, and assessments read only in part.
 */
import type { Database } from 'better-sqlite3';
import { findingKey } from './assessment.js';

export interface FailedFile {
  id: number;
  path: string;
  code: string;
  message: string;
  importRunId: number;
  failedAt: string;
}

export interface OpenFinding {
  id: number;
  sourceDocumentId: number;
  path: string;
  organisation: string | null;
  rule: string;
  stage: string | null;
  criterion: number | null;
  elements: string;
  message: string;
  location: string | null;
}

export interface PartReading {
  assessmentId: number;
  organisationId: number | null;
  organisation: string | null;
  stage: string;
  assessedOn: string | null;
  reasons: string | null;
  readFromDocumentId: number | null;
}

export interface WorkList {
  failedFiles: FailedFile[];
  errorFindings: OpenFinding[];
  readInPart: PartReading[];
}

export function workList(db: Database): WorkList {
  const failedFiles = db
    .prepare(
      `SELECT f.id, f.path, f.error_code AS code, f.message, f.import_run_id AS importRunId, r.started_at AS failedAt
       FROM import_failures f JOIN import_runs r ON r.id = f.import_run_id
       WHERE f.id = (SELECT max(id) FROM import_failures g WHERE g.path = f.path)
         AND NOT EXISTS (SELECT 1 FROM source_documents d JOIN import_runs dr ON dr.id = d.import_run_id WHERE d.path = f.path AND dr.id >= f.import_run_id)
         AND NOT EXISTS (SELECT 1 FROM dismissals x WHERE x.import_failure_path = f.path AND x.dismissed_at >= r.started_at)
       ORDER BY f.path`,
    )
    .all() as FailedFile[];
  const findings = db
    .prepare(
      `SELECT f.id, f.source_document_id AS sourceDocumentId, d.path, o.name AS organisation, f.rule, f.stage, f.criterion, f.elements, f.message, f.location
       FROM findings f JOIN source_documents d ON d.id = f.source_document_id LEFT JOIN organisations o ON o.id = d.organisation_id
       WHERE f.severity = 'error' ORDER BY o.name, d.path, f.id`,
    )
    .all() as OpenFinding[];
  const dismissed = db.prepare('SELECT 1 FROM dismissals WHERE source_document_id = ? AND finding_key = ?').pluck();
  const readInPart = db
    .prepare(
      `SELECT a.id AS assessmentId, a.organisation_id AS organisationId, o.name AS organisation, a.stage, coalesce(a.visit_date, a.report_date) AS assessedOn,
         a.read_in_part_reasons AS reasons, a.read_from_document_id AS readFromDocumentId
       FROM assessments a LEFT JOIN organisations o ON o.id = a.organisation_id
       WHERE a.read_in_part = 1 AND a.status = 'completed' ORDER BY o.name, assessedOn`,
    )
    .all() as PartReading[];
  return { failedFiles, errorFindings: findings.filter((f) => !dismissed.get(f.sourceDocumentId, findingKey(f))), readInPart };
}

export interface DismissRequest {
  reason: string;
  by: string;
}

export type DismissOutcome = { dismissed: true } | { error: { code: 'invalid-dismissal' | 'not-found'; message: string } };

function checkRequest(request: Partial<DismissRequest>): string | null {
  if (typeof request.reason !== 'string' || request.reason.trim().length < 3) return 'say why it is dismissed (at least a few words)';
  if (typeof request.by !== 'string' || !request.by.trim()) return 'say who dismisses it';
  return null;
}

/** Sets a finding aside with a reason; it stays set aside when the rules run again on the same document. */
export function dismissFinding(db: Database, findingId: number, request: Partial<DismissRequest>, now = new Date().toISOString()): DismissOutcome {
  const wrong = checkRequest(request);
  if (wrong) return { error: { code: 'invalid-dismissal', message: `dismissal refused: ${wrong}` } };
  const finding = db.prepare('SELECT source_document_id AS sourceDocumentId, rule, stage, criterion, elements FROM findings WHERE id = ?').get(findingId) as
    | (Pick<OpenFinding, 'sourceDocumentId' | 'rule' | 'stage' | 'criterion' | 'elements'>)
    | undefined;
  if (!finding) return { error: { code: 'not-found', message: `there is no finding ${findingId} (the rules may have run again since the page was loaded: reload it)` } };
  db.prepare('INSERT INTO dismissals (source_document_id, finding_key, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?, ?)').run(
    finding.sourceDocumentId,
    findingKey(finding),
    request.reason!.trim(),
    request.by!.trim(),
    now,
  );
  return { dismissed: true };
}

/** Sets a failed file aside with a reason, until it fails again in a later import. */
export function dismissFailure(db: Database, failureId: number, request: Partial<DismissRequest>, now = new Date().toISOString()): DismissOutcome {
  const wrong = checkRequest(request);
  if (wrong) return { error: { code: 'invalid-dismissal', message: `dismissal refused: ${wrong}` } };
  const path = db.prepare('SELECT path FROM import_failures WHERE id = ?').pluck().get(failureId) as string | undefined;
  if (path === undefined) return { error: { code: 'not-found', message: `there is no failed import ${failureId}` } };
  db.prepare('INSERT INTO dismissals (import_failure_path, reason, dismissed_by, dismissed_at) VALUES (?, ?, ?, ?)').run(path, request.reason!.trim(), request.by!.trim(), now);
  return { dismissed: true };
}

/** The path of a failed import, for importing it again: a request names the failure, never a path. */
export function failedPath(db: Database, failureId: number): string | null {
  return (db.prepare('SELECT path FROM import_failures WHERE id = ?').pluck().get(failureId) as string | undefined) ?? null;
}
