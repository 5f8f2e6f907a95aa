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
export const CRITERION_NUMBERS: readonly CriterionNumber[] = CRITERIA.map((c) => c.number as CriterionNumber);

const ELEMENT_INDEX = new Map(ELEMENTS.map((element, index) => [element.code, index]));

export function isElementCode(code: string): boolean {
  return ELEMENT_INDEX.has(code);
}

/** Position of an element in the standard's order, for sorting. */
export function elementOrder(code: string): number {
  return ELEMENT_INDEX.get(code) ?? Number.MAX_SAFE_INTEGER;
}

export function criterionOf(code: string): CriterionNumber {
  const dot = code.indexOf('.');
  return Number(dot < 0 ? code : code.slice(0, dot)) as CriterionNumber;
}

// Rules ask for a criterion's elements many times per report: built once, copied out.
const CODES_BY_CRITERION = new Map<number, string[]>(CRITERIA.map((c) => [c.number, ELEMENTS.filter((e) => criterionOf(e.code) === c.number).map((e) => e.code)]));
const ALL_CODES = ELEMENTS.map((e) => e.code);

export function elementsOfCriterion(criterion: number): string[] {
  return [...(CODES_BY_CRITERION.get(criterion) ?? [])];
}

export function allElementCodes(): string[] {
  return [...ALL_CODES];
}

export function criterionTitle(criterion: number): string {
  return CRITERIA.find((c) => c.number === criterion)?.title ?? `Criterion ${criterion}`;
}
