import { incompleteReadings, readInPart } from './reading-coverage.js';
import { CRITERION_NUMBERS, criterionOf } from '../standard/catalogue.js';
import { knownCount } from '../rules/counts.js';
export function countsByCriterion(assessment) {
    return Object.fromEntries(CRITERION_NUMBERS.map((c) => [
        c,
        {
            partial: knownCount(assessment, c, 'partial-compliance'),
            nonCompliance: knownCount(assessment, c, 'non-compliance'),
            partialNamed: namedCount(assessment, c, 'partial-compliance'),
            nonComplianceNamed: namedCount(assessment, c, 'non-compliance'),
        },
    ]));
}
/**
 * A count the verdict can use: the known one, else the elements named with the rating where they
 * are already more than allowed (three named partials in criterion 1 break it, whatever the rest).
 */
export function countOrBreach(known, named, allowed) {
    return known ?? (named > allowed ? named : null);
}
function namedCount(assessment, criterion, rating) {
    return assessment.elements.filter((e) => e.rating === rating && criterionOf(e.code) === criterion).length;
}
function sum(values) {
    return values.some((v) => v === null) ? null : values.reduce((a, b) => a + (b ?? 0), 0);
}
export function verdictFromCounts(counts, scheme, overallPartial, overallNonCompliance) {
    const reasons = [];
    let unknown = false;
    for (const c of CRITERION_NUMBERS) {
        const { partial: known, nonCompliance: knownNc, partialNamed, nonComplianceNamed } = counts[c];
        if (knownNc === null || known === null)
            unknown = true;
        const nonCompliance = countOrBreach(knownNc, nonComplianceNamed, scheme.nonComplianceAllowed);
        const partial = countOrBreach(known, partialNamed, scheme.partialTolerance[c]);
        const atLeast = known === null && partial !== null ? 'at least ' : '';
        if (nonCompliance !== null && nonCompliance > scheme.nonComplianceAllowed)
            reasons.push(`${knownNc === null ? 'at least ' : ''}${nonCompliance} non-compliance${nonCompliance === 1 ? '' : 's'} in criterion ${c}`);
        if (partial !== null && partial > scheme.partialTolerance[c])
            reasons.push(`${atLeast}${partial} partial compliances in criterion ${c} (at most ${scheme.partialTolerance[c]} allowed)`);
    }
    const partialTotal = sum(CRITERION_NUMBERS.map((c) => counts[c].partial)) ?? overallPartial ?? null;
    const nonComplianceTotal = sum(CRITERION_NUMBERS.map((c) => counts[c].nonCompliance)) ?? overallNonCompliance ?? null;
    if (partialTotal !== null && partialTotal > scheme.partialToleranceOverall)
        reasons.push(`${partialTotal} partial compliances in all (at most ${scheme.partialToleranceOverall} allowed)`);
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
export function verdictOf(assessment, scheme, record) {
    const overall = assessment.statedTotals.overall;
    const verdict = verdictFromCounts(countsByCriterion(assessment), scheme, overall?.partialCompliance, overall?.nonCompliance);
    if (!record || verdict.meets === false)
        return verdict;
    const coverage = readInPart(record, assessment, scheme);
    if (!coverage.partial)
        return verdict;
    const unreadTable = incompleteReadings(record, assessment).some((f) => f.elements.length === 0);
    if (verdict.meets === null || unreadTable)
        return { ...verdict, meets: null, readInPart: coverage.reasons };
    return verdict;
}
/** One line a certification manager reads: "meets the standard: no non-compliance, 4 partial compliances within tolerance". */
export function verdictLine(verdict) {
    if (verdict.meets === false)
        return `does not meet the standard: ${verdict.reasons.join('; ')}`;
    if (verdict.meets === null && verdict.readInPart?.length)
        return `cannot tell whether it meets the standard: the report was read only in part (${verdict.readInPart[0].replace(/\.$/, '')})`;
    if (verdict.meets === null)
        return 'cannot tell whether it meets the standard: the report does not give every count needed';
    const partial = verdict.partialTotal ?? 0;
    return `meets the standard: no non-compliance, ${partial === 0 ? 'no partial compliances' : `${partial} partial compliance${partial === 1 ? '' : 's'} within tolerance`}`;
}
/** Each stage's verdict as data, beside the findings (`cse check --json`, the app's check page). */
export function stageVerdicts(report, scheme) {
    return report.assessments.map((a) => {
        if (a.status === 'not-started')
            return { stage: a.stage, status: a.status, meets: null, verdict: null };
        const verdict = verdictOf(a, scheme, report);
        return { stage: a.stage, status: a.status, meets: verdict.meets, verdict: verdictLine(verdict) };
    });
}
//# sourceMappingURL=verdict.js.map