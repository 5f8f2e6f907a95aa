/**
 * Storing a reviewer's correction: checked against the standard and the value it replaces, kept
 * with who, when and why, and applied at once (the loader writes the assessment again with it, so
 * every reader of the database sees the corrected value). Errors are values with a code, as the
 * CLI's are.
 */
import { type Database } from 'better-sqlite3';
import { type Change } from '../corrections/correction.js';
export interface StoredCorrection {
    id: number;
    assessmentId: number;
    field: Change['field'];
    subject: string;
    oldValue: string | null;
    newValue: string | null;
    reason: string;
    correctedBy: string;
    correctedAt: string;
    /** When a later reading of the report first gave the corrected value by itself; null while none has. */
    readingAgreesAt: string | null;
    change: Change;
}
export type CorrectionOutcome = {
    correction: StoredCorrection;
} | {
    error: {
        code: 'invalid-correction' | 'no-such-assessment' | 'nothing-to-correct';
        message: string;
    };
};
/** Checks and stores the correction of one assessment's value, and applies it, in one transaction. */
export declare function addCorrection(db: Database, assessmentId: number, request: unknown, now?: string): CorrectionOutcome;
/** The corrections of one assessment, oldest first. */
export declare function correctionsOf(db: Database, assessmentId: number): StoredCorrection[];
/**
 * A copy of the database in memory with every correction undone: the values as the reports were
 * read (`cse export --without-corrections`). The file is not touched.
 */
export declare function withoutCorrections(db: Database): Database;
