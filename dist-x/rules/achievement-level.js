/**
 * Each criterion reaches the achievement level: the share of its elements rated compliance or
 * better is at least the level the Cabinet Office sets (80%, in the scheme config). A criterion
 * that falls short is an error, and the finding says which route applies: between 70% and 80%
 * with no non-compliance, documentary evidence within 3 months without another visit; otherwise
 * a re-visit within 3 months (see src/check/achievement.ts for how "overall" is read).
 *
 * Source: Centre for Assessment terms and conditions, §10 The Achievement Level (seed
 * 000_cc3e6ad30f3ebf50): "achievement level at 80% for each of the Criteria 1-5"; "between 70%
 * and 80% overall, documentary evidence may be sent … within 3 months".
 * Passes: criterion 1 with 2 partials of 11 (82%). Fails: criterion 4 with 4 partials of 13
 * (69%), overall 52 of 57 (91%): documentary evidence within 3 months.
 * Criterion 4's tolerance of 3 partials (seed 001, Section E) is 77%, under the level: such a
 * criterion is reported as `info` (the two sources disagree; the tolerance table is followed).
 */
import { achievementOf, routeSentence } from '../check/achievement.js';
import { percent } from '../text-format.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { criterionOf } from '../standard/catalogue.js';
import { completedStages } from './stages.js';
export const achievementLevel = {
    id: 'achievement-level',
    severity: 'error',
    description: 'Each criterion has at least the achievement level (80%) of its elements compliance or better; says whether documentary evidence or a re-visit closes a gap.',
    source: 'Seed 000, §10 The Achievement Level.',
    check(report, scheme) {
        const findings = [];
        for (const { assessment } of completedStages(report)) {
            const achievement = achievementOf(assessment, scheme);
            const stage = STAGE_NAMES[assessment.stage];
            for (const c of achievement.criteria) {
                if (!c.short && !c.withinTolerance)
                    continue;
                const elements = assessment.elements
                    .filter((e) => criterionOf(e.code) === c.criterion && (e.rating === 'partial-compliance' || e.rating === 'non-compliance'))
                    .map((e) => e.code);
                const level = `${stage}: criterion ${c.criterion} has ${c.achieved} of ${c.elements} elements (${percent(c.level)}) compliance or better, below the ${percent(scheme.achievementLevel)} achievement level`;
                findings.push({
                    severity: c.withinTolerance ? 'info' : undefined,
                    message: c.withinTolerance
                        ? `${level}; the partial-compliance tolerance for criterion ${c.criterion} (${scheme.partialTolerance[c.criterion]}) allows it, and the tolerance is followed.`
                        : `${level}; ${routeSentence(achievement, scheme)}.`,
                    stage: assessment.stage,
                    criterion: c.criterion,
                    elements,
                    expected: percent(scheme.achievementLevel),
                    actual: percent(c.level),
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=achievement-level.js.map