/**
 * What changed between two stages of one document, for the record: compliance plus lost, and
 * partial compliances closed. Information, not a fault: a reviewer reading the next report wants
 * to see both, and a compliance plus lost is worth a sentence of explanation in the report.
 *
 * Source: reviews check "your response to development points/partial compliances raised at your
 * previous visit" and "compliance plus awards" (seed 001, Section E notes, Section C).
 * Reports: 4.3.5 partial at the initial assessment and compliance at the 12-month review
 * (Northbridge). Silent: the same ratings at both stages, or an element the later stage does not rate.
 */
import { ratingName } from '../parse/ratings.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS, criterionOf } from '../standard/catalogue.js';
import { completedStages, ratingOf } from './stages.js';
const CHANGES = [
    { from: 'compliance-plus', to: ['compliance', 'partial-compliance', 'non-compliance'], words: 'compliance plus awarded at the {previous} lost' },
    { from: 'partial-compliance', to: ['compliance', 'compliance-plus'], words: 'partial compliance of the {previous} closed' },
];
function changed(previous, current, from, to) {
    return previous.elements.filter((e) => e.rating === from && to.includes(ratingOf(current, e.code))).map((e) => e.code);
}
export const changesBetweenStages = {
    id: 'changes-between-stages',
    severity: 'info',
    description: 'Compliance plus lost and partial compliances closed since the previous stage of the same document.',
    source: 'Seed 001, Section E notes (Section C: reviews revisit partials and compliance plus awards).',
    check(report) {
        const findings = [];
        for (const { assessment, previous } of completedStages(report)) {
            if (!previous)
                continue;
            for (const { from, to, words } of CHANGES) {
                const codes = changed(previous, assessment, from, to);
                for (const c of CRITERION_NUMBERS) {
                    const inCriterion = codes.filter((code) => criterionOf(code) === c);
                    if (inCriterion.length === 0)
                        continue;
                    const now = inCriterion.map((code) => `${code} (now ${ratingName(ratingOf(assessment, code))})`).join(', ');
                    findings.push({
                        message: `${STAGE_NAMES[assessment.stage]}: in criterion ${c}, ${words.replace('{previous}', STAGE_NAMES[previous.stage].toLowerCase())}: ${now}.`,
                        stage: assessment.stage,
                        criterion: c,
                        elements: inCriterion,
                    });
                }
            }
        }
        return findings;
    },
};
//# sourceMappingURL=changes-between-stages.js.map