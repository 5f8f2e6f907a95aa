/**
 * An element a report says keeps its rating ("Elements previously identified as CP (ie 111,113,…)
 * all remain CP", "The other partial compliances (1.3.4 and 4.1.2) remain") had that rating at the
 * previous stage of the same document.
 *
 * Source: at a review "the assessor will ask you to provide responses to the issues s/he raised
 * last time … reviewing development points, partial compliances and compliance plus awards"
 * (seed 001, Section E notes, Section C); a carried-over rating must be the one awarded then.
 * Passes: Stockton's 12-month review says 1.1.1 … 3.4.3 remain compliance plus, and the initial
 * assessment rated each so. Fails: a review saying 2.2.1 remains compliance plus where the
 * initial assessment rated it compliance.
 * Only checked inside one document: a review whose previous stage is elsewhere cannot be.
 */
import { ratingName } from '../parse/ratings.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { criterionOf } from '../standard/catalogue.js';
import { completedStages, ratingOf } from './stages.js';
export const remainsAsBefore = {
    id: 'remains-as-before',
    severity: 'warning',
    description: 'Elements said to keep their rating (e.g. "all remain CP") had that rating at the previous stage.',
    source: 'Seed 001, Section E notes (Section C: reviews revisit earlier awards).',
    check(report) {
        const findings = [];
        for (const { assessment, previous } of completedStages(report)) {
            if (!previous)
                continue;
            for (const carried of assessment.carriedOver ?? []) {
                const before = ratingOf(previous, carried.code);
                if (before === null || before === carried.rating)
                    continue;
                findings.push({
                    message: `${STAGE_NAMES[assessment.stage]}: the report says ${carried.code} remains ${ratingName(carried.rating)}, but the ${STAGE_NAMES[previous.stage].toLowerCase()} rated it ${ratingName(before)}.`,
                    stage: assessment.stage,
                    criterion: criterionOf(carried.code),
                    elements: [carried.code],
                    expected: before,
                    actual: carried.rating,
                    location: carried.location,
                });
            }
        }
        return findings;
    },
};
//# sourceMappingURL=remains-as-before.js.map