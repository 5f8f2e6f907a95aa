/**
 * Counts headed "Full compliance" in a document whose full compliance includes its compliance
 * plus elements (parse/full-compliance.ts): the column or row counts two ratings together, so it
 * gives no compliance count. The other ratings' counts stand.
 */
import type { Block } from '../document/model.js';
import { namesFullCompliance } from '../parse/full-compliance.js';
import { ratingOfColumnHeader } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';
import type { CriterionTotals } from '../schema/report.js';
import type { ScoreTable } from './score-table.js';

/** Whether a table labels a row or column of counts "Full compliance" (its first two rows, its first column). */
export function countsFullCompliance(block: Block): boolean {
  if (block.kind !== 'table') return false;
  const labels = [...block.rows.slice(0, 2).flatMap((r) => r.cells), ...block.rows.map((r) => r.cells[0] ?? '')];
  return labels.some((cell) => {
    const t = tidy(cell);
    return t.length <= 40 && ratingOfColumnHeader(t) === 'compliance' && namesFullCompliance(t);
  });
}

export function totalsWithoutCompliance(totals: CriterionTotals): CriterionTotals {
  return { ...totals, compliance: null };
}

export function scoreWithoutCompliance(table: ScoreTable): ScoreTable {
  const byCriterion = table.byCriterion && Object.fromEntries(Object.entries(table.byCriterion).map(([k, t]) => [k, t ? totalsWithoutCompliance(t) : t]));
  return { byCriterion: byCriterion as ScoreTable['byCriterion'], overall: table.overall && totalsWithoutCompliance(table.overall) };
}
