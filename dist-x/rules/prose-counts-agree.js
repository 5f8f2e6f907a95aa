/**
 * Counts stated in prose agree with the tables and lists: "you are now up to 17 compliance plus
 * elements", "ten of the fifty seven … Compliance Plus", "four partial compliances were identified
 * in Criterion 4". Each is compared with the stage's stated totals for its scope (a criterion, or
 * the whole standard), or, where none are stated, with an element table that rates every element.
 *
 * Source: a committee paper reports its result only in prose (seed 004), and assessors' reports
 * repeat their counts in the narrative (seed 001, Section C); a count that disagrees with the
 * table misreports the result (docs/domain.md).
 * Passes: "now up to 17 compliance plus elements" with Section A giving 4+6+5+0+2 = 17 (Stockton,
 * 12-month). Fails: a paper saying "fourteen … Compliance Plus" and later "thirteen compliance plus".
 */
import { RATING_KEY } from '../extract/score-table.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS } from '../standard/catalogue.js';
import { knownCount, ratesEveryElement, ratingPhrase, statedElements } from './counts.js';
/** The count a stage's tables or lists give, and which of them gave it; null where they give none. */
function tableCount(assessment, rating, criterion) {
    if (criterion !== null) {
        const count = knownCount(assessment, criterion, rating);
        return count === null ? null : { count, source: `the totals and ratings of criterion ${criterion}` };
    }
    const overall = assessment.statedTotals.overall?.[RATING_KEY[rating]];
    if (overall !== undefined && overall !== null)
        return { count: overall, source: "the report's totals" };
    const parts = CRITERION_NUMBERS.map((c) => knownCount(assessment, c, rating));
    if (parts.every((p) => p !== null))
        return { count: parts.reduce((a, b) => a + (b ?? 0), 0), source: 'the per-criterion ratings' };
    if (ratesEveryElement(assessment))
        return { count: statedElements(assessment, undefined, rating).length, source: "the element table's ratings" };
    return null;
}
function check(assessment, prose) {
    const criterion = prose.criterion;
    const table = tableCount(assessment, prose.rating, criterion);
    if (!table || table.count === prose.count)
        return null;
    return {
        message: `${STAGE_NAMES[assessment.stage]}: the text says ${ratingPhrase(prose.rating, prose.count)}${criterion === null ? '' : ` in criterion ${criterion}`} ("${prose.text}"), but ${table.source} give ${table.count}.`,
        stage: assessment.stage,
        criterion,
        elements: [],
        expected: table.count,
        actual: prose.count,
        location: prose.location,
    };
}
export const proseCountsAgree = {
    id: 'prose-counts-agree',
    severity: 'warning',
    description: 'Counts stated in prose agree with the totals, tables and lists of the same stage.',
    source: 'Seed 004 (results in prose); seed 001, Section C (counts repeated in the narrative).',
    check(report) {
        return report.assessments.flatMap((assessment) => assessment.status === 'completed' ? (assessment.proseCounts ?? []).flatMap((prose) => check(assessment, prose) ?? []) : []);
    },
};
//# sourceMappingURL=prose-counts-agree.js.map