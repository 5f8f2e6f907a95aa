/** A rule: pure, `(report, scheme) → findings`, named by its id, citing the scheme it enforces. */
import type { FindingDraft } from '../extract/draft.js';
import type { Report, Severity } from '../schema/report.js';
import type { Scheme } from '../standard/scheme.js';
/** A kind of finding: what a rule, or extraction, reports under one id. */
export interface FindingKind {
    id: string;
    /** Severity unless a finding or the configuration says otherwise. */
    severity: Severity;
    /** What is checked, in a sentence. */
    description: string;
    /** Where in the scheme or standard it comes from. */
    source: string;
}
/** What a rule reports: a finding without its rule id, which the engine stamps from the rule. */
export type RuleFinding = Omit<FindingDraft, 'rule'>;
export interface Rule extends FindingKind {
    check(report: Report, scheme: Scheme): RuleFinding[];
}
