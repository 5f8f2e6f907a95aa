/**
 * An action plan (or improvement plan) whose rows are typed: "Ref | Element | Type | Finding |
 * Action | Owner | Due date", a row typed "PC" for an element the assessor rated partially
 * compliant, beside rows of other types that are no rating ("DP" a development point, "OFI",
 * "Recommendation", "AFD"). A report that names its partial compliances only in its plan rates
 * them there. Only the rows typed with a rating are read; the others rate nothing. The type
 * column is no rating column by its name, so a type that could mean something else is not read
 * as a rating: a lone letter ("C": corporate? closed?), and "NC" unless the document's key says
 * it is non-compliance (in a management-system audit an NC is a nonconformity).
 */
import type { Block, TableRow } from '../../document/model.js';
import { leadingCode } from '../../parse/codes.js';
import { parseRatingCell } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
import { CODE_COLUMN, REASON_COLUMN } from './column-headers.js';

/** "Type", "Finding type", "Type of finding", "Category", "Classification". */
const TYPE_HEADER = /^(?:(?:finding|issue|point|action|item|recommendation)\s+)?type$|^type\s+of\s+(?:finding|issue|point|action|item)$|^(?:category|classification)$/i;
/** What makes the table a plan: what is to be done, by whom, by when. */
const PLAN_HEADER = /\b(?:actions?(?:\s+agreed)?|agreed\s+actions?|owner|responsib\w*|due(?:\s+date)?|target(?:\s+date)?|by\s+when|deadline|timescales?|completion\s+date)\b/i;
/** The document's key says NC is non-compliance ("NC = Non-Compliance", "Non-Compliance (NC)"). */
const NC_KEY = /\bNC\s*(?:=|:|–|—|-)\s*non[\s-]?complian(?:ce|t)\b|\bnon[\s-]?complian(?:ce|t)\s*\(NC\)/i;
const NONCONFORMITY = /\bnon-?conformit(?:y|ies)\b/i;

interface PlanColumns {
  header: number;
  code: number | null;
  type: number;
  /** The plan's finding, the assessor's reason for the rating. */
  finding: number | null;
}

function planColumns(rows: readonly TableRow[]): PlanColumns | null {
  for (let h = 0; h < Math.min(2, rows.length); h++) {
    const cells = rows[h]!.cells.map((c) => tidy(c).replace(/[:*]+$/, ''));
    if (cells.some((c) => leadingCode(c) !== null)) return null;
    const type = cells.findIndex((c) => TYPE_HEADER.test(c));
    if (type < 0 || !cells.some((c, i) => i !== type && PLAN_HEADER.test(c))) continue;
    const code = cells.findIndex((c) => CODE_COLUMN.test(c));
    const finding = cells.findIndex((c, i) => i !== type && REASON_COLUMN.test(c) && !PLAN_HEADER.test(c));
    return { header: h, code: code < 0 ? null : code, type, finding: finding < 0 ? null : finding };
  }
  return null;
}

/** The column most rows open with an element's code in: the named one where it holds codes. */
function codeColumn(body: readonly TableRow[], named: number | null, type: number): number | null {
  const count = (c: number) => body.filter((r) => leadingCode(r.cells[c] ?? '') !== null).length;
  if (named !== null && count(named) > 0) return named;
  let best: { c: number; n: number } | null = null;
  for (let c = 0; c < type; c++) {
    const n = count(c);
    if (n > 0 && (!best || n > best.n)) best = { c, n };
  }
  return best?.c ?? null;
}

/** The rating a type cell names, where it can only be a rating. */
function typeRating(cell: string, ncIsNonCompliance: boolean): Rating | null {
  if (/^[a-z]$/i.test(cell)) return null;
  if (/^n\.?\s?\/?c\.?$/i.test(cell) && !ncIsNonCompliance) return null;
  return parseRatingCell(cell);
}

/** The ratings of a typed action plan's rows, or undefined when the table is no such plan or types no row with a rating. */
export function actionPlanRatings(block: Block, documentText: string): RatedElement[] | undefined {
  if (block.kind !== 'table') return undefined;
  const columns = planColumns(block.rows);
  if (!columns) return undefined;
  const body = block.rows.slice(columns.header + 1);
  const codeAt = codeColumn(body, columns.code, columns.type);
  if (codeAt === null) return undefined;
  // A type is a word or two: a column of sentences is no column of types.
  if (body.some((r) => tidy(r.cells[columns.type] ?? '').length > 40)) return undefined;
  const ncIsNonCompliance = NC_KEY.test(documentText) && !NONCONFORMITY.test(documentText);
  const rated: RatedElement[] = [];
  for (const row of body) {
    const code = leadingCode(tidy(row.cells[codeAt] ?? ''));
    const rating = typeRating(tidy(row.cells[columns.type] ?? ''), ncIsNonCompliance);
    const finding = columns.finding !== null ? tidy(row.cells[columns.finding] ?? '') : '';
    if (code && rating) rated.push({ code, rating, justification: finding || null, loc: row.loc });
  }
  return rated.length > 0 ? rated : undefined;
}
