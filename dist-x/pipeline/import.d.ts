import { type AssessmentEffect, type AssessmentLoaded, type FindingCounts } from '../db/load-report.js';
import type { ReadOptions } from '../read/index.js';
import { type PoolLimits } from './parser-pool.js';
export interface ImportOptions {
    database: string;
    manifest?: string;
    jobs: number;
    /** Glob patterns of files left out (see discover.ts). */
    exclude?: readonly string[];
    readOptions?: ReadOptions;
    poolLimits?: PoolLimits;
    /** Read again files whose same bytes an earlier import failed with this cse and these limits (by default they fail again unread). */
    retryFailed?: boolean;
    onFileDone?: (entry: ImportEntry, done: number, total: number) => void;
    onStart?: (total: number) => void;
}
/**
 * `imported`: a new document went in; `replaced`: a new document went in as a corrected re-issue
 * of an assessment already loaded; `skipped`: the same bytes are already loaded; `failed`: the file
 * could not be read or is not a report.
 */
export type ImportOutcome = 'imported' | 'replaced' | 'skipped' | 'failed';
export interface ImportEntry extends FindingCounts {
    path: string;
    outcome: ImportOutcome;
    sha256: string | null;
    /** `detail`: what the reader library said, for --verbose. */
    error: {
        code: string;
        message: string;
        detail?: string | null;
    } | null;
    organisation: string | null;
    assessments: AssessmentLoaded[];
    /** For a skipped file: the path its content was first loaded from. */
    loadedAs: string | null;
    /** For a failed file: failed so by an earlier import (same path and bytes, same cse, same limits), and not read again. */
    failedBefore?: boolean;
}
export interface ImportSummary {
    run: number;
    database: string;
    startedAt: string;
    finishedAt: string;
    seconds: number;
    jobs: number;
    interruptedRunsClosed: number[];
    /** What the manifest says that was settled one way and a person should look at. */
    manifestWarnings: string[];
    files: number;
    imported: number;
    replaced: number;
    skipped: number;
    failed: number;
    /** Of the failed, those an earlier import failed so (same bytes, cse and limits), not read again. */
    failedBefore: number;
    failedByCode: Record<string, number>;
    /** Reports (imported now or loaded before) with at least one finding of severity error. */
    withErrorFindings: number;
    /** Documents that only added a second copy of assessments already loaded (e.g. the Word file of a PDF). */
    copies: number;
    /** Imported documents that read at least one of their assessments only in part (src/check/reading-coverage.ts). */
    readInPart: number;
    entries: ImportEntry[];
    summaryFile: string;
}
/** Another copy of an assessment already loaded, whichever copy's reading is kept. */
export declare function isCopy(effect: AssessmentEffect): boolean;
export declare function importReports(paths: readonly string[], options: ImportOptions): Promise<ImportSummary>;
