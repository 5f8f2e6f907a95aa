/**
 * A table of the visits a document reports, one row a visit: "Stage | Visit date(s) | Assessor(s)
 * | Report date" with "Initial Assessment", "Annual Review Year 1" down its first column; or one
 * column a visit: "| Annual Review 1 | Annual Review 2" over rows labelled "Visit", "Findings
 * reported", "Assessor" (a report of two visits). Each visit gives its stage's dates and
 * assessors, wherever in the document that stage's results stand.
 */
import type { Block } from '../../document/model.js';
import type { Stage } from '../../schema/report.js';
export interface ScheduledVisit {
    stage: Stage;
    visitDate: string | null;
    reportDate: string | null;
    assessors: string[];
}
export declare function visitSchedule(block: Block): ScheduledVisit[] | undefined;
