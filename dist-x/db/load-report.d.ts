import type { Database } from 'better-sqlite3';
import type { SourceLocation } from '../document/model.js';
import type { Assessment, Report, Stage } from '../schema/report.js';
import { assessmentInRecord } from './record-assessment.js';
import { type ReadingCoverage } from '../check/reading-coverage.js';
/** A paragraph or list of the report's prose, for full-text search. */
export interface NarrativePassage {
    section: string | null;
    loc: SourceLocation;
    text: string;
}
export interface ReportToLoad {
    report: Report;
    sizeBytes: number;
    passages: readonly NarrativePassage[];
    /** The organisation's name: the manifest's for this file when it gives one, else the report's. */
    organisation: string | null;
    importRunId: number;
    importedAt: string;
}
/**
 * What loading did to each assessment of the document: `added` a new one; `copy` another copy of
 * one loaded from another file, whose reading is kept; `preferred-copy` another copy whose reading
 * now replaces the one loaded before (it read more, or as much from the text as written);
 * `replaced` a corrected re-issue that replaced the earlier one; `outdated` an earlier issue than
 * the one loaded (kept as superseded); `placeholder-skipped` an empty section of the template for
 * a stage already completed.
 */
export type AssessmentEffect = 'added' | 'copy' | 'preferred-copy' | 'replaced' | 'outdated' | 'placeholder-skipped';
export interface AssessmentLoaded {
    stage: Stage;
    effect: AssessmentEffect;
    /** For `replaced` and `outdated`: the documents of the other issue; for `copy` and `preferred-copy`: the other copies. */
    otherIssue: string[];
    /** How completely this document read the assessment. */
    reading: ReadingCoverage;
    /** For `copy` and `preferred-copy`: whether one copy read more of it than the other (not merely read it from a preferred format). */
    readMoreCompletely?: 'this' | 'other' | 'neither';
    /** For `copy` and `preferred-copy`: how many values (ratings, totals, dates, organisation) the copies read differently. */
    disagreements?: number;
}
export type LoadResult = ({
    outcome: 'already-loaded';
    sourceDocumentId: number;
    path: string;
} & FindingCounts) | ({
    outcome: 'loaded';
    sourceDocumentId: number;
    assessments: AssessmentLoaded[];
} & FindingCounts);
/** A document's findings of the severities that can fail a run (`--fail-on`). */
export interface FindingCounts {
    errorFindings: number;
    warningFindings: number;
}
/** Equal for two copies of one report: stage, status, dates and every element's rating. */
export declare function ratingsFingerprint(a: Assessment): string;
export declare function locationText(loc: SourceLocation | null | undefined): string | null;
type VisitIdentity = Parameters<typeof assessmentInRecord>[1];
/** Prepared statements for loading, made once per database connection. */
export declare class ReportLoader {
    private readonly db;
    private readonly s;
    constructor(db: Database);
    /** The document already loaded with this content, if any. */
    loadedDocument(sha256: string): ({
        id: number;
        path: string;
    } & FindingCounts) | null;
    /** Loads the report in one transaction; a document already loaded (same sha256) is left as it is. */
    load(input: ReportToLoad): LoadResult;
    private loadInTransaction;
    private insertFindings;
    private loadAssessment;
    /**
     * The assessment's values become this document's reading of it, with every correction a
     * reviewer made to the assessment applied over it; a correction the reading now gives by itself
     * is marked so.
     */
    private replaceContent;
    private changesOf;
    /** The stage and date the documents read for the assessment: what its row held before any correction. */
    private readIdentity;
    /** The stage, status and date the documents read for an assessment (before any correction); null for no such assessment. */
    readAs(assessmentId: number): VisitIdentity | null;
    /** The assessment as it stands (its kept reading with its corrections) and its organisation's name; null for no such assessment. */
    current(assessmentId: number): {
        assessment: Assessment;
        organisation: string | null;
    } | null;
    /**
     * Writes the assessment's values again from the reading they are taken from, with its
     * corrections; moves it to the corrected organisation; runs the rules again on the corrected
     * record of its document. Called in the caller's transaction after a correction is stored.
     */
    rewrite(assessmentId: number, now: string): void;
    /** The document's findings anew: the extractor's as read, the rules' run on the record with its assessments corrected. */
    private refreshFindings;
    /** The reading an assessment's values were taken from: its document's record and the assessment in it. */
    private readingOf;
    private readingIn;
    /** Lists anew where each current copy of the assessment reads differently from the kept one; returns how many differences. */
    private recordDisagreements;
    private insertContent;
}
export {};
