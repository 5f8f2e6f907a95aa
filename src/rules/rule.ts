/** A rule: pure, `(report, scheme) → findings`, named by its id, citing the scheme it enforces. */
import type { FindingDraft } from '../extract/draft.js';
import type { Report, Severity } from '../schema/report.js';
import type { Scheme } from '../standard/scheme.js';

export interface Rule {
  id: string;
  /** Severity unless a finding or the configuration says otherwise. */
  severity: Severity;
  /** What the rule checks, in a sentence. */
  description: string;
  /** Where in the scheme or standard the rule comes from. */
  source: string;
  check(report: Report, scheme: Scheme): FindingDraft[];
}
