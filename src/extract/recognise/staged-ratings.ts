/**
 * An element table with a column of ratings per visit ("Element | Statement | Initial Jun-2023 |
 * AR Yr 1 Jun-2024 | AR Yr 2 May-2025"): each column rates the elements for the stage its header
 * names. Only a header naming two or more stages, each once, is such a table.
 */
import type { Block } from '../../document/model.js';
import { leadingCode } from '../../parse/codes.js';
import { parseRatingCell } from '../../parse/ratings.js';
import { stageOfLabel } from '../../parse/stages.js';
import { THIS_VISIT } from '../../parse/other-visit.js';
import { tidy } from '../../parse/text.js';
import type { CriterionTotals, Stage } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
import { emptyTotals, RATING_KEY, readScoreTable, type ScoreTable } from '../score-table.js';

/** The stage a column or row header names: "Initial" alone is the initial assessment there. */
export function stageOfHeader(cell: string): Stage | null {
  const named = stageOfLabel(tidy(cell));
  return named && named.stage !== 'unknown' ? named.stage : null;
}

/** The stage each column of a header names, where it names two or more, each once; else null. */
export function visitColumns(header: readonly string[]): (Stage | null)[] | null {
  const stages = header.map((cell, c) => (c === 0 ? null : stageOfHeader(cell)));
  const named = stages.filter((s): s is Stage => s !== null);
  return named.length < 2 || new Set(named).size !== named.length ? null : stages;
}

export function stagedRatings(block: Block): (RatedElement & { stage: Stage })[] | undefined {
  if (block.kind !== 'table' || block.rows.length < 2) return undefined;
  const stages = visitColumns(block.rows[0]!.cells);
  if (!stages) return undefined;
  const rated: (RatedElement & { stage: Stage })[] = [];
  for (const row of block.rows.slice(1)) {
    const code = leadingCode(row.cells[0] ?? '');
    if (!code) continue;
    stages.forEach((stage, c) => {
      const rating = stage ? parseRatingCell(row.cells[c] ?? '') : null;
      if (stage && rating) rated.push({ code, rating, justification: null, loc: row.loc, stage });
    });
  }
  return rated.length > 0 ? rated : undefined;
}

/**
 * A score table with a column naming each row's stage ("Stage | Rating | 1 Customer Insight | …",
 * "First Assessment" merged down four rows, then "Annual Review 1"): one score table per stage.
 */
export function stagedScoreTables(block: Block): { stage: Stage; table: ScoreTable }[] | undefined {
  if (block.kind !== 'table' || block.rows.length < 3) return undefined;
  const [header, ...rows] = block.rows;
  let current: Stage | null = null;
  const groups = new Map<Stage, typeof rows>();
  for (const row of rows) {
    const cell = tidy(row.cells[0] ?? '');
    if (cell !== '') current = stageOfHeader(cell);
    if (!current) return undefined;
    groups.set(current, [...(groups.get(current) ?? []), row]);
  }
  if (groups.size < 2) return undefined;
  const tables: { stage: Stage; table: ScoreTable }[] = [];
  for (const [stage, group] of groups) {
    const table = readScoreTable({ kind: 'table', loc: block.loc, rows: [header!, ...group].map((r) => ({ ...r, cells: r.cells.slice(1) })) });
    if (!table) return undefined;
    tables.push({ stage, table });
  }
  return tables;
}

/**
 * A table of counts with a column per visit and a row per rating ("Rating | 2019 Initial | 2020
 * AR1 | 2021 AR2" over "Compliance Plus | 2 | 3 | 4"): each visit's overall totals. Rows that
 * name no rating ("Elements | 57 | 57 | 57") are not counts; two rating rows at least, each a
 * number in every visit's column, or it is not such a table.
 */
export function visitTotalsColumns(block: Block): { stage: Stage; totals: CriterionTotals }[] | undefined {
  if (block.kind !== 'table' || block.rows.length < 3) return undefined;
  const stages = visitColumns(block.rows[0]!.cells);
  if (!stages) return undefined;
  const byStage = new Map<Stage, CriterionTotals>();
  let ratingRows = 0;
  for (const row of block.rows.slice(1)) {
    const rating = parseRatingCell(tidy(row.cells[0] ?? ''));
    if (!rating) continue;
    ratingRows += 1;
    for (const [c, stage] of stages.entries()) {
      if (!stage) continue;
      const cell = tidy(row.cells[c] ?? '');
      if (!/^\d{1,2}$/.test(cell)) return undefined;
      const totals = byStage.get(stage) ?? emptyTotals();
      totals[RATING_KEY[rating]] = Number(cell);
      byStage.set(stage, totals);
    }
  }
  return ratingRows >= 2 ? [...byStage].map(([stage, totals]) => ({ stage, totals })) : undefined;
}

/**
 * An element table of this visit that keeps the earlier visit's rating beside it ("Element |
 * AR2 rating (Nov 2017) | Rating at this visit | Comments"): the ratings of the column that names
 * the other visit, each with that visit's stage. The column of this visit is read as any element
 * table is. Only where one column names a stage and another says it is this visit's; whether the
 * named visit is one the document reports (a part of its own) is for the caller to decide.
 */
export function otherVisitColumn(block: Block): (RatedElement & { stage: Stage })[] | undefined {
  if (block.kind !== 'table' || block.rows.length < 2) return undefined;
  const header = block.rows[0]!.cells.map((c) => tidy(c));
  if (!header.some((cell, c) => c > 0 && THIS_VISIT.test(cell) && !stageOfHeader(cell))) return undefined;
  const named = header.flatMap((cell, c) => (c > 0 && !THIS_VISIT.test(cell) && /\b(?:ratings?|grades?|results?|judge?ments?)\b/i.test(cell) && stageOfHeader(cell) ? [{ c, stage: stageOfHeader(cell)! }] : []));
  if (named.length !== 1) return undefined;
  const { c, stage } = named[0]!;
  const rated: (RatedElement & { stage: Stage })[] = [];
  for (const row of block.rows.slice(1)) {
    const code = leadingCode(row.cells[0] ?? '');
    const rating = parseRatingCell(row.cells[c] ?? '');
    if (code && rating) rated.push({ code, rating, justification: null, loc: row.loc, stage });
  }
  return rated.length > 0 ? rated : undefined;
}
