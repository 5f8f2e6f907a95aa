/**
 * The scheme's numbers, versioned, each with its source. Rules read these; no rule writes a
 * number of the scheme inline. The Cabinet Office changes them from time to time, so a future
 * version is a new entry here, not an edit of this one.
 */
import { CRITERION_NUMBERS, elementsOfCriterion } from './catalogue.js';
const elementsPerCriterion = Object.fromEntries(CRITERION_NUMBERS.map((c) => [c, elementsOfCriterion(c).length]));
export const SCHEME_2019 = {
    version: 'cse-2019',
    sources: {
        elementsPerCriterion: 'The Customer Service Excellence standard (seed 002_bd8d41235d41bb53); the same counts are tabulated in Centre for Assessment report notes, Section E (seed 001_6db666ce565d39bf).',
        partialTolerance: 'Centre for Assessment report, Section E notes: "The maximum number of partial compliances allowed within each criterion" (seed 001_6db666ce565d39bf).',
        nonComplianceAllowed: 'Centre for Assessment report, Section E notes: "must not have any non-compliances" (seed 001_6db666ce565d39bf).',
        achievementLevel: 'Centre for Assessment terms and conditions, 10. The Achievement Level: "80% for each of the Criteria 1-5" (seed 000_cc3e6ad30f3ebf50).',
        documentaryEvidenceBand: 'Centre for Assessment terms and conditions, 10: "between 70% and 80% overall ... documentary evidence ... within 3 months" (seed 000_cc3e6ad30f3ebf50).',
        cycle: 'Centre for Assessment terms and conditions, 6. The Review Process and Re-assessment (seed 000_cc3e6ad30f3ebf50); report notes, Section C (seed 001_6db666ce565d39bf).',
    },
    elementsPerCriterion,
    totalElements: Object.values(elementsPerCriterion).reduce((a, b) => a + b, 0),
    partialTolerance: { 1: 2, 2: 2, 3: 2, 4: 3, 5: 2 },
    partialToleranceOverall: 11,
    nonComplianceAllowed: 0,
    achievementLevel: 0.8,
    documentaryEvidenceBand: { from: 0.7, to: 0.8, withinMonths: 3 },
    cycle: {
        firstReviewWithinMonths: 12,
        annualReviewWithinMonths: 12,
        certificateValidMonths: 36,
        reassessmentMonthsBeforeExpiry: 2,
    },
};
/** The scheme in force unless a caller passes another. */
export const DEFAULT_SCHEME = SCHEME_2019;
//# sourceMappingURL=scheme.js.map