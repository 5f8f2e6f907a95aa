/**
 * No element is rated twice in one stage with two different ratings.
 *
 * Source: each element of the standard gets exactly one of the four ratings at a visit (seed 001,
 * Section E definitions).
 * Passes: 2.1.6 rated partial compliance once. Fails: 2.1.6 listed under both the partial and the
 * compliance-plus table of the same stage.
 * The record holds one rating per element, so a document that rates an element twice is caught
 * at extraction, which keeps neither rating (which was meant cannot be told) and reports the
 * conflict under this id, with the line. The rule catches the same fault in records made elsewhere.
 */
import { ratingName } from '../parse/ratings.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { criterionOf } from '../standard/catalogue.js';
export const elementRatedTwice = {
    id: 'element-rated-twice',
    severity: 'error',
    description: 'No element is rated twice in one stage with different ratings.',
    source: 'Seed 001, Section E: one of four ratings per element.',
    check(report) {
        const findings = [];
        for (const assessment of report.assessments) {
            const codes = [...new Set(assessment.elements.map((e) => e.code))];
            for (const code of codes) {
                const ratings = [...new Set(assessment.elements.filter((e) => e.code === code).map((e) => e.rating))];
                if (ratings.length < 2)
                    continue;
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: element ${code} is rated ${ratings.map(ratingName).join(' and ')}; correct the report so it rates the element once.`,
                    stage: assessment.stage,
                    criterion: criterionOf(code),
                    elements: [code],
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=element-rated-twice.js.map