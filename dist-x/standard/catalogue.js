/**
 * The element catalogue of the Customer Service Excellence standard: 5 criteria, their
 * sub-criteria and the 57 elements, generated from the standard by scripts/build-standard.mjs.
 */
import { CRITERIA, ELEMENTS, SUB_CRITERIA } from './catalogue.data.js';
export { CRITERIA, ELEMENTS, SUB_CRITERIA };
export const CRITERION_NUMBERS = CRITERIA.map((c) => c.number);
const ELEMENT_INDEX = new Map(ELEMENTS.map((element, index) => [element.code, index]));
export function isElementCode(code) {
    return ELEMENT_INDEX.has(code);
}
/** Position of an element in the standard's order, for sorting. */
export function elementOrder(code) {
    return ELEMENT_INDEX.get(code) ?? Number.MAX_SAFE_INTEGER;
}
export function criterionOf(code) {
    const dot = code.indexOf('.');
    return Number(dot < 0 ? code : code.slice(0, dot));
}
// Rules ask for a criterion's elements many times per report: built once, copied out.
const CODES_BY_CRITERION = new Map(CRITERIA.map((c) => [c.number, ELEMENTS.filter((e) => criterionOf(e.code) === c.number).map((e) => e.code)]));
const ALL_CODES = ELEMENTS.map((e) => e.code);
export function elementsOfCriterion(criterion) {
    return [...(CODES_BY_CRITERION.get(criterion) ?? [])];
}
export function allElementCodes() {
    return [...ALL_CODES];
}
export function criterionTitle(criterion) {
    return CRITERIA.find((c) => c.number === criterion)?.title ?? `Criterion ${criterion}`;
}
//# sourceMappingURL=catalogue.js.map