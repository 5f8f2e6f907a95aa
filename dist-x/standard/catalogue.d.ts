/**
 * The element catalogue of the Customer Service Excellence standard: 5 criteria, their
 * sub-criteria and the 57 elements, generated from the standard by scripts/build-standard.mjs.
 */
import { CRITERIA, ELEMENTS, SUB_CRITERIA } from './catalogue.data.js';
export interface CriterionEntry {
    number: number;
    title: string;
}
export interface SubCriterionEntry {
    code: string;
    title: string;
}
export interface ElementEntry {
    code: string;
    statement: string;
}
export { CRITERIA, ELEMENTS, SUB_CRITERIA };
export type CriterionNumber = 1 | 2 | 3 | 4 | 5;
export declare const CRITERION_NUMBERS: readonly CriterionNumber[];
export declare function isElementCode(code: string): boolean;
/** Position of an element in the standard's order, for sorting. */
export declare function elementOrder(code: string): number;
export declare function criterionOf(code: string): CriterionNumber;
export declare function elementsOfCriterion(criterion: number): string[];
export declare function allElementCodes(): string[];
export declare function criterionTitle(criterion: number): string;
