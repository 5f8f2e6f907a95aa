/**
 * Each annual review comes within the months the cycle allows after the visit before it: the
 * first review within 12 months of the initial assessment, the second within 12 months of the
 * first (numbers in the scheme config). The previous visit is the stage before in the same
 * document, or the one the report states ("Initial Review - October 2015"); where only a report
 * date is known it stands for the visit, and a month without a day is given the benefit of the doubt.
 *
 * Source: "The first surveillance assessment must take place within twelve months of the last
 * date on-site of the initial assessment" (seed 000, §6 The Review Process); "your 24-month review
 * visit which, again, should be within 12 months of this visit" (seed 001, Section E notes, Section C).
 * Passes: initial report 17 July 2019, 12-month review report 17 July 2020 (Stockton); reports
 * dated 27 July 2021 and 31 July 2022 (report dates days apart say nothing certain of the visits). Fails:
 * a first-year review visited 23 February 2017 after an initial assessment in October 2015 (Melton).
 */
import { STAGE_NAMES } from '../parse/stages.js';
import { completedStages } from './stages.js';
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function spoken(date) {
    const [year, month, day] = date.split('-').map(Number);
    return `${day ? `${day} ` : ''}${MONTH_NAMES[month - 1]} ${year}`;
}
/** Whole months from one date to a later one, and whether the later day is past the same day of that month. */
function monthsBetween(from, to) {
    const [fy, fm, fd] = from.split('-').map(Number);
    const [ty, tm, td] = to.split('-').map(Number);
    return { months: (ty - fy) * 12 + (tm - fm), pastDay: fd !== undefined && td !== undefined && td > fd };
}
function visitOf(assessment) {
    if (assessment.visitDate)
        return { date: assessment.visitDate, what: `the visit (${spoken(assessment.visitDate)})` };
    if (assessment.reportDate)
        return { date: assessment.reportDate, what: `the report dated ${spoken(assessment.reportDate)}` };
    return null;
}
function limitFor(stage, scheme) {
    if (stage === 'review-1')
        return scheme.cycle.firstReviewWithinMonths;
    if (stage === 'review-2')
        return scheme.cycle.annualReviewWithinMonths;
    return null;
}
export const visitWithinCycle = {
    id: 'visit-within-cycle',
    severity: 'warning',
    description: 'The first review is within 12 months of the initial assessment, the second within 12 months of the first.',
    source: 'Seed 000, §6 The Review Process; seed 001, Section E (Section C notes).',
    check(report, scheme) {
        const findings = [];
        for (const { assessment, previous } of completedStages(report)) {
            const limit = limitFor(assessment.stage, scheme);
            const current = visitOf(assessment);
            if (limit === null || !current)
                continue;
            let before = null;
            let previousStage = null;
            if (previous) {
                before = visitOf(previous);
                previousStage = previous.stage;
            }
            else if (assessment.previousVisit) {
                before = { date: assessment.previousVisit.date, what: spoken(assessment.previousVisit.date) };
                previousStage = assessment.previousVisit.stage;
            }
            if (!before || !previousStage)
                continue;
            const { months, pastDay } = monthsBetween(before.date, current.date);
            // A report is written some days after its visit, and not always as many: two report dates days past
            // twelve months apart do not show that the visits were. Only a whole month over is certain then.
            const byReports = !assessment.visitDate || (previous ? !previous.visitDate : false);
            if (months < limit || (months === limit && (!pastDay || byReports)))
                continue;
            findings.push({
                message: `${STAGE_NAMES[assessment.stage]}: ${current.what} is ${months} months after the ${STAGE_NAMES[previousStage].toLowerCase()} (${before.what}); the scheme allows at most ${limit}.`,
                stage: assessment.stage,
                criterion: null,
                elements: [],
                expected: limit,
                actual: months,
            });
        }
        return findings;
    },
};
//# sourceMappingURL=visit-within-cycle.js.map