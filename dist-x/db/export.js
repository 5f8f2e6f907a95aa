export const EXPORTS = {
    assessments: 'SELECT * FROM assessment_overview ORDER BY organisation, coalesce(visit_date, report_date), assessment_id',
    element_ratings: 'SELECT * FROM element_rating_details ORDER BY organisation, assessment_id, element_code',
    corrections: 'SELECT * FROM correction_details ORDER BY organisation, assessment_id, correction_id',
    directory: `SELECT organisation, sector, region, assessment_body, latest_stage, latest_assessed_on, compliance_plus, partial_compliance, assessors
    FROM public_directory ORDER BY organisation`,
};
export function exportRows(db, name) {
    const statement = db.prepare(EXPORTS[name]);
    return { columns: statement.columns().map((c) => c.name), rows: statement.all() };
}
//# sourceMappingURL=export.js.map