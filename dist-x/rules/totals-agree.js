/**
 * A stage's stated totals agree with one another and with its element ratings: each overall
 * count is the sum of the per-criterion counts where a report states both, and the compliance
 * count matches an element table that rates every element of the criterion (or the standard).
 * The compliance-plus, partial and non-compliance counts are checked against the elements by
 * named-elements-match-totals, which can name the elements.
 *
 * Source: the templates state a stage's result several times (Section A tables, totals tables,
 * element tables; seeds 001 and 003) and a quality check must show where they differ
 * (docs/domain.md, "What a report holds").
 * Passes: criteria 1–5 state 4, 5, 4, 0, 0 compliance plus and the overall totals state 13.
 * Fails: the same criteria with overall totals stating 14; or a totals table stating 48
 * compliance while the element table rates 47.
 */
import { RATING_KEY } from '../extract/score-table.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { RATINGS } from '../schema/report.js';
import { CRITERION_NUMBERS } from '../standard/catalogue.js';
import { ratesEveryElement, ratingPhrase, statedElements, totalsLocation } from './counts.js';
function sumsAgainstOverall(assessment) {
    const { byCriterion, overall } = assessment.statedTotals;
    if (!byCriterion || !overall)
        return [];
    const findings = [];
    for (const rating of RATINGS) {
        const key = RATING_KEY[rating];
        const parts = CRITERION_NUMBERS.map((c) => byCriterion[String(c)]?.[key] ?? null);
        const stated = overall[key];
        if (stated === null || parts.some((p) => p === null))
            continue;
        const sum = parts.reduce((a, b) => a + (b ?? 0), 0);
        if (sum === stated)
            continue;
        findings.push({
            message: `${STAGE_NAMES[assessment.stage]}: the overall totals state ${ratingPhrase(rating, stated)}, but the per-criterion totals add up to ${sum} (${parts.join(' + ')}).`,
            stage: assessment.stage,
            criterion: null,
            elements: [],
            expected: sum,
            actual: stated,
            location: totalsLocation(assessment, null),
        });
    }
    return findings;
}
function complianceAgainstElements(assessment, criterion, totals) {
    const stated = totals.compliance;
    if (stated === null || !ratesEveryElement(assessment, criterion ?? undefined))
        return [];
    const rated = statedElements(assessment, criterion ?? undefined, 'compliance').length;
    if (rated === stated)
        return [];
    const scope = criterion === null ? "the report's overall totals" : `the totals for criterion ${criterion}`;
    return [
        {
            message: `${STAGE_NAMES[assessment.stage]}: ${scope} state ${ratingPhrase('compliance', stated)}, but the element table rates ${rated} elements compliance.`,
            stage: assessment.stage,
            criterion,
            elements: [],
            expected: rated,
            actual: stated,
            location: totalsLocation(assessment, criterion),
        },
    ];
}
export const totalsAgree = {
    id: 'totals-agree',
    severity: 'warning',
    description: 'Overall totals are the sum of the per-criterion totals, and the compliance counts match a complete element table.',
    source: 'Report templates (seeds 001, 003): one result stated several times must agree.',
    check(report) {
        return report.assessments.flatMap((assessment) => {
            if (assessment.status !== 'completed')
                return [];
            const { byCriterion, overall } = assessment.statedTotals;
            const perCriterion = CRITERION_NUMBERS.flatMap((c) => {
                const totals = byCriterion?.[String(c)];
                return totals ? complianceAgainstElements(assessment, c, totals) : [];
            });
            const whole = overall && !byCriterion ? complianceAgainstElements(assessment, null, overall) : [];
            return [...sumsAgainstOverall(assessment), ...perCriterion, ...whole];
        });
    },
};
//# sourceMappingURL=totals-agree.js.map