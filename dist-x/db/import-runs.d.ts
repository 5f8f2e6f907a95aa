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
/** Marks as interrupted the runs left `running` by a process that no longer exists; returns their ids. */
export declare function closeInterruptedRuns(db: Database): number[];
export declare function startRun(db: Database, run: RunStart): number;
export interface FailureRecord {
    path: string;
    sha256: string | null;
    code: string;
    message: string;
    /** What the file was read with (cse's version and the read limits), as knownFailure compares it. */
    readWith: string;
}
export declare function recordFailure(db: Database, runId: number, failure: FailureRecord): void;
/**
 * How an earlier import failed the same bytes at the same path, read with the same cse and the
 * same limits, or null: reading them again would fail them the same way. A file that failed under
 * another version (which may read it now) or other limits (raised since) is not known, nor the
 * same bytes under another name (a name says what format a file should be, and its message names it).
 */
export declare function knownFailure(db: Database, path: string, sha256: string, readWith: string): {
    code: string;
    message: string;
} | null;
export declare function finishRun(db: Database, runId: number, counts: RunCounts, finishedAt: string): void;
