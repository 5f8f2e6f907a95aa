/**
 * What two copies of one report (its PDF and its Word file, joined as one assessment) read
 * differently: an element both rate but not alike, a criterion's (or the overall) counts both
 * state but not alike, a date both give but not alike, the organisation both name but not alike.
 * Something one copy read and the other did not is not a disagreement: it is a gap in the other's
 * reading, which `readInPart` and the choice of the better reading deal with.
 */
import type { CriterionTotals } from '../schema/report.js';
import { organisationKey } from './organisations.js';
import type { Reading } from '../check/reading-coverage.js';

export type DisagreementSubject = 'element rating' | 'totals' | 'report date' | 'visit date' | 'document review date' | 'organisation';

export interface CopyDisagreement {
  what: DisagreementSubject;
  elementCode: string | null;
  /** For totals: the criterion, null for the overall counts. */
  criterion: number | null;
  keptValue: string;
  otherValue: string;
}

function totalsText(t: CriterionTotals): string {
  const n = (v: number | null) => (v === null ? '?' : String(v));
  return `CP ${n(t.compliancePlus)}, C ${n(t.compliance)}, PC ${n(t.partialCompliance)}, NC ${n(t.nonCompliance)}`;
}

/** Where the other copy reads differently from the kept one; empty when they agree on everything both read. */
export function copyDisagreements(kept: Reading, other: Reading): CopyDisagreement[] {
  const found: CopyDisagreement[] = [];
  const add = (what: DisagreementSubject, keptValue: string, otherValue: string, elementCode: string | null = null, criterion: number | null = null) =>
    found.push({ what, elementCode, criterion, keptValue, otherValue });

  const [k, o] = [kept.report.organisation, other.report.organisation];
  if (k !== null && o !== null && organisationKey(k) !== organisationKey(o)) add('organisation', k, o);

  const dates = [['report date', 'reportDate'], ['visit date', 'visitDate'], ['document review date', 'documentReviewDate']] as const;
  for (const [what, field] of dates) {
    const [kd, od] = [kept.assessment[field], other.assessment[field]];
    if (kd !== null && od !== null && kd !== od) add(what, kd, od);
  }

  const otherRatings = new Map(other.assessment.elements.map((e) => [e.code, e.rating]));
  for (const e of kept.assessment.elements) {
    const rating = otherRatings.get(e.code);
    if (rating !== undefined && rating !== e.rating) add('element rating', e.rating, rating, e.code);
  }

  const sameTotals = (a: CriterionTotals, b: CriterionTotals) => totalsText(a) === totalsText(b);
  const keptByCriterion = kept.assessment.statedTotals.byCriterion ?? {};
  const otherByCriterion = other.assessment.statedTotals.byCriterion ?? {};
  for (const criterion of ['1', '2', '3', '4', '5'] as const) {
    const [kt, ot] = [keptByCriterion[criterion], otherByCriterion[criterion]];
    if (kt && ot && !sameTotals(kt, ot)) add('totals', totalsText(kt), totalsText(ot), null, Number(criterion));
  }
  const [ko, oo] = [kept.assessment.statedTotals.overall, other.assessment.statedTotals.overall];
  if (ko && oo && !sameTotals(ko, oo)) add('totals', totalsText(ko), totalsText(oo));
  return found;
}
