/**
 * Each criterion's stated totals add up to its number of elements, and overall totals to all 57.
 *
 * Source: the standard's element count per criterion (seed 002; tabulated in seed 001, Section E).
 * Passes: criterion 1 stated as 0 / 0 / 7 / 4 (11 elements). Fails: criterion 3 stated as
 * 0 / 1 / 8 / 4 (13, but criterion 3 has 12 elements).
 */
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS } from '../standard/catalogue.js';
import { totalsLocation } from './counts.js';
function total(t) {
    const values = [t.nonCompliance, t.partialCompliance, t.compliance, t.compliancePlus];
    return values.some((v) => v === null) ? null : values.reduce((a, b) => a + (b ?? 0), 0);
}
export const totalsAddUp = {
    id: 'totals-add-up',
    severity: 'warning',
    description: "Each criterion's stated totals add up to its number of elements; overall totals to the standard's.",
    source: 'The standard, elements per criterion (seed 002; seed 001 Section E).',
    check(report, scheme) {
        const findings = [];
        for (const assessment of report.assessments) {
            const stage = STAGE_NAMES[assessment.stage];
            const { byCriterion, overall } = assessment.statedTotals;
            for (const c of CRITERION_NUMBERS) {
                const totals = byCriterion?.[String(c)];
                const sum = totals ? total(totals) : null;
                if (sum !== null && sum !== scheme.elementsPerCriterion[c]) {
                    findings.push({
                        message: `${stage}: the totals for criterion ${c} add up to ${sum}, but criterion ${c} has ${scheme.elementsPerCriterion[c]} elements.`,
                        stage: assessment.stage,
                        criterion: c,
                        elements: [],
                        expected: scheme.elementsPerCriterion[c],
                        actual: sum,
                        location: totalsLocation(assessment, c),
                    });
                }
            }
            const sum = overall ? total(overall) : null;
            if (sum !== null && sum !== scheme.totalElements) {
                findings.push({
                    message: `${stage}: the overall totals add up to ${sum}, but the standard has ${scheme.totalElements} elements.`,
                    stage: assessment.stage,
                    criterion: null,
                    elements: [],
                    expected: scheme.totalElements,
                    actual: sum,
                    location: totalsLocation(assessment, null),
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=totals-add-up.js.map