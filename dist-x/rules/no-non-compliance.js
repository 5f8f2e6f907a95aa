/**
 * No element is rated non-compliance.
 *
 * Source: "To achieve the Customer Service Excellence, an organisation must not have any
 * non-compliances" (seed 001, Section E notes).
 * Passes: every element compliance, compliance plus or partial. Fails: 4.3.2 rated non-compliance.
 */
import { countsByCriterion } from '../check/verdict.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS, criterionOf } from '../standard/catalogue.js';
import { completedStages } from './stages.js';
export const noNonCompliance = {
    id: 'no-non-compliance',
    severity: 'error',
    description: 'No element is rated non-compliance.',
    source: 'Seed 001, Section E: "must not have any non-compliances".',
    check(report, scheme) {
        const findings = [];
        for (const { assessment } of completedStages(report)) {
            const counts = countsByCriterion(assessment);
            for (const c of CRITERION_NUMBERS) {
                const count = counts[c].nonCompliance;
                if (count === null || count <= scheme.nonComplianceAllowed)
                    continue;
                const elements = assessment.elements.filter((e) => e.rating === 'non-compliance' && criterionOf(e.code) === c).map((e) => e.code);
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: ${count} non-compliance${count === 1 ? '' : 's'} in criterion ${c}${elements.length ? ` (${elements.join(', ')})` : ''}; the standard allows none, so the organisation cannot be certified until ${count === 1 ? 'it is' : 'they are'} closed.`,
                    stage: assessment.stage,
                    criterion: c,
                    elements,
                    expected: scheme.nonComplianceAllowed,
                    actual: count,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=no-non-compliance.js.map