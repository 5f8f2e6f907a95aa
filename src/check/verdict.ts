/**
 * Does a stage's result meet the scheme: no non-compliance, partial compliances within each
 * criterion's tolerance and the overall one? Computed from counts, so rules and the check
 * command's one-line verdict agree.
 */
import type { Assessment, Report } from '../schema/report.js';
import { incompleteReadings, readInPart } from './reading-coverage.js';
import { CRITERION_NUMBERS, criterionOf, type CriterionNumber } from '../standard/catalogue.js';
import type { Scheme } from '../standard/scheme.js';
import { knownCount } from '../rules/counts.js';

export interface CriterionCounts {
  partial: number | null;
  nonCompliance: number | null;
  /** Partial compliances the stage names one by one: a floor on the count where the count itself is unknown. */
  partialNamed: number;
  nonComplianceNamed: number;
}

export interface Verdict {
  meets: boolean | null;
  reasons: string[];
  partialTotal: number | null;
  nonComplianceTotal: number | null;
  /** Why the stage is read only in part, where it is: the verdict then cannot be told. */
  readInPart?: string[];
}

export function countsByCriterion(assessment: Assessment): Record<CriterionNumber, CriterionCounts> {
  return Object.fromEntries(
    CRITERION_NUMBERS.map((c) => [
      c,
      {
        partial: knownCount(assessment, c, 'partial-compliance'),
        nonCompliance: knownCount(assessment, c, 'non-compliance'),
        partialNamed: namedCount(assessment, c, 'partial-compliance'),
        nonComplianceNamed: namedCount(assessment, c, 'non-compliance'),
      },
    ]),
  ) as Record<CriterionNumber, CriterionCounts>;
}

/**
 * A count the verdict can use: the known one, else the elements named with the rating where they
 * are already more than allowed (three named partials in criterion 1 break it, whatever the rest).
 */
export function countOrBreach(known: number | null, named: number, allowed: number): number | null {
  return known ?? (named > allowed ? named : null);
}

function namedCount(assessment: Assessment, criterion: CriterionNumber, rating: Assessment['elements'][number]['rating']): number {
  return assessment.elements.filter((e) => e.rating === rating && criterionOf(e.code) === criterion).length;
}

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

export function verdictFromCounts(counts: Record<CriterionNumber, CriterionCounts>, scheme: Scheme, overallPartial?: number | null, overallNonCompliance?: number | null): Verdict {
  const reasons: string[] = [];
  let unknown = false;
  for (const c of CRITERION_NUMBERS) {
    const { partial: known, nonCompliance: knownNc, partialNamed, nonComplianceNamed } = counts[c];
    if (knownNc === null || known === null) unknown = true;
    const nonCompliance = countOrBreach(knownNc, nonComplianceNamed, scheme.nonComplianceAllowed);
    const partial = countOrBreach(known, partialNamed, scheme.partialTolerance[c]);
    const atLeast = known === null && partial !== null ? 'at least ' : '';
    if (nonCompliance !== null && nonCompliance > scheme.nonComplianceAllowed) reasons.push(`${knownNc === null ? 'at least ' : ''}${nonCompliance} non-compliance${nonCompliance === 1 ? '' : 's'} in criterion ${c}`);
    if (partial !== null && partial > scheme.partialTolerance[c]) reasons.push(`${atLeast}${partial} partial compliances in criterion ${c} (at most ${scheme.partialTolerance[c]} allowed)`);
  }
  const partialTotal = sum(CRITERION_NUMBERS.map((c) => counts[c].partial)) ?? overallPartial ?? null;
  const nonComplianceTotal = sum(CRITERION_NUMBERS.map((c) => counts[c].nonCompliance)) ?? overallNonCompliance ?? null;
  if (partialTotal !== null && partialTotal > scheme.partialToleranceOverall) reasons.push(`${partialTotal} partial compliances in all (at most ${scheme.partialToleranceOverall} allowed)`);
  if (nonComplianceTotal !== null && nonComplianceTotal > scheme.nonComplianceAllowed && reasons.every((r) => !r.includes('non-compliance'))) {
    reasons.push(`${nonComplianceTotal} non-compliance${nonComplianceTotal === 1 ? '' : 's'}`);
  }
  // Unknown per-criterion counts still allow a verdict when the overall totals settle it.
  const meets = reasons.length > 0 ? false : unknown && (partialTotal === null || nonComplianceTotal === null) ? null : true;
  return { meets, reasons, partialTotal, nonComplianceTotal };
}

/**
 * A stage's verdict. Given the record's findings, a stage read only in part says so: where the
 * counts the verdict needs are not all known it cannot be told, and where a table of ratings could
 * not be read at all it is never said to meet the standard, since that table could break it. A
 * breach already read stands, and so does a verdict the stated totals settle (Stockton's 12-month
 * review states every count, though it names too few elements to rate them all).
 */
export function verdictOf(assessment: Assessment, scheme: Scheme, record?: Pick<Report, 'findings'>): Verdict {
  const overall = assessment.statedTotals.overall;
  const verdict = verdictFromCounts(countsByCriterion(assessment), scheme, overall?.partialCompliance, overall?.nonCompliance);
  if (!record || verdict.meets === false) return verdict;
  const coverage = readInPart(record, assessment, scheme);
  if (!coverage.partial) return verdict;
  const unreadTable = incompleteReadings(record, assessment).some((f) => f.elements.length === 0);
  if (verdict.meets === null || unreadTable) return { ...verdict, meets: null, readInPart: coverage.reasons };
  return verdict;
}

/** One line a certification manager reads: "meets the standard: no non-compliance, 4 partial compliances within tolerance". */
export function verdictLine(verdict: Verdict): string {
  if (verdict.meets === false) return `does not meet the standard: ${verdict.reasons.join('; ')}`;
  if (verdict.meets === null && verdict.readInPart?.length) return `cannot tell whether it meets the standard: the report was read only in part (${verdict.readInPart[0]!.replace(/\.$/, '')})`;
  if (verdict.meets === null) return 'cannot tell whether it meets the standard: the report does not give every count needed';
  const partial = verdict.partialTotal ?? 0;
  return `meets the standard: no non-compliance, ${partial === 0 ? 'no partial compliances' : `${partial} partial compliance${partial === 1 ? '' : 's'} within tolerance`}`;
}

/** Each stage's verdict as data, beside the findings (`cse check --json`, the app's check page). */
export function stageVerdicts(report: Report, scheme: Scheme) {
  return report.assessments.map((a) => {
    if (a.status === 'not-started') return { stage: a.stage, status: a.status, meets: null, verdict: null };
    const verdict = verdictOf(a, scheme, report);
    return { stage: a.stage, status: a.status, meets: verdict.meets, verdict: verdictLine(verdict) };
  });
}
