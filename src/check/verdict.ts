/**
 * Does a stage's result meet the scheme: no non-compliance, partial compliances within each
 * criterion's tolerance and the overall one? Computed from counts, so rules and the check
 * command's one-line verdict agree.
 */
import type { Assessment } from '../schema/report.js';
import { CRITERION_NUMBERS, type CriterionNumber } from '../standard/catalogue.js';
import type { Scheme } from '../standard/scheme.js';
import { knownCount } from '../rules/counts.js';

export interface CriterionCounts {
  partial: number | null;
  nonCompliance: number | null;
}

export interface Verdict {
  meets: boolean | null;
  reasons: string[];
  partialTotal: number | null;
  nonComplianceTotal: number | null;
}

export function countsByCriterion(assessment: Assessment): Record<CriterionNumber, CriterionCounts> {
  return Object.fromEntries(
    CRITERION_NUMBERS.map((c) => [c, { partial: knownCount(assessment, c, 'partial-compliance'), nonCompliance: knownCount(assessment, c, 'non-compliance') }]),
  ) as Record<CriterionNumber, CriterionCounts>;
}

function sum(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b ?? 0), 0);
}

export function verdictFromCounts(counts: Record<CriterionNumber, CriterionCounts>, scheme: Scheme, overallPartial?: number | null, overallNonCompliance?: number | null): Verdict {
  const reasons: string[] = [];
  let unknown = false;
  for (const c of CRITERION_NUMBERS) {
    const { partial, nonCompliance } = counts[c];
    if (nonCompliance === null || partial === null) unknown = true;
    if (nonCompliance !== null && nonCompliance > scheme.nonComplianceAllowed) reasons.push(`${nonCompliance} non-compliance${nonCompliance === 1 ? '' : 's'} in criterion ${c}`);
    if (partial !== null && partial > scheme.partialTolerance[c]) reasons.push(`${partial} partial compliances in criterion ${c} (at most ${scheme.partialTolerance[c]} allowed)`);
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

export function verdictOf(assessment: Assessment, scheme: Scheme): Verdict {
  const overall = assessment.statedTotals.overall;
  return verdictFromCounts(countsByCriterion(assessment), scheme, overall?.partialCompliance, overall?.nonCompliance);
}

/** One line a certification manager reads: "meets the standard: no non-compliance, 4 partial compliances within tolerance". */
export function verdictLine(verdict: Verdict): string {
  if (verdict.meets === false) return `does not meet the standard: ${verdict.reasons.join('; ')}`;
  if (verdict.meets === null) return 'cannot tell whether it meets the standard: the report does not give every count needed';
  const partial = verdict.partialTotal ?? 0;
  return `meets the standard: no non-compliance, ${partial === 0 ? 'no partial compliances' : `${partial} partial compliance${partial === 1 ? '' : 's'} within tolerance`}`;
}
