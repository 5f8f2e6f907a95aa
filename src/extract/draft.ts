/** What an extractor produces before derivation and checking. */
import type { SourceLocation } from '../document/model.js';
import type { Assessment, Finding, Location, Template } from '../schema/report.js';

/** A finding before the rules engine stamps it; extractors and rules both return these. */
export type FindingDraft = Omit<Finding, 'severity'> & { severity?: Finding['severity'] };

export interface DraftReport {
  template: Template;
  organisation: string | null;
  assessmentBody: string | null;
  assessments: Assessment[];
  /** What the extractor noticed and could not resolve: an unreadable code, an unnamed organisation. */
  notes: FindingDraft[];
}

export function locationOf(loc: SourceLocation | undefined): Location | null {
  if (!loc || (loc.line === undefined && loc.page === undefined && loc.paragraph === undefined)) return null;
  return { ...loc };
}
