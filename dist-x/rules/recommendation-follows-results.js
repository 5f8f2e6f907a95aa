/**
 * The report's recommendation follows from its ratings: certification (or continued
 * certification) only when there is no non-compliance, partial compliances are within tolerance
 * and every criterion reaches the achievement level; a recommendation to withhold it when they do.
 * Recommending certification while the ratings say no is an error; withholding it while they say
 * yes is a warning (the assessor may have reasons the ratings do not show).
 *
 * Source: "On receiving a report stating that the organisation meets the standard … issues an
 * approved certificate"; "Applicants that do not meet the required level shall not be
 * certificated" (seed 000, §6 Certification and §10); "must not have any non-compliances; …
 * within acceptable tolerances" (seed 001, Section E).
 * Passes: "my recommendation that you remain certificated" with 4 partials within tolerance.
 * Fails: "pleased to recommend … for certification" with 4 partials in criterion 4 (error);
 * "unable to recommend … re-certificated" with none (warning).
 */
import { achievementOf, routeSentence } from '../check/achievement.js';
import { verdictOf } from '../check/verdict.js';
import { STAGE_NAMES } from '../parse/stages.js';
const OUTCOME_WORDS = {
    certify: 'recommends certification',
    continue: 'recommends that certification continue',
    'not-certify': 'recommends that certification be withheld',
};
export const recommendationFollowsResults = {
    id: 'recommendation-follows-results',
    severity: 'error',
    description: "The recommendation (certify / continue / not) agrees with the non-compliance, tolerance and achievement-level results.",
    source: 'Seed 000, §6 Certification and §10; seed 001, Section E.',
    check(report, scheme) {
        const findings = [];
        for (const assessment of report.assessments) {
            const recommendation = assessment.recommendation;
            if (assessment.status !== 'completed' || !recommendation)
                continue;
            const verdict = verdictOf(assessment, scheme);
            const achievement = achievementOf(assessment, scheme);
            const meets = verdict.meets === false || achievement.criteria.some((c) => c.short) ? false : verdict.meets;
            if (meets === null)
                continue;
            const positive = recommendation.outcome !== 'not-certify';
            if (positive === meets)
                continue;
            const stage = STAGE_NAMES[assessment.stage];
            const because = meets
                ? 'but the ratings meet the standard: no non-compliance, partial compliances within tolerance, every criterion at the achievement level'
                : `but the ratings do not meet the standard: ${verdict.reasons.join('; ') || 'a criterion is below the achievement level'}; ${routeSentence(achievement, scheme)}`;
            findings.push({
                severity: meets ? 'warning' : undefined,
                message: `${stage}: the report ${OUTCOME_WORDS[recommendation.outcome]} ("${recommendation.text}"), ${because}.`,
                stage: assessment.stage,
                criterion: null,
                elements: assessment.elements.filter((e) => e.rating === 'non-compliance' || e.rating === 'partial-compliance').map((e) => e.code),
                expected: meets ? 'certify' : 'not-certify',
                actual: recommendation.outcome,
                location: recommendation.location,
            });
        }
        return findings;
    },
};
//# sourceMappingURL=recommendation-follows-results.js.map