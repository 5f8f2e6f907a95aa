/** The benchmark as CSV: one header row, one row per holder, element or year; shares as fractions 0–1. */
import { stringify } from 'csv-stringify/sync';
const HOLDER_COLUMNS = [
    'rank', 'joint', 'organisation', 'sector', 'region', 'assessment_body', 'stage', 'assessed_on',
    'elements_rated', 'compliance_plus', 'compliance', 'partial_compliance', 'non_compliance', 'points', 'read_in_part', 'read_in_part_reasons',
];
function holderRow(h) {
    return [h.rank, h.joint ? 'yes' : 'no', h.organisation, h.sector, h.region, h.assessmentBody, h.stage, h.assessedOn,
        h.elementsRated, h.compliancePlus, h.compliance, h.partialCompliance, h.nonCompliance, h.points, h.readInPart ? 'yes' : 'no', h.readInPartReasons];
}
export function leagueCsv(league) {
    return stringify(league.map(holderRow), { header: true, columns: HOLDER_COLUMNS });
}
export function positionCsv(p) {
    const columns = [...HOLDER_COLUMNS, 'holders', 'ahead', 'ahead_with_partial', 'percentile', 'position', 'sector_rank', 'sector_holders', 'sector_percentile',
        'previous_stage', 'previous_assessed_on', 'previous_compliance_plus', 'previous_partial_compliance', 'previous_points', 'previous_rank', 'previous_holders'];
    const row = [
        ...holderRow(p.holder), p.overall.holders, p.overall.ahead, p.overall.aheadWithPartial, p.overall.percentile, p.overallWords,
        p.inSector?.rank, p.inSector?.holders, p.inSector?.percentile,
        p.previous?.stage, p.previous?.assessedOn, p.previous?.compliancePlus, p.previous?.partialCompliance, p.previous?.points,
        p.previousStanding?.rank, p.previousStanding?.holders,
    ];
    return stringify([row], { header: true, columns });
}
function elementRow(scope, e) {
    return [scope, e.code, e.rated,
        e.counts['compliance-plus'], e.counts.compliance, e.counts['partial-compliance'], e.counts['non-compliance'],
        e.shares['compliance-plus'], e.shares.compliance, e.shares['partial-compliance'], e.shares['non-compliance']];
}
/** National rows (sector "all") then each sector's. */
export function elementsCsv(stats) {
    const rows = [
        ...stats.national.map((e) => elementRow('all', e)),
        ...stats.bySector.flatMap((s) => s.elements.map((e) => elementRow(s.sector, e))),
    ];
    const columns = ['sector', 'element', 'rated', 'compliance_plus', 'compliance', 'partial_compliance', 'non_compliance',
        'compliance_plus_share', 'compliance_share', 'partial_compliance_share', 'non_compliance_share'];
    return stringify(rows, { header: true, columns });
}
export function trendsCsv(trends) {
    return stringify(trends.years.map((y) => [y.year, y.assessments, y.holders, y.meanCompliancePlus, y.meanPartialCompliance, y.withoutPartialShare, y.meanPoints]), { header: true, columns: ['year', 'assessments', 'holders', 'mean_compliance_plus', 'mean_partial_compliance', 'without_partial_share', 'mean_points'] });
}
//# sourceMappingURL=render-csv.js.map