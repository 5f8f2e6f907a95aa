/** Every rule, and the engine that runs them and stamps each finding with its rule and severity. */
import type { FindingDraft } from '../extract/draft.js';
import type { Finding, Report, Severity } from '../schema/report.js';
import { type Scheme } from '../standard/scheme.js';
import type { FindingKind, Rule, RuleFinding } from './rule.js';
export type { FindingKind, Rule };
/** In the order a quality reviewer reads a report: codes, counts, justifications, the result, the narrative, the cycle. */
export declare const RULES: readonly Rule[];
/** Every id a finding can carry: the rules', and extraction's own. */
export declare const FINDING_KINDS: readonly FindingKind[];
export declare function stamp(rule: string, defaultSeverity: Severity, draft: RuleFinding | FindingDraft): Finding;
export declare function runRules(report: Report, scheme?: Scheme, rules?: readonly Rule[]): Finding[];
export declare function bySeverity(a: Finding, b: Finding): number;
/** Is a finding at least as severe as the threshold? */
export declare function atLeast(severity: Severity, threshold: Severity): boolean;
