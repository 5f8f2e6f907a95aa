/**
 * Per-criterion score tables: ratings down one side, criteria across the other (either way
 * round), e.g. Centre for Assessment's Section A. Cells left blank state nothing (null).
 */
import type { Block } from '../document/model.js';
import { parseNumber } from '../parse/numbers.js';
import { parseRatingCell } from '../parse/ratings.js';
import type { CriterionTotals, Rating, StatedTotals } from '../schema/report.js';
import { CRITERIA } from '../standard/catalogue.js';

type ByCriterion = NonNullable<StatedTotals['byCriterion']>;
type CriterionKey = keyof ByCriterion;

export const RATING_KEY: Record<Rating, keyof CriterionTotals> = {
  'non-compliance': 'nonCompliance',
  'partial-compliance': 'partialCompliance',
  compliance: 'compliance',
  'compliance-plus': 'compliancePlus',
};

export function emptyTotals(): CriterionTotals {
  return { nonCompliance: null, partialCompliance: null, compliance: null, compliancePlus: null };
}

/** The criterion a header cell names: "1 – Customer insight", "4- Delivery", "Criterion 3", "Timeliness & Quality". */
export function criterionOfHeader(cell: string): number | null {
  const t = cell.trim();
  const m = /^(?:criteri(?:on|a)\s*)?([1-5]|I{1,3}|IV|V)\b\s*[–—:.-]?/i.exec(t);
  if (m) {
    const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
    return roman[m[1]!.toUpperCase()] ?? Number(m[1]);
  }
  const words = t.toLowerCase().replace(/&/g, 'and');
  const match = CRITERIA.find((c) => {
    const title = c.title.toLowerCase().replace(/^the /, '');
    return words.includes(title) || title.startsWith(words.replace(/^the /, ''));
  });
  return match && words.length >= 5 ? match.number : null;
}

function countOf(cell: string): number | null | undefined {
  const t = cell.trim();
  if (t === '' || t === '-' || t === '–') return null;
  const n = parseNumber(t);
  return n === null ? undefined : n;
}

/**
 * The per-criterion totals a table states, or undefined when the table is not a score table.
 * A score table with every cell blank states nothing and gives null.
 */
export function parseScoreTable(block: Block): ByCriterion | null | undefined {
  if (block.kind !== 'table' || block.rows.length < 2) return undefined;
  const rows = block.rows.map((r) => r.cells);
  // Ratings down the first column, criteria across the first row.
  const ratingsDown = rows.slice(1).map((r) => parseRatingCell(r[0] ?? ''));
  const criteriaAcross = (rows[0] ?? []).slice(1).map(criterionOfHeader);
  if (ratingsDown.filter(Boolean).length >= 2 && criteriaAcross.filter(Boolean).length >= 3) {
    return fill(rows.slice(1).flatMap((r, i) => r.slice(1).map((cell, j) => ({ rating: ratingsDown[i] ?? null, criterion: criteriaAcross[j] ?? null, cell }))));
  }
  // Criteria down the first column, ratings across the first row.
  const ratingsAcross = (rows[0] ?? []).slice(1).map(parseRatingCell);
  const criteriaDown = rows.slice(1).map((r) => criterionOfHeader(r[0] ?? ''));
  if (ratingsAcross.filter(Boolean).length >= 2 && criteriaDown.filter(Boolean).length >= 3) {
    return fill(rows.slice(1).flatMap((r, i) => r.slice(1).map((cell, j) => ({ rating: ratingsAcross[j] ?? null, criterion: criteriaDown[i] ?? null, cell }))));
  }
  return undefined;
}

function fill(cells: { rating: Rating | null; criterion: number | null; cell: string }[]): ByCriterion | null | undefined {
  const out: ByCriterion = {};
  let stated = 0;
  for (const { rating, criterion, cell } of cells) {
    if (!rating || !criterion) continue;
    const count = countOf(cell);
    if (count === undefined) return undefined;
    const key = String(criterion) as CriterionKey;
    const totals = (out[key] ??= emptyTotals());
    if (count !== null) {
      totals[RATING_KEY[rating]] = count;
      stated++;
    }
  }
  return stated === 0 ? null : out;
}

/**
 * Overall totals laid out as labels and numbers ("Compliant Plus | 6", or a label cell with its
 * number in the next row): read in reading order, each rating label takes the next number.
 */
export function parseTotalsTable(block: Block): CriterionTotals | undefined {
  if (block.kind !== 'table') return undefined;
  const cells = block.rows.flatMap((r) => r.cells).filter((c) => c.trim() !== '');
  const totals = emptyTotals();
  let pending: Rating | null = null;
  let found = 0;
  for (const cell of cells) {
    const rating = parseRatingCell(cell);
    if (rating) {
      pending = rating;
      continue;
    }
    const count = parseNumber(cell);
    if (pending && count !== null) {
      totals[RATING_KEY[pending]] = count;
      found++;
      pending = null;
    } else if (!/^totals?$/i.test(cell.trim())) {
      return undefined;
    }
  }
  return found >= 2 ? totals : undefined;
}
