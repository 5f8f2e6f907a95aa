/**
 * How completely a record read one assessment, in one place, so the loader, the import summary
 * and the benchmark all mean the same by "read in part" and by "the better reading".
 *
 * An assessment is read in part when the record says it expected something there and did not
 * get it (a finding `incomplete-reading` about that stage, or about the whole document: stage
 * null), or when a completed assessment rates fewer elements than the standard has.
 */
import type { Assessment, Finding, Report } from '../schema/report.js';
import { type Scheme } from '../standard/scheme.js';
/** The rule id of the extractor's findings about what it expected and did not read. */
export declare const INCOMPLETE_READING = "incomplete-reading";
export interface ReadingCoverage {
    partial: boolean;
    /** Why, briefly, each a phrase a person reads ("43 of 57 elements rated"); empty when read in full. */
    reasons: string[];
}
type RecordFindings = Pick<Report, 'findings'>;
/** The record's incomplete-reading findings that concern this assessment: its stage's, and the whole document's. */
export declare function incompleteReadings(report: RecordFindings, assessment: Pick<Assessment, 'stage'>): Finding[];
export declare function readInPart(report: RecordFindings, assessment: Assessment, scheme?: Scheme): ReadingCoverage;
/** How many counts (one per rating, per criterion and overall) the report states for the assessment. */
export declare function statedCounts(assessment: Assessment): number;
/** One reading of an assessment: the record it is in and the assessment in it. */
export interface Reading {
    report: Pick<Report, 'findings' | 'source' | 'organisation'>;
    assessment: Assessment;
}
/**
 * Negative when `a` read the assessment more completely than `b`, positive when `b` did, 0 when
 * neither did: more elements rated, then more stated counts, then fewer incomplete-reading findings.
 */
export declare function compareCompleteness(a: Reading, b: Reading): number;
/**
 * The order of two copies' readings, the better first: by `compareCompleteness`; where that
 * cannot tell them apart, by format, then by content hash, so the same copy is kept whatever
 * order the files arrive in. 0 only for the same file.
 */
export declare function compareReadings(a: Reading, b: Reading): number;
export {};
