/**
 * An element the narrative praises as a strength is not rated partial (or non-) compliance in
 * the same stage: the two cannot both be the assessor's view, and a reader of the summary alone
 * is misled.
 *
 * Source: partial compliance means "some evidence … but there are significant gaps" (seed 001,
 * Section E definitions); docs/domain.md, known inconsistencies ("The narrative also
 * calls 2.1.6 a key strength while the table rates it partial").
 * Passes: 1.1.3 cited under "Summary of Strengths" and rated compliance plus. Fails: 2.1.6 cited
 * there and rated partial compliance (Melton).
 */
import { ratingName } from '../parse/ratings.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { criterionOf } from '../standard/catalogue.js';
import { ratingOf } from './stages.js';
export const keyStrengthRatedPartial = {
    id: 'key-strength-rated-partial',
    severity: 'warning',
    description: 'No element praised as a (key) strength in the narrative is rated partial or non-compliance.',
    source: 'Seed 001, Section E definitions; domain.md known inconsistencies (Melton 2.1.6).',
    check(report) {
        const findings = [];
        for (const assessment of report.assessments) {
            for (const strength of assessment.keyStrengths ?? []) {
                const rating = ratingOf(assessment, strength.code);
                if (rating !== 'partial-compliance' && rating !== 'non-compliance')
                    continue;
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: the narrative cites ${strength.code} as a strength, but the ratings give it ${ratingName(rating)}.`,
                    stage: assessment.stage,
                    criterion: criterionOf(strength.code),
                    elements: [strength.code],
                    expected: 'compliance or better',
                    actual: rating,
                    location: strength.location,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=key-strength-rated-partial.js.map