/** Finding an assessment loaded into the database again in the record of one of its documents. */
import type { Assessment, Report, Stage } from '../schema/report.js';
/** The date a visit is known by: its visit date, else its report date (as the loader matches visits). */
export declare function assessedOn(a: Pick<Assessment, 'visitDate' | 'reportDate'>): string | null;
/**
 * The record's assessment of this stage and status, the one of the same visit date where the
 * record has several of the stage; null when the record has none.
 */
export declare function assessmentInRecord(report: Pick<Report, 'assessments'>, wanted: {
    stage: Stage;
    status: Assessment['status'];
    assessedOn: string | null;
}): Assessment | null;
