import { CRITERION_NUMBERS } from '../standard/catalogue.js';
import { knownCount } from '../rules/counts.js';
import { percent } from '../text-format.js';
export function achievementOf(assessment, scheme) {
    const criteria = [];
    let complete = true;
    for (const c of CRITERION_NUMBERS) {
        const partial = knownCount(assessment, c, 'partial-compliance');
        const nonCompliance = knownCount(assessment, c, 'non-compliance');
        if (partial === null || nonCompliance === null) {
            complete = false;
            continue;
        }
        const elements = scheme.elementsPerCriterion[c];
        const achieved = elements - partial - nonCompliance;
        const level = achieved / elements;
        const withinTolerance = level < scheme.achievementLevel && nonCompliance === 0 && partial <= scheme.partialTolerance[c];
        criteria.push({ criterion: c, achieved, elements, level, withinTolerance, short: level < scheme.achievementLevel && !withinTolerance });
    }
    // Without every criterion's counts the overall level, and so the route, cannot be told.
    if (!complete)
        return { criteria, overall: null, route: null };
    const achieved = criteria.reduce((a, c) => a + c.achieved, 0);
    const nonCompliance = CRITERION_NUMBERS.reduce((a, c) => a + (knownCount(assessment, c, 'non-compliance') ?? 0), 0);
    const overall = { achieved, elements: scheme.totalElements, level: achieved / scheme.totalElements, nonCompliance };
    let route = 'none';
    if (criteria.some((c) => c.short)) {
        route = nonCompliance === 0 && overall.level >= scheme.documentaryEvidenceBand.from ? 'documentary-evidence' : 'revisit';
    }
    return { criteria, overall, route };
}
/** The route in words, with the scheme's numbers. */
export function routeSentence(achievement, scheme) {
    const { overall, route } = achievement;
    const band = scheme.documentaryEvidenceBand;
    const whole = overall ? `overall ${overall.achieved} of ${overall.elements} elements (${percent(overall.level)}) are compliance or better` : 'the overall level is not known';
    if (route === 'documentary-evidence') {
        return `${whole} with no non-compliance, so the gaps may be closed by documentary evidence sent to the assessor within ${band.withinMonths} months, without another visit`;
    }
    if (route === 'revisit') {
        const why = overall && overall.nonCompliance > 0 ? `there ${overall.nonCompliance === 1 ? 'is a non-compliance' : `are ${overall.nonCompliance} non-compliances`}` : `that is below ${percent(band.from)}`;
        return `${whole} and ${why}, so a re-visit is needed within ${band.withinMonths} months`;
    }
    return whole;
}
//# sourceMappingURL=achievement.js.map