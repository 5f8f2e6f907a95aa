/**
 * Every compliance-plus and partial-compliance element a stage rates has the assessor's
 * justification, where the template has a place for one.
 *
 * Source: the report templates give each such element a reason: Centre for Assessment's
 * "Partial Compliance Elements" / "Compliance Plus Elements" tables of Element | Justification
 * (seed 001, Sections B–D), Assessment Services' "Assessor Report" text for every element
 * (seed 003, section 6); docs/domain.md, "What a report holds".
 * A holder's committee paper (seed 004) has no such place: it quotes the standard's statement
 * of each compliance-plus element, which is not a justification, so the rule does not apply.
 * Passes: 1.1.1 compliance plus with "Detailed analysis of demographics …". Fails: 4.1.2 partial
 * compliance in a Centre for Assessment report with an empty justification cell.
 */
import { STAGE_NAMES } from '../parse/stages.js';
import { CRITERION_NUMBERS, criterionOf } from '../standard/catalogue.js';
/** Does the template give each compliance-plus and partial element a place for its reason? */
export const HAS_JUSTIFICATIONS = {
    'centre-for-assessment': true,
    'assessment-services': true,
    'committee-summary': false,
    // A layout of its own may or may not give reasons: a tick matrix often has no place for them.
    other: false,
};
export const justificationPresent = {
    id: 'justification-present',
    severity: 'warning',
    description: 'Every compliance-plus and partial-compliance element has a justification, where the template has a place for one.',
    source: 'Report templates: Element | Justification tables (seed 001), Assessor Report (seed 003).',
    check(report) {
        if (!HAS_JUSTIFICATIONS[report.template])
            return [];
        const findings = [];
        for (const assessment of report.assessments) {
            const missing = assessment.elements.filter((e) => e.basis === 'stated' && (e.rating === 'compliance-plus' || e.rating === 'partial-compliance') && !e.justification?.trim());
            for (const c of CRITERION_NUMBERS) {
                const codes = missing.filter((e) => criterionOf(e.code) === c).map((e) => e.code);
                if (codes.length === 0)
                    continue;
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: ${codes.length === 1 ? 'element' : 'elements'} ${codes.join(', ')} in criterion ${c} ${codes.length === 1 ? 'is' : 'are'} rated compliance plus or partial compliance with no justification; the assessor should say why.`,
                    stage: assessment.stage,
                    criterion: c,
                    elements: codes,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=justification-present.js.map