/**
 * What `cse export` writes: rows of the views, so a CSV column and a database column have one name.
 *
 * The public directory (`public_directory` view) lists each holder's latest assessment. It holds
 * no person's details for a holder that opted out of publishing them: "personal details" are
 * people's names (the assessors'), and contact names, e-mail addresses and direct phone numbers,
 * which cse does not extract. The organisation's name, sector, region, assessment body and results
 * are not personal and are always listed.
 */
import type { Database } from 'better-sqlite3';
export declare const EXPORTS: {
    readonly assessments: "SELECT * FROM assessment_overview ORDER BY organisation, coalesce(visit_date, report_date), assessment_id";
    readonly element_ratings: "SELECT * FROM element_rating_details ORDER BY organisation, assessment_id, element_code";
    readonly corrections: "SELECT * FROM correction_details ORDER BY organisation, assessment_id, correction_id";
    readonly directory: "SELECT organisation, sector, region, assessment_body, latest_stage, latest_assessed_on, compliance_plus, partial_compliance, assessors\n    FROM public_directory ORDER BY organisation";
};
export type ExportName = keyof typeof EXPORTS;
export declare function exportRows(db: Database, name: ExportName): {
    columns: string[];
    rows: Record<string, unknown>[];
};
