import { findDates } from '../../parse/dates.js';
import { splitPersonNames } from '../../parse/names.js';
import { normaliseLabel, tidy } from '../../parse/text.js';
import { FIELD_LABELS } from '../../standard/field-labels.js';
import { stageOfHeader, visitColumns } from './staged-ratings.js';
const STAGE_COLUMN = /^(?:stage|visit|visit type|assessment|assessment type|type of visit|type)$/i;
const VISIT_DATE_COLUMN = /\b(?:visit|on-?site|assessment)\b.*\bdates?|^dates?(?:\s*\(s\))?$|^date\(s\)/i;
const REPORT_DATE_COLUMN = /\breport\b.*\bdate|\bdate\b.*\breport|\bissued\b/i;
const ASSESSOR_COLUMN = /\bassessors?\b|\bassessor\(s\)/i;
export function visitSchedule(block) {
    if (block.kind !== 'table' || block.rows.length < 2)
        return undefined;
    const columns = visitColumns(block.rows[0].cells);
    if (columns)
        return visitsByColumn(block.rows.slice(1).map((r) => r.cells), columns);
    const header = block.rows[0].cells.map((c) => tidy(c));
    const stageAt = header.findIndex((c) => STAGE_COLUMN.test(c));
    if (stageAt < 0)
        return undefined;
    const reportAt = header.findIndex((c) => REPORT_DATE_COLUMN.test(c));
    const visitAt = header.findIndex((c, i) => i !== reportAt && i !== stageAt && (VISIT_DATE_COLUMN.test(c) || kindOfLabel(c) === 'visitDate'));
    const assessorAt = header.findIndex((c) => ASSESSOR_COLUMN.test(c));
    if (visitAt < 0 && reportAt < 0)
        return undefined;
    const visits = [];
    for (const row of block.rows.slice(1)) {
        const stage = stageOfHeader(row.cells[stageAt] ?? '');
        if (!stage)
            return undefined;
        const date = (at) => (at < 0 ? null : (findDates(row.cells[at] ?? '')[0]?.iso ?? null));
        visits.push({ stage, visitDate: date(visitAt), reportDate: date(reportAt), assessors: assessorAt < 0 ? [] : splitPersonNames(row.cells[assessorAt] ?? '') });
    }
    return new Set(visits.map((v) => v.stage)).size === visits.length ? visits : undefined;
}
/** What a row's label says its cells hold: one of the facts a visit is scheduled by, or nothing. */
function kindOfLabel(label) {
    const key = normaliseLabel(label);
    return FIELD_LABELS.find((f) => ['visitDate', 'reportDate', 'assessors'].includes(f.kind) && f.label.test(key))?.kind ?? null;
}
/**
 * Visits set one to a column under their stages: each labelled row's cell in a stage's column is
 * that visit's. Undefined where no row is labelled as a visit's date, or no visit has a date.
 */
function visitsByColumn(rows, stages) {
    const labelled = rows.map((cells) => ({ kind: kindOfLabel(cells[0] ?? ''), cells }));
    const row = (kind) => labelled.find((r) => r.kind === kind)?.cells;
    const [visit, report, assessor] = [row('visitDate'), row('reportDate'), row('assessors')];
    if (!visit && !report)
        return undefined;
    const date = (cells, c) => (cells ? (findDates(cells[c] ?? '')[0]?.iso ?? null) : null);
    const visits = stages.flatMap((stage, c) => stage ? [{ stage, visitDate: date(visit, c), reportDate: date(report, c), assessors: assessor ? splitPersonNames(assessor[c] ?? '') : [] }] : []);
    return visits.some((v) => v.visitDate || v.reportDate) ? visits : undefined;
}
//# sourceMappingURL=visit-schedule.js.map