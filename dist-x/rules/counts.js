import { allElementCodes, criterionOf, elementsOfCriterion } from '../standard/catalogue.js';
import { RATING_KEY } from '../extract/score-table.js';
export const RATING_WORDS = {
    'non-compliance': { one: 'non-compliance', many: 'non-compliances' },
    'partial-compliance': { one: 'partial compliance', many: 'partial compliances' },
    compliance: { one: 'compliance', many: 'compliances' },
    'compliance-plus': { one: 'compliance-plus element', many: 'compliance-plus elements' },
};
export function ratingPhrase(rating, count) {
    return `${count} ${count === 1 ? RATING_WORDS[rating].one : RATING_WORDS[rating].many}`;
}
/** Elements the document itself rates (not derived), optionally in one criterion and with one rating. */
export function statedElements(assessment, criterion, rating) {
    return assessment.elements
        .filter((e) => e.basis === 'stated' && (criterion === undefined || criterionOf(e.code) === criterion) && (rating === undefined || e.rating === rating))
        .map((e) => e.code);
}
/** Does the stage rate every element of the criterion (or of the standard) one by one? */
export function ratesEveryElement(assessment, criterion) {
    const expected = criterion === undefined ? allElementCodes().length : elementsOfCriterion(criterion).length;
    return statedElements(assessment, criterion).length >= expected;
}
/** The count of a rating in a criterion: as stated by the totals where they state it, else as the element ratings give it when complete. */
export function knownCount(assessment, criterion, rating) {
    const stated = assessment.statedTotals.byCriterion?.[String(criterion)]?.[RATING_KEY[rating]];
    if (stated !== undefined && stated !== null)
        return stated;
    const rated = assessment.elements.filter((e) => criterionOf(e.code) === criterion);
    if (rated.length < elementsOfCriterion(criterion).length)
        return null;
    return rated.filter((e) => e.rating === rating).length;
}
/** Where the stage states the totals a finding is about: its per-criterion table, or its overall totals. */
export function totalsLocation(assessment, criterion) {
    const location = assessment.statedTotals.location;
    return (criterion === null ? location?.overall : location?.byCriterion) ?? null;
}
//# sourceMappingURL=counts.js.map