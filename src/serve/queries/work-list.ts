/**
 * "Needs a person": what the import could not settle, as a work list. Files that failed (the
 * latest failure of each path, until a later import loads the path or a reviewer dismisses it),
 * documents with error findings no reviewer has dismissed (one row a document, with how many and
 * of which rules: a folder of damaged files can hold a million findings, a person works document
 * by document), and assessments read only in part. Each list comes a page at a time, with its total.
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

export interface DocumentWithErrors {
  sourceDocumentId: number;
  path: string;
  organisation: string | null;
  /** Error findings not dismissed. */
  errors: number;
  /** Their rules, each once. */
  rules: string;
  /** The first of them, as an example. */
  message: string;
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

export interface WorkPage<T> {
  total: number;
  rows: T[];
}

export interface WorkList {
  failedFiles: WorkPage<FailedFile>;
  documentsWithErrors: WorkPage<DocumentWithErrors>;
  readInPart: WorkPage<PartReading>;
}

/** The key of a finding row as SQL builds it: the same as `findingKey`. */
const FINDING_KEY_SQL = "f.rule || '|' || coalesce(f.stage, '') || '|' || coalesce(f.criterion, '') || '|' || f.elements";

const OPEN_FAILURES = `
  FROM import_failures f JOIN import_runs r ON r.id = f.import_run_id
  WHERE f.id = (SELECT max(id) FROM import_failures g WHERE g.path = f.path)
    AND NOT EXISTS (SELECT 1 FROM source_documents d WHERE d.path = f.path AND d.import_run_id >= f.import_run_id)
    AND NOT EXISTS (SELECT 1 FROM dismissals x WHERE x.import_failure_path = f.path AND x.dismissed_at >= r.started_at)`;

// A database can hold a million error findings and no dismissal: the check is left out then.
const openErrors = (anyDismissed: boolean) => `
  FROM findings f
  WHERE f.severity = 'error'
    ${anyDismissed ? `AND NOT EXISTS (SELECT 1 FROM dismissals x WHERE x.source_document_id = f.source_document_id AND x.finding_key = ${FINDING_KEY_SQL})` : ''}`;

const PART_READINGS = `
  FROM assessments a LEFT JOIN organisations o ON o.id = a.organisation_id
  WHERE a.read_in_part = 1 AND a.status = 'completed'`;

export function workList(db: Database, page: { limit: number; offset: number } = { limit: 100, offset: 0 }): WorkList {
  const count = (from: string) => db.prepare(`SELECT count(*) ${from}`).pluck().get() as number;
  const failedFiles = db
    .prepare(`SELECT f.id, f.path, f.error_code AS code, f.message, f.import_run_id AS importRunId, r.started_at AS failedAt ${OPEN_FAILURES} ORDER BY f.path LIMIT @limit OFFSET @offset`)
    .all(page) as FailedFile[];
  const anyDismissed = db.prepare('SELECT EXISTS (SELECT 1 FROM dismissals WHERE finding_key IS NOT NULL)').pluck().get() === 1;
  // One pass over the findings gives every document's count; its total and its page come from that.
  const withErrors = db
    .prepare(
      `WITH open AS (SELECT f.source_document_id AS id, count(*) AS errors, group_concat(DISTINCT f.rule) AS rules, min(f.id) AS first ${openErrors(anyDismissed)} GROUP BY f.source_document_id)
       SELECT open.id AS sourceDocumentId, d.path, o.name AS organisation, open.errors, open.rules, open.first
       FROM open JOIN source_documents d ON d.id = open.id LEFT JOIN organisations o ON o.id = d.organisation_id
       ORDER BY o.name IS NULL, o.name, d.path`,
    )
    .all() as (Omit<DocumentWithErrors, 'message'> & { first: number })[];
  const message = db.prepare('SELECT message FROM findings WHERE id = ?').pluck();
  const documentsWithErrors = withErrors
    .slice(page.offset, page.offset + page.limit)
    .map(({ first, ...d }) => ({ ...d, message: message.get(first) as string }));
  const readInPart = db
    .prepare(
      `SELECT a.id AS assessmentId, a.organisation_id AS organisationId, o.name AS organisation, a.stage, coalesce(a.visit_date, a.report_date) AS assessedOn,
         a.read_in_part_reasons AS reasons, a.read_from_document_id AS readFromDocumentId ${PART_READINGS}
       ORDER BY o.name IS NULL, o.name, assessedOn LIMIT @limit OFFSET @offset`,
    )
    .all(page) as PartReading[];
  return {
    failedFiles: { total: count(OPEN_FAILURES), rows: failedFiles },
    documentsWithErrors: { total: withErrors.length, rows: documentsWithErrors },
    readInPart: { total: count(PART_READINGS), rows: readInPart },
  };
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
    | { sourceDocumentId: number; rule: string; stage: string | null; criterion: number | null; elements: string }
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
