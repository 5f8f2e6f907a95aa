/** What an extractor produces before derivation and checking. */
import type { SourceLocation } from '../document/model.js';
import type { Assessment, Finding, Location, Template } from '../schema/report.js';
/** A finding before the rules engine stamps it; extractors and rules both return these. */
export type FindingDraft = Omit<Finding, 'severity'> & {
    severity?: Finding['severity'];
};
export interface DraftReport {
    template: Template;
    organisation: string | null;
    assessmentBody: string | null;
    assessments: Assessment[];
    /** What the extractor noticed and could not resolve: an unreadable code, an unnamed organisation. */
    notes: FindingDraft[];
}
export declare function locationOf(loc: SourceLocation | undefined): Location | null;
