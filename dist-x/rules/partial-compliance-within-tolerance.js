/**
 * Partial compliances stay within each criterion's tolerance and the overall one.
 *
 * Source: "The maximum number of partial compliances allowed within each criterion" — 2, 2, 2, 3,
 * 2; 11 in all (seed 001, Section E notes), held in the scheme config.
 * Passes: three partials in criterion 4. Fails: four partials in criterion 4; three partials named
 * in criterion 1 of a stage whose counts are unknown (the elements named already break it).
 */
import { countOrBreach, countsByCriterion } from '../check/verdict.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS, criterionOf } from '../standard/catalogue.js';
import { completedStages } from './stages.js';
export const partialComplianceWithinTolerance = {
    id: 'partial-compliance-within-tolerance',
    severity: 'error',
    description: "Partial compliances are within each criterion's tolerance and the overall tolerance.",
    source: 'Seed 001, Section E: maximum partial compliances per criterion (2, 2, 2, 3, 2; 11 in all).',
    check(report, scheme) {
        const findings = [];
        for (const { assessment } of completedStages(report)) {
            const stage = STAGE_NAMES[assessment.stage];
            const counts = countsByCriterion(assessment);
            let total = 0;
            let known = true;
            for (const c of CRITERION_NUMBERS) {
                const { partial, partialNamed } = counts[c];
                const count = countOrBreach(partial, partialNamed, scheme.partialTolerance[c]);
                if (partial === null)
                    known = false;
                if (count === null)
                    continue;
                if (partial !== null)
                    total += count;
                if (count <= scheme.partialTolerance[c])
                    continue;
                const elements = assessment.elements.filter((e) => e.rating === 'partial-compliance' && criterionOf(e.code) === c).map((e) => e.code);
                findings.push({
                    message: `${stage}: ${partial === null ? 'at least ' : ''}${count} partial compliances in criterion ${c}${elements.length ? ` (${elements.join(', ')})` : ''}, over the ${scheme.partialTolerance[c]} the scheme allows in that criterion.`,
                    stage: assessment.stage,
                    criterion: c,
                    elements,
                    expected: scheme.partialTolerance[c],
                    actual: count,
                });
            }
            const overall = known ? total : assessment.statedTotals.overall?.partialCompliance ?? null;
            if (overall !== null && overall > scheme.partialToleranceOverall) {
                findings.push({
                    message: `${stage}: ${overall} partial compliances in all, over the ${scheme.partialToleranceOverall} the scheme allows.`,
                    stage: assessment.stage,
                    criterion: null,
                    elements: assessment.elements.filter((e) => e.rating === 'partial-compliance').map((e) => e.code),
                    expected: scheme.partialToleranceOverall,
                    actual: overall,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=partial-compliance-within-tolerance.js.map