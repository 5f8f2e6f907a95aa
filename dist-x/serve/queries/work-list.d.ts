/**
 * "Needs a person": what the import could not settle, as a work list. Files that failed (the
 * latest failure of each path, until a later import loads the path or a reviewer dismisses it),
 * documents with error findings no reviewer has dismissed (one row a document, with how many and
 * of which rules: a folder of damaged files can hold a million findings, a person works document
 * by document), and assessments read only in part. Each list comes a page at a time, with its total.
 */
import type { Database } from 'better-sqlite3';
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
export declare function workList(db: Database, page?: {
    limit: number;
    offset: number;
}): WorkList;
export interface DismissRequest {
    reason: string;
    by: string;
}
export type DismissOutcome = {
    dismissed: true;
} | {
    error: {
        code: 'invalid-dismissal' | 'not-found';
        message: string;
    };
};
/** Sets a finding aside with a reason; it stays set aside when the rules run again on the same document. */
export declare function dismissFinding(db: Database, findingId: number, request: Partial<DismissRequest>, now?: string): DismissOutcome;
/** Sets a failed file aside with a reason, until it fails again in a later import. */
export declare function dismissFailure(db: Database, failureId: number, request: Partial<DismissRequest>, now?: string): DismissOutcome;
/** The path of a failed import, for importing it again: a request names the failure, never a path. */
export declare function failedPath(db: Database, failureId: number): string | null;
