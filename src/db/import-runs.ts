/**
 * One row per `cse import`, so an analyst can see what went in when, and a run that was killed
 * shows as `interrupted` rather than `running` for ever.
 */
import type { Database } from 'better-sqlite3';

export interface RunStart {
  paths: readonly string[];
  manifest: string | null;
  jobs: number;
  startedAt: string;
}

export interface RunCounts {
  filesFound: number;
  imported: number;
  skipped: number;
  replaced: number;
  failed: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks as interrupted the runs left `running` by a process that no longer exists; returns their ids. */
export function closeInterruptedRuns(db: Database): number[] {
  const running = db.prepare("SELECT id, process_id FROM import_runs WHERE status = 'running'").all() as { id: number; process_id: number }[];
  const dead = running.filter((run) => run.process_id !== process.pid && !isAlive(run.process_id)).map((run) => run.id);
  const mark = db.prepare("UPDATE import_runs SET status = 'interrupted' WHERE id = ?");
  db.transaction(() => dead.forEach((id) => mark.run(id))).immediate();
  return dead;
}

export function startRun(db: Database, run: RunStart): number {
  const result = db
    .prepare("INSERT INTO import_runs (started_at, status, process_id, paths, manifest, jobs) VALUES (?, 'running', ?, ?, ?, ?)")
    .run(run.startedAt, process.pid, JSON.stringify(run.paths), run.manifest, run.jobs);
  return Number(result.lastInsertRowid);
}

export interface FailureRecord {
  path: string;
  sha256: string | null;
  code: string;
  message: string;
  /** What the file was read with (cse's version and the read limits), as knownFailure compares it. */
  readWith: string;
}

export function recordFailure(db: Database, runId: number, failure: FailureRecord): void {
  db.prepare('INSERT INTO import_failures (import_run_id, path, sha256, error_code, message, read_with) VALUES (?, ?, ?, ?, ?, ?)').run(
    runId,
    failure.path,
    failure.sha256,
    failure.code,
    failure.message,
    failure.readWith,
  );
}

/**
 * How an earlier import failed the same bytes at the same path, read with the same cse and the
 * same limits, or null: reading them again would fail them the same way. A file that failed under
 * another version (which may read it now) or other limits (raised since) is not known, nor the
 * same bytes under another name (a name says what format a file should be, and its message names it).
 */
export function knownFailure(db: Database, path: string, sha256: string, readWith: string): { code: string; message: string } | null {
  const row = db
    .prepare('SELECT error_code AS code, message FROM import_failures WHERE sha256 = ? AND path = ? AND read_with = ? ORDER BY id DESC LIMIT 1')
    .get(sha256, path, readWith) as { code: string; message: string } | undefined;
  return row ?? null;
}

export function finishRun(db: Database, runId: number, counts: RunCounts, finishedAt: string): void {
  db.prepare(
    `UPDATE import_runs SET status = 'finished', finished_at = ?, files_found = ?, imported = ?, skipped = ?, replaced = ?, failed = ? WHERE id = ?`,
  ).run(finishedAt, counts.filesFound, counts.imported, counts.skipped, counts.replaced, counts.failed, runId);
}
