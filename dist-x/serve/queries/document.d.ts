import type { Database } from 'better-sqlite3';
import type { Report } from '../../schema/report.js';
import { type FindingRow } from './assessment.js';
export interface DocumentView {
    id: number;
    path: string;
    format: Report['source']['format'];
    sizeBytes: number;
    importedAt: string;
    organisation: string | null;
    /** The record as extracted from this file, before any correction. */
    record: Report;
    /** For each assessment of the record, in order: the database's assessment it was loaded as, and whether its values are this file's reading. */
    assessments: {
        assessmentId: number | null;
        role: 'current' | 'superseded' | null;
        readFrom: boolean;
    }[];
    findings: FindingRow[];
    /** Whether the file is still where it was imported from (the source pane needs it). */
    fileAvailable: boolean;
}
export declare function documentView(db: Database, documentId: number): DocumentView | null;
