/**
 * Every element a stage rates is an element of the standard.
 *
 * Source: the standard's element catalogue, 57 elements coded criterion.sub.element (seed
 * 002_bd8d41235d41bb53; src/standard/catalogue.ts is generated from it).
 * Passes: a stage rating 1.1.1 and 5.3.3. Fails: a stage rating 1.4.1 (criterion 1 has
 * sub-criteria 1.1 to 1.3 only).
 * Extraction never records a code the catalogue lacks; where a document's rating table names
 * one, the extractor reports it under this id. The rule guards records made elsewhere
 * (imports, hand-written records), which the schema's code pattern alone would let through.
 */
import { ratingName } from '../parse/ratings.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { criterionOf, isElementCode } from '../standard/catalogue.js';
export const elementInStandard = {
    id: 'element-in-standard',
    severity: 'error',
    description: 'Every rated element code is an element of the standard.',
    source: 'The standard, element catalogue (seed 002).',
    check(report) {
        return report.assessments.flatMap((assessment) => assessment.elements
            .filter((e) => !isElementCode(e.code))
            .map((e) => ({
            message: `${STAGE_NAMES[assessment.stage]}: element ${e.code} is rated ${ratingName(e.rating)}, but the standard has no element ${e.code}.`,
            stage: assessment.stage,
            criterion: criterionOf(e.code),
            elements: [e.code],
        })));
    },
};
//# sourceMappingURL=element-in-standard.js.map