/**
 * A table of the visits a document reports, one row a visit: "Stage | Visit date(s) | Assessor(s)
 * | Report date" with "Initial Assessment", "Annual Review Year 1" down its first column; or one
 * column a visit: "| Annual Review 1 | Annual Review 2" over rows labelled "Visit", "Findings
 * reported", "Assessor" (a report of two visits). Each visit gives its stage's dates and
 * assessors, wherever in the document that stage's results stand.
 */
import type { Block } from '../../document/model.js';
import { findDates } from '../../parse/dates.js';
import { splitPersonNames } from '../../parse/names.js';
import { normaliseLabel, tidy } from '../../parse/text.js';
import type { Stage } from '../../schema/report.js';
import { FIELD_LABELS, type FieldKind } from '../../standard/field-labels.js';
import { stageOfHeader, visitColumns } from './staged-ratings.js';

export interface ScheduledVisit {
  stage: Stage;
  visitDate: string | null;
  reportDate: string | null;
  assessors: string[];
}

const STAGE_COLUMN = /^(?:stage|visit|visit type|assessment|assessment type|type of visit|type)$/i;
const VISIT_DATE_COLUMN = /\b(?:visit|on-?site|assessment)\b.*\bdates?|^dates?(?:\s*\(s\))?$|^date\(s\)/i;
const REPORT_DATE_COLUMN = /\breport\b.*\bdate|\bdate\b.*\breport|\bissued\b/i;
const ASSESSOR_COLUMN = /\bassessors?\b|\bassessor\(s\)/i;

export function visitSchedule(block: Block): ScheduledVisit[] | undefined {
  if (block.kind !== 'table' || block.rows.length < 2) return undefined;
  const columns = visitColumns(block.rows[0]!.cells);
  if (columns) return visitsByColumn(block.rows.slice(1).map((r) => r.cells), columns);
  const header = block.rows[0]!.cells.map((c) => tidy(c));
  const stageAt = header.findIndex((c) => STAGE_COLUMN.test(c));
  if (stageAt < 0) return undefined;
  const reportAt = header.findIndex((c) => REPORT_DATE_COLUMN.test(c));
  const visitAt = header.findIndex((c, i) => i !== reportAt && i !== stageAt && (VISIT_DATE_COLUMN.test(c) || kindOfLabel(c) === 'visitDate'));
  const assessorAt = header.findIndex((c) => ASSESSOR_COLUMN.test(c));
  if (visitAt < 0 && reportAt < 0) return undefined;
  const visits: ScheduledVisit[] = [];
  for (const row of block.rows.slice(1)) {
    const stage = stageOfHeader(row.cells[stageAt] ?? '');
    if (!stage) return undefined;
    const date = (at: number) => (at < 0 ? null : (findDates(row.cells[at] ?? '')[0]?.iso ?? null));
    visits.push({ stage, visitDate: date(visitAt), reportDate: date(reportAt), assessors: assessorAt < 0 ? [] : splitPersonNames(row.cells[assessorAt] ?? '') });
  }
  return new Set(visits.map((v) => v.stage)).size === visits.length ? visits : undefined;
}

/** What a row's label says its cells hold: one of the facts a visit is scheduled by, or nothing. */
function kindOfLabel(label: string): FieldKind | null {
  const key = normaliseLabel(label);
  return FIELD_LABELS.find((f) => ['visitDate', 'reportDate', 'assessors'].includes(f.kind) && f.label.test(key))?.kind ?? null;
}

/**
 * Visits set one to a column under their stages: each labelled row's cell in a stage's column is
 * that visit's. Undefined where no row is labelled as a visit's date, or no visit has a date.
 */
function visitsByColumn(rows: readonly string[][], stages: readonly (Stage | null)[]): ScheduledVisit[] | undefined {
  const labelled = rows.map((cells) => ({ kind: kindOfLabel(cells[0] ?? ''), cells }));
  const row = (kind: FieldKind) => labelled.find((r) => r.kind === kind)?.cells;
  const [visit, report, assessor] = [row('visitDate'), row('reportDate'), row('assessors')];
  if (!visit && !report) return undefined;
  const date = (cells: readonly string[] | undefined, c: number) => (cells ? (findDates(cells[c] ?? '')[0]?.iso ?? null) : null);
  const visits = stages.flatMap((stage, c) =>
    stage ? [{ stage, visitDate: date(visit, c), reportDate: date(report, c), assessors: assessor ? splitPersonNames(assessor[c] ?? '') : [] }] : [],
  );
  return visits.some((v) => v.visitDate || v.reportDate) ? visits : undefined;
}
