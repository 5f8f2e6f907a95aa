/**
 * A reviewer's correction of one extracted value, and what it does to an assessment. Pure: the
 * database keeps corrections (src/db/corrections.ts) and applies them with `correctAssessment`
 * wherever it writes an assessment's values, so bench, export and search read corrected values.
 */
import { z } from 'zod';
import { Rating, Stage } from '../schema/report.js';
import { elementOrder, isElementCode } from '../standard/catalogue.js';
export const CORRECTED_FIELDS = ['element rating', 'totals', 'report date', 'visit date', 'document review date', 'stage', 'organisation'];
export const DATE_FIELDS = { 'report date': 'reportDate', 'visit date': 'visitDate', 'document review date': 'documentReviewDate' };
/** The counts of a totals row, by the rating they count. */
export const TOTALS_KEYS = {
    'compliance-plus': 'compliancePlus',
    compliance: 'compliance',
    'partial-compliance': 'partialCompliance',
    'non-compliance': 'nonCompliance',
};
const ElementInStandard = z
    .string()
    .trim()
    .refine(isElementCode, { error: (issue) => `${String(issue.input)} is not an element of the CSE standard` });
const IsoDateOrNone = z.iso.date({ message: 'a date is written YYYY-MM-DD' }).nullable();
/** What a reviewer may change: one value, with the new value (null removes an element rating, a count or a date). */
export const Change = z.discriminatedUnion('field', [
    z.object({ field: z.literal('element rating'), element: ElementInStandard, rating: Rating.nullable() }).strict(),
    z
        .object({
        field: z.literal('totals'),
        criterion: z.number().int().min(1).max(5).nullable().describe('null: the overall totals'),
        rating: Rating,
        count: z.number().int().min(0).max(57).nullable(),
    })
        .strict(),
    z.object({ field: z.enum(Object.keys(DATE_FIELDS)), date: IsoDateOrNone }).strict(),
    z.object({ field: z.literal('stage'), stage: Stage }).strict(),
    z.object({ field: z.literal('organisation'), name: z.string().trim().min(1, 'the organisation needs a name').max(300) }).strict(),
]);
/** A correction as a reviewer submits it: the change, why, and who. */
export const CorrectionRequest = z
    .object({
    change: Change,
    reason: z.string().trim().min(3, 'say why the value is corrected (at least a few words)').max(2000),
    by: z.string().trim().min(1, 'say who corrects it').max(200),
})
    .strict();
/** The value a change sets, as text for the corrections table and the views: null where it removes one. */
export function valueOf(change) {
    switch (change.field) {
        case 'element rating':
            return change.rating;
        case 'totals':
            return change.count === null ? null : String(change.count);
        case 'stage':
            return change.stage;
        case 'organisation':
            return change.name;
        default:
            return change.date;
    }
}
/** The value the assessment (and its organisation) has now for what the change corrects. */
export function currentValue(assessment, organisation, change) {
    switch (change.field) {
        case 'element rating':
            return assessment.elements.find((e) => e.code === change.element)?.rating ?? null;
        case 'totals': {
            const row = change.criterion === null ? assessment.statedTotals.overall : assessment.statedTotals.byCriterion?.[String(change.criterion)];
            const count = row?.[TOTALS_KEYS[change.rating]];
            return count === null || count === undefined ? null : String(count);
        }
        case 'stage':
            return assessment.stage;
        case 'organisation':
            return organisation;
        default:
            return assessment[DATE_FIELDS[change.field]];
    }
}
const NO_COUNTS = { nonCompliance: null, partialCompliance: null, compliance: null, compliancePlus: null };
function withTotals(assessment, change) {
    const totals = assessment.statedTotals;
    const key = TOTALS_KEYS[change.rating];
    if (change.criterion === null)
        return { ...totals, overall: { ...(totals.overall ?? NO_COUNTS), [key]: change.count } };
    const criterion = String(change.criterion);
    const byCriterion = totals.byCriterion ?? {};
    return { ...totals, byCriterion: { ...byCriterion, [criterion]: { ...(byCriterion[criterion] ?? NO_COUNTS), [key]: change.count } } };
}
function withRating(elements, code, rating) {
    const others = elements.filter((e) => e.code !== code);
    if (rating === null)
        return others;
    const before = elements.find((e) => e.code === code);
    // A reviewer who rates an element states its rating; a reason the report gave stays with a rating that needs one.
    const needsReason = rating === 'compliance-plus' || rating === 'partial-compliance';
    const corrected = {
        code,
        rating,
        basis: 'stated',
        justification: needsReason ? (before?.justification ?? null) : null,
        ...(before?.location && { location: before.location }),
    };
    return [...others, corrected].sort((a, b) => elementOrder(a.code) - elementOrder(b.code));
}
/** The assessment with the change made (an organisation change leaves the assessment as it is). */
export function applyChange(assessment, change) {
    switch (change.field) {
        case 'element rating':
            return { ...assessment, elements: withRating(assessment.elements, change.element, change.rating) };
        case 'totals':
            return { ...assessment, statedTotals: withTotals(assessment, change) };
        case 'stage':
            return { ...assessment, stage: change.stage };
        case 'organisation':
            return assessment;
        default:
            return { ...assessment, [DATE_FIELDS[change.field]]: change.date };
    }
}
/** The assessment with every change made, in the order they were made (a later change of one value wins). */
export function correctAssessment(assessment, changes) {
    return changes.reduce(applyChange, assessment);
}
/** The organisation after the changes: the last organisation correction's, else the one read. */
export function correctOrganisation(organisation, changes) {
    return changes.reduce((name, change) => (change.field === 'organisation' ? change.name : name), organisation);
}
/** What the correction touches, in words: "element 1.2.3", "overall totals (compliance plus)", "visit date". */
export function subjectOf(change) {
    switch (change.field) {
        case 'element rating':
            return `element ${change.element}`;
        case 'totals':
            return `${change.criterion === null ? 'overall' : `criterion ${change.criterion}`} totals (${change.rating.replace('-', ' ')})`;
        default:
            return change.field;
    }
}
//# sourceMappingURL=correction.js.map