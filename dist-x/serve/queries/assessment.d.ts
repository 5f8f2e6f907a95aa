/**
 * One assessment as the app shows it: its values as they stand (the kept reading with its
 * corrections), where each was read, its corrections, its documents and their findings.
 */
import type { Database } from 'better-sqlite3';
import type { PointsScheme } from '../../bench/points.js';
import { type StoredCorrection } from '../../db/corrections.js';
import type { Assessment, Finding, Report } from '../../schema/report.js';
export interface DocumentLink {
    id: number;
    path: string;
    format: string;
    role: 'current' | 'superseded';
    /** Whether the assessment's values are this document's reading. */
    readFrom: boolean;
}
export interface FindingRow {
    id: number;
    sourceDocumentId: number;
    rule: string;
    severity: Finding['severity'];
    message: string;
    stage: string | null;
    criterion: number | null;
    elements: string;
    location: string | null;
    /** Set aside by a reviewer, with why; null while it stands. */
    dismissed: {
        reason: string;
        by: string;
        at: string;
    } | null;
}
export interface AssessmentView {
    id: number;
    organisationId: number | null;
    organisation: string | null;
    assessmentBody: string | null;
    readInPart: boolean;
    readInPartReasons: string | null;
    assessedOn: string | null;
    record: Assessment;
    points: number;
    counts: {
        compliancePlus: number;
        compliance: number;
        partialCompliance: number;
        nonCompliance: number;
        elementsRated: number;
    };
    corrections: StoredCorrection[];
    documents: DocumentLink[];
    findings: FindingRow[];
}
/** The key a dismissal knows a finding by: the same finding when the rules run again. */
export declare function findingKey(f: Pick<FindingRow, 'rule' | 'stage' | 'criterion' | 'elements'>): string;
/** A document's findings, with any dismissal of each. */
export declare function findingsOf(db: Database, documentId: number, stage?: string): FindingRow[];
export declare function assessmentView(db: Database, assessmentId: number, points: PointsScheme): AssessmentView | null;
/** The record a document gave, as extracted (before any correction). */
export declare function recordOf(db: Database, documentId: number): Report | null;
