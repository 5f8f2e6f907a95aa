import type { Rule } from './rule.js';
export declare const elementInStandard: Rule;
