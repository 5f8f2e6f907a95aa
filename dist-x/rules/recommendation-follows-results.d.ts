import type { Rule } from './rule.js';
export declare const recommendationFollowsResults: Rule;
