import type { Template } from '../schema/report.js';
import type { Rule } from './rule.js';
/** Does the template give each compliance-plus and partial element a place for its reason? */
export declare const HAS_JUSTIFICATIONS: Record<Template, boolean>;
export declare const justificationPresent: Rule;
