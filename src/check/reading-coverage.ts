/**
 * How completely a record read one assessment, in one place, so the loader, the import summary
 * and the benchmark all mean the same by "read in part" and by "the better reading".
 *
 * An assessment is read in part when the record says it expected something there and did not
 * get it (a finding `incomplete-reading` about that stage, or about the whole document: stage
 * null), or when a completed assessment rates fewer elements than the standard has.
 */
import type { Assessment, CriterionTotals, Finding, Format, Report } from '../schema/report.js';
import { DEFAULT_SCHEME, type Scheme } from '../standard/scheme.js';

/** The rule id of the extractor's findings about what it expected and did not read. */
export const INCOMPLETE_READING = 'incomplete-reading';

export interface ReadingCoverage {
  partial: boolean;
  /** Why, briefly, each a phrase a person reads ("43 of 57 elements rated"); empty when read in full. */
  reasons: string[];
}

type RecordFindings = Pick<Report, 'findings'>;

/** The record's incomplete-reading findings that concern this assessment: its stage's, and the whole document's. */
export function incompleteReadings(report: RecordFindings, assessment: Pick<Assessment, 'stage'>): Finding[] {
  return report.findings.filter((f) => f.rule === INCOMPLETE_READING && (f.stage === null || f.stage === assessment.stage));
}

export function readInPart(report: RecordFindings, assessment: Assessment, scheme: Scheme = DEFAULT_SCHEME): ReadingCoverage {
  const reasons: string[] = [];
  if (assessment.status === 'completed' && assessment.elements.length < scheme.totalElements) {
    reasons.push(`${assessment.elements.length} of ${scheme.totalElements} elements rated`);
  }
  // The elements left unrated are said by the count above; a table that could not be read, by its finding.
  for (const finding of incompleteReadings(report, assessment)) if (finding.elements.length === 0) reasons.push(finding.message);
  return { partial: reasons.length > 0, reasons };
}

/** How many counts (one per rating, per criterion and overall) the report states for the assessment. */
export function statedCounts(assessment: Assessment): number {
  const stated = (t: CriterionTotals | null | undefined) => (t ? Object.values(t).filter((n) => n !== null).length : 0);
  return Object.values(assessment.statedTotals.byCriterion ?? {}).reduce((n, t) => n + stated(t), 0) + stated(assessment.statedTotals.overall);
}

/** One reading of an assessment: the record it is in and the assessment in it. */
export interface Reading {
  report: Pick<Report, 'findings' | 'source' | 'organisation'>;
  assessment: Assessment;
}

/**
 * Formats in the order their readings are preferred when two copies read equally well: the
 * text as written (Word, Markdown) before the text rebuilt from a page's layout (PDF).
 */
const FORMAT_PREFERENCE: readonly (Format | null)[] = ['docx', 'md', 'pdf', null];

/**
 * Negative when `a` read the assessment more completely than `b`, positive when `b` did, 0 when
 * neither did: more elements rated, then more stated counts, then fewer incomplete-reading findings.
 */
export function compareCompleteness(a: Reading, b: Reading): number {
  return (
    b.assessment.elements.length - a.assessment.elements.length ||
    statedCounts(b.assessment) - statedCounts(a.assessment) ||
    incompleteReadings(a.report, a.assessment).length - incompleteReadings(b.report, b.assessment).length
  );
}

/**
 * The order of two copies' readings, the better first: by `compareCompleteness`; where that
 * cannot tell them apart, by format, then by content hash, so the same copy is kept whatever
 * order the files arrive in. 0 only for the same file.
 */
export function compareReadings(a: Reading, b: Reading): number {
  const format = (r: Reading) => FORMAT_PREFERENCE.indexOf(r.report.source.format);
  const sha = (r: Reading) => r.report.source.sha256 ?? '';
  return compareCompleteness(a, b) || format(a) - format(b) || (sha(a) < sha(b) ? -1 : sha(a) > sha(b) ? 1 : 0);
}
