/** Every rule, and the engine that runs them and stamps each finding with its rule and severity. */
import type { FindingDraft } from '../extract/draft.js';
import type { Finding, Report, Severity } from '../schema/report.js';
import { DEFAULT_SCHEME, type Scheme } from '../standard/scheme.js';
import { namedElementsMatchTotals } from './named-elements-match-totals.js';
import { noNonCompliance } from './no-non-compliance.js';
import { partialComplianceWithinTolerance } from './partial-compliance-within-tolerance.js';
import type { Rule } from './rule.js';
import { totalsAddUp } from './totals-add-up.js';

export type { Rule };

export const RULES: readonly Rule[] = [namedElementsMatchTotals, totalsAddUp, noNonCompliance, partialComplianceWithinTolerance];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function stamp(rule: string, defaultSeverity: Severity, draft: FindingDraft): Finding {
  return { ...draft, rule: draft.rule || rule, severity: draft.severity ?? defaultSeverity };
}

export function runRules(report: Report, scheme: Scheme = DEFAULT_SCHEME, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => rule.check(report, scheme).map((draft) => stamp(rule.id, rule.severity, draft)));
}

export function bySeverity(a: Finding, b: Finding): number {
  return SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
}
