/** The date a visit is known by: its visit date, else its report date (as the loader matches visits). */
export function assessedOn(a) {
    return a.visitDate ?? a.reportDate;
}
/**
 * The record's assessment of this stage and status, the one of the same visit date where the
 * record has several of the stage; null when the record has none.
 */
export function assessmentInRecord(report, wanted) {
    const candidates = report.assessments.filter((a) => a.stage === wanted.stage && a.status === wanted.status);
    return candidates.find((a) => assessedOn(a) === wanted.assessedOn) ?? candidates[0] ?? null;
}
//# sourceMappingURL=record-assessment.js.map