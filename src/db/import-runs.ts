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

export function recordFailure(db: Database, runId: number, failure: { path: string; sha256: string | null; code: string; message: string }): void {
  db.prepare('INSERT INTO import_failures (import_run_id, path, sha256, error_code, message) VALUES (?, ?, ?, ?, ?)').run(
    runId,
    failure.path,
    failure.sha256,
    failure.code,
    failure.message,
  );
}

export function finishRun(db: Database, runId: number, counts: RunCounts, finishedAt: string): void {
  db.prepare(
    `UPDATE import_runs SET status = 'finished', finished_at = ?, files_found = ?, imported = ?, skipped = ?, replaced = ?, failed = ? WHERE id = ?`,
  ).run(finishedAt, counts.filesFound, counts.imported, counts.skipped, counts.replaced, counts.failed, runId);
}
