/**
 * The elements a report names as compliance plus, partial or non-compliance match the counts
 * its totals state, per criterion (or overall where it states only overall totals).
 *
 * Source: the report templates state each stage's result twice, as counts (Centre for
 * Assessment's Section A; Assessment Services' totals table) and element by element; a quality
 * check must show a person where the two disagree (docs/domain.md, "Known inconsistencies").
 *
 * Passes: Section A gives criterion 1 four compliance plus and Section B names 1.1.1, 1.1.3, 1.2.1, 1.3.5.
 * Fails: the 12-month table gives criterion 2 six compliance plus, the text names five (Stockton);
 * the totals table states 6 compliance plus and 3 partial, the element table rates 5 and 4 (Melton).
 * Severity: warning; error for a partial or non-compliance count when the two versions lead to
 * different certification outcomes (a compliance-plus count never changes the outcome).
 * Where the report names fewer than it counts, the elements rated so at the previous stage of the
 * same document and not named now are given as the likely missing ones (Stockton's 2.2.1, 3.2.1).
 */
import { verdictFromCounts } from '../check/verdict.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS, criterionOf, criterionTitle, elementsOfCriterion } from '../standard/catalogue.js';
import { RATING_KEY } from '../extract/score-table.js';
import { ratesEveryElement, ratingPhrase, statedElements, totalsLocation } from './counts.js';
const CHECKED = ['compliance-plus', 'partial-compliance', 'non-compliance'];
/** Elements with this rating at the previous completed stage that this stage does not name: the likely missing ones. */
function missingSincePrevious(report, index, criterion, rating, named) {
    const previous = report.assessments.slice(0, index).reverse().find((a) => a.status === 'completed');
    if (!previous)
        return [];
    return previous.elements
        .filter((e) => e.rating === rating && (criterion === null || criterionOf(e.code) === criterion) && !named.includes(e.code))
        .map((e) => e.code);
}
/** Would the outcome differ if the element ratings, not the stated totals, were right? */
function outcomeDiffers(assessment, scheme) {
    const { byCriterion, overall } = assessment.statedTotals;
    const counts = (count) => Object.fromEntries(CRITERION_NUMBERS.map((c) => [c, { partial: count(c, 'partial-compliance'), nonCompliance: count(c, 'non-compliance') }]));
    const stated = counts((c, rating) => byCriterion?.[String(c)]?.[RATING_KEY[rating]] ?? null);
    const rated = counts((c, rating) => statedElements(assessment, c, rating).length);
    const a = verdictFromCounts(stated, scheme, overall?.partialCompliance, overall?.nonCompliance).meets;
    const b = verdictFromCounts(rated, scheme).meets;
    return a !== null && b !== null && a !== b;
}
function compare(report, index, criterion, totals, scheme) {
    const assessment = report.assessments[index];
    const stageName = STAGE_NAMES[assessment.stage];
    const complete = ratesEveryElement(assessment, criterion ?? undefined);
    const source = criterion === null ? "the report's overall totals state" : 'the scoring table gives';
    const scope = criterion === null ? '' : ` for criterion ${criterion} (${criterionTitle(criterion)})`;
    const differs = outcomeDiffers(assessment, scheme);
    const findings = [];
    for (const rating of CHECKED) {
        const severity = differs && rating !== 'compliance-plus' ? 'error' : 'warning';
        const stated = totals[RATING_KEY[rating]];
        if (stated === null)
            continue;
        const named = statedElements(assessment, criterion ?? undefined, rating);
        if (named.length === stated)
            continue;
        const list = named.length > 0 ? ` (${named.join(', ')})` : '';
        const counted = complete
            ? `the element table rates ${named.length}${list}`
            : named.length === 0
                ? 'the report names none'
                : `the report names ${named.length < stated ? 'only ' : ''}${named.length}${list}`;
        let message = `${stageName}: ${source} ${ratingPhrase(rating, stated)}${scope}, but ${counted}.`;
        let elements = named;
        if (named.length < stated) {
            const candidates = missingSincePrevious(report, index, criterion, rating, named);
            if (candidates.length > 0) {
                elements = candidates;
                message += ` Not named now but ${RATING_NAME[rating]} at the previous stage: ${candidates.join(', ')}.`;
            }
            if (!complete && criterion !== null) {
                const unrated = elementsOfCriterion(criterion).filter((c) => !assessment.elements.some((e) => e.code === c));
                if (unrated.length > 0)
                    message += ` The other ${unrated.length} elements of criterion ${criterion} cannot be rated with certainty and are left out of the record.`;
            }
        }
        findings.push({ severity, message, stage: assessment.stage, criterion, elements, expected: stated, actual: named.length, location: totalsLocation(assessment, criterion) });
    }
    return findings;
}
const RATING_NAME = {
    'compliance-plus': 'compliance plus',
    'partial-compliance': 'partial compliance',
    'non-compliance': 'non-compliance',
    compliance: 'compliance',
};
export const namedElementsMatchTotals = {
    id: 'named-elements-match-totals',
    severity: 'warning',
    description: 'The elements named as compliance plus, partial or non-compliance match the counts the report states, per criterion or overall.',
    source: 'Report templates (seeds 001, 003): results stated as counts and element by element must agree; docs/domain.md, known inconsistencies.',
    check(report, scheme) {
        return report.assessments.flatMap((assessment, index) => {
            if (assessment.status !== 'completed')
                return [];
            const { byCriterion, overall } = assessment.statedTotals;
            if (byCriterion) {
                return CRITERION_NUMBERS.flatMap((c) => {
                    const totals = byCriterion[String(c)];
                    return totals ? compare(report, index, c, totals, scheme) : [];
                });
            }
            return overall ? compare(report, index, null, overall, scheme) : [];
        });
    },
};
//# sourceMappingURL=named-elements-match-totals.js.map