import type { Rule } from './rule.js';
export declare const noNonCompliance: Rule;
