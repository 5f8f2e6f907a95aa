import type { CriterionEntry, ElementEntry, SubCriterionEntry } from './catalogue.js';
export declare const CRITERIA: readonly CriterionEntry[];
export declare const SUB_CRITERIA: readonly SubCriterionEntry[];
export declare const ELEMENTS: readonly ElementEntry[];
