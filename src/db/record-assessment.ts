/** Finding an assessment loaded into the database again in the record of one of its documents. */
import type { Assessment, Report, Stage } from '../schema/report.js';

/** The date a visit is known by: its visit date, else its report date (as the loader matches visits). */
export function assessedOn(a: Pick<Assessment, 'visitDate' | 'reportDate'>): string | null {
  return a.visitDate ?? a.reportDate;
}

/**
 * The record's assessment of this stage and status, the one of the same visit date where the
 * record has several of the stage; null when the record has none.
 */
export function assessmentInRecord(report: Pick<Report, 'assessments'>, wanted: { stage: Stage; status: Assessment['status']; assessedOn: string | null }): Assessment | null {
  const candidates = report.assessments.filter((a) => a.stage === wanted.stage && a.status === wanted.status);
  return candidates.find((a) => assessedOn(a) === wanted.assessedOn) ?? candidates[0] ?? null;
}
