function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/** Marks as interrupted the runs left `running` by a process that no longer exists; returns their ids. */
export function closeInterruptedRuns(db) {
    const running = db.prepare("SELECT id, process_id FROM import_runs WHERE status = 'running'").all();
    const dead = running.filter((run) => run.process_id !== process.pid && !isAlive(run.process_id)).map((run) => run.id);
    const mark = db.prepare("UPDATE import_runs SET status = 'interrupted' WHERE id = ?");
    db.transaction(() => dead.forEach((id) => mark.run(id))).immediate();
    return dead;
}
export function startRun(db, run) {
    const result = db
        .prepare("INSERT INTO import_runs (started_at, status, process_id, paths, manifest, jobs) VALUES (?, 'running', ?, ?, ?, ?)")
        .run(run.startedAt, process.pid, JSON.stringify(run.paths), run.manifest, run.jobs);
    return Number(result.lastInsertRowid);
}
export function recordFailure(db, runId, failure) {
    db.prepare('INSERT INTO import_failures (import_run_id, path, sha256, error_code, message, read_with) VALUES (?, ?, ?, ?, ?, ?)').run(runId, failure.path, failure.sha256, failure.code, failure.message, failure.readWith);
}
/**
 * How an earlier import failed the same bytes at the same path, read with the same cse and the
 * same limits, or null: reading them again would fail them the same way. A file that failed under
 * another version (which may read it now) or other limits (raised since) is not known, nor the
 * same bytes under another name (a name says what format a file should be, and its message names it).
 */
export function knownFailure(db, path, sha256, readWith) {
    const row = db
        .prepare('SELECT error_code AS code, message FROM import_failures WHERE sha256 = ? AND path = ? AND read_with = ? ORDER BY id DESC LIMIT 1')
        .get(sha256, path, readWith);
    return row ?? null;
}
export function finishRun(db, runId, counts, finishedAt) {
    db.prepare(`UPDATE import_runs SET status = 'finished', finished_at = ?, files_found = ?, imported = ?, skipped = ?, replaced = ?, failed = ? WHERE id = ?`).run(finishedAt, counts.filesFound, counts.imported, counts.skipped, counts.replaced, counts.failed, runId);
}
//# sourceMappingURL=import-runs.js.map