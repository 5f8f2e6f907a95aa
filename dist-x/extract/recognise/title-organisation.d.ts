/**
 * The holder named by a report's cover or title where no field names it: "KESTREL VALLEY
 * HOUSING ASSOCIATION" over a committee paper, "Barnfield City Council – Customer Service
 * Excellence Assessment Report" on a cover. Only the first title lines are read, before the
 * report's body begins; a line that is a section heading ("5.5 Criterion 5 – Timeliness…"), names
 * the standard or the report itself, or names an assessment body, is not the holder.
 */
import type { Block } from '../../document/model.js';
export declare function organisationFromTitle(blocks: readonly Block[]): {
    name: string;
    index: number;
} | null;
