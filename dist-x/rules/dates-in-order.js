/**
 * A stage's dates come in the order the process gives them: the document review before the
 * on-site visit, and the report on or after the visit (and after the document review).
 *
 * Source: the assessment process, "A review of the self-assessment and documentation … An
 * on-site assessment date is confirmed … On completion of the assessment the Lead Assessor
 * reports" (seed 000, §6 Assessment Process and Certification).
 * Passes: document review 21 February 2017, visit 23 February, report 24 February (Melton).
 * Fails: a report dated 20 November 2023 for a visit on 21 November 2023.
 */
import { STAGE_NAMES } from '../parse/stages.js';
const ORDER = [
    { earlier: 'documentReviewDate', later: 'visitDate', words: ['document review', 'visit'] },
    { earlier: 'visitDate', later: 'reportDate', words: ['visit', 'report'] },
    { earlier: 'documentReviewDate', later: 'reportDate', words: ['document review', 'report'] },
];
export const datesInOrder = {
    id: 'dates-in-order',
    severity: 'warning',
    description: 'Document review, visit and report dates are in that order; the report is dated on or after the visit.',
    source: 'Seed 000, §6 Assessment Process and Certification.',
    check(report) {
        const findings = [];
        for (const assessment of report.assessments) {
            for (const { earlier, later, words } of ORDER) {
                const a = assessment[earlier];
                const b = assessment[later];
                if (!a || !b || a <= b)
                    continue;
                // The report-after-document-review pair only speaks when the visit date is missing; otherwise the other two say it.
                if (earlier === 'documentReviewDate' && later === 'reportDate' && assessment.visitDate)
                    continue;
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: the ${words[1]} is dated ${b}, before the ${words[0]} (${a}).`,
                    stage: assessment.stage,
                    criterion: null,
                    elements: [],
                    expected: `on or after ${a}`,
                    actual: b,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=dates-in-order.js.map