/**
 * Per-criterion score tables, found by what they hold: rating labels down one side, criteria
 * across the other (either way round), a title row or two above the header allowed, a `Total`
 * row or column read as the overall totals. Criterion headers are read by number or by name
 * ("1 – Customer insight", "Criterion 3", "C4", "Timeliness & Quality"); where the text of a
 * header is lost (a PDF that broke it syllable by syllable), a table of exactly five count
 * columns whose readable headers stand in the standard's order is still read in that order.
 * Cells left blank state nothing (null).
 */
import type { Block } from '../document/model.js';
import { CRITERION_NUMBER, criterionNumberOf } from '../parse/criterion-numbers.js';
import { parseNumber } from '../parse/numbers.js';
import { withoutFootnoteMark } from '../parse/text.js';
import { THIS_VISIT } from '../parse/other-visit.js';
import { parseRatingCell, ratingOfColumnHeader } from '../parse/ratings.js';
import type { CriterionTotals, Rating, StatedTotals } from '../schema/report.js';
import { CRITERIA, CRITERION_NUMBERS } from '../standard/catalogue.js';

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

const NUMBERED = new RegExp(String.raw`^(?:(?:criteri(?:on|a)|crit\.?|c)\s*)?(${CRITERION_NUMBER})\b\s*[–—:.-]?`, 'i');

/** The criterion a header cell names: "1 – Customer insight", "4- Delivery", "Criterion 3", "C4", "Timeliness & Quality". */
export function criterionOfHeader(cell: string): number | null {
  const t = cell.trim().replace(/\s+/g, ' ');
  const m = NUMBERED.exec(t);
  if (m) return criterionNumberOf(m[1]!);
  const words = t.toLowerCase().replace(/&/g, 'and');
  const match = CRITERIA.find((c) => {
    const title = c.title.toLowerCase().replace(/^the /, '');
    return words.includes(title) || title.startsWith(words.replace(/^the /, ''));
  });
  return match && words.length >= 5 ? match.number : null;
}

/** The row or column of a score table that sums its criteria: "Total", "Overall", "Whole standard", "All 57 elements", "This visit" (beside rows of criteria). */
const TOTAL_LABEL = /^(?:totals?|overall(?:\s+(?:totals?|result))?|all\s+criteria|all\s+(?:5|five)\s+(?:criteria|parts)|sum|grand\s+total|total\s+(?:elements|number)|(?:the\s+)?(?:whole|entire|full)\s+standard|(?:the\s+)?standard(?:\s+as\s+a\s+whole)?|all\s+(?:57\s+)?elements|this\s+visit)$/i;

export function isTotalLabel(cell: string): boolean {
  return TOTAL_LABEL.test(cell.trim().replace(/[:*]+$/, ''));
}

/** A count cell: "4", "four", "4 (36%)"; null for blank or a dash; undefined for anything else. */
function countOf(cell: string): number | null | undefined {
  const t = withoutFootnoteMark(cell).replace(/^\*+|\*+$/g, '');
  if (t === '' || t === '-' || t === '–' || t === '—') return null;
  const n = parseNumber(t);
  if (n !== null) return n;
  const withShare = /^(\d{1,2})\s*\(\s*\d{1,3}(?:\.\d+)?\s*%\s*\)$/.exec(t);
  return withShare ? Number(withShare[1]) : undefined;
}

export interface ScoreTable {
  byCriterion: ByCriterion | null;
  overall: CriterionTotals | null;
}

/**
 * `bySum`: a total whose label says nothing ("Westerleigh District Council"), taken as one only
 * where its counts are the criteria's sums. `part`: a sub-criterion's row or column ("1.1 Customer
 * Identification"), which counts part of a criterion and is read as no criterion's.
 */
type Axis = { criterion: number | null; total: boolean; bySum?: boolean; part?: boolean; element?: boolean }[];

/** "1.1", "1.1 Customer Identification", "Sub-criterion 3.4": a sub-criterion, not a criterion ("1 Customer Insight") nor an element ("1.1.1"). */
const SUB_CRITERION = /^(?:sub[- ]?criterion\s+)?[1-5]\s?\.\s?[1-4](?![.\d])/i;
/** "1.3.2 (follow-up)": one element's row, which counts for no criterion. */
const ELEMENT = /^(?:element\s+)?[1-5]\s?\.\s?[1-4]\s?\.\s?\d{1,2}(?![.\d])/i;

/** What each header cell names, the first `skip` cells being labels; null when the row is not a row of criteria. */
function criteriaAxis(cells: readonly string[], skip: number, strict = false): Axis | null {
  const axis: Axis = cells
    .slice(skip)
    .map((cell) =>
      ELEMENT.test(cell.trim())
        ? { criterion: null, total: false, part: true, element: true }
        : SUB_CRITERION.test(cell.trim())
          ? { criterion: null, total: false, part: true }
          : { criterion: criterionOfHeader(cell), total: isTotalLabel(cell) },
    );
  const parts = axis.filter((a) => a.part).length;
  const elements = axis.filter((a) => a.element).length;
  // Trailing blank cells are padding, not columns.
  while (axis.length > 0 && cells[skip + axis.length - 1]!.trim() === '' && axis.at(-1)!.criterion === null) axis.pop();
  // The last row or column after the criteria, labelled by something else (the holder's name): a total if its counts add up.
  const last = axis.at(-1);
  if (!strict && last && axis.length >= 4 && last.criterion === null && !last.total && axis.slice(0, -1).every((a) => a.criterion !== null || a.total)) {
    axis[axis.length - 1] = { criterion: null, total: true, bySum: true };
  }
  const data = axis.filter((a) => !a.total && !a.part);
  const readable = data.filter((a) => a.criterion !== null);
  const distinct = new Set(readable.map((a) => a.criterion));
  if (distinct.size !== readable.length) return null;
  if (readable.length >= 3 && data.length <= CRITERION_NUMBERS.length) return axis;
  // A sampled visit's counts: the criteria it assessed in full, and an element it re-examined from
  // another ("1.3.2 (follow-up)"), which counts for no criterion, over the visit's total.
  if (elements > 0 && parts === elements && readable.length >= 2 && data.length === readable.length && axis.some((a) => a.total)) return axis;
  // Counts by sub-criterion with each criterion's total among them: only the totals are the criteria's.
  if (parts > 0) return null;
  // Headers lost: five columns in the standard's order, any readable one where it should be.
  if (!strict && data.length === CRITERION_NUMBERS.length && data.every((a, i) => a.criterion === null || a.criterion === i + 1)) {
    let i = 0;
    return axis.map((a) => (a.total ? a : { criterion: ++i, total: false }));
  }
  return null;
}

/** The rating a header or label cell names: "Compliance Plus", "CP", "Fully compliant"… */
const ratingOfLabel = (cell: string): Rating | null => parseRatingCell(cell) ?? ratingOfColumnHeader(cell);

/** The rating (or total) a row or column label names, reading the first `width` cells. */
function ratingLabel(cells: readonly string[], width: number): { rating: Rating | null; total: boolean } {
  for (const cell of cells.slice(0, width)) {
    if (cell.trim() === '') continue;
    const rating = ratingOfLabel(cell);
    if (rating) return { rating, total: false };
    if (isTotalLabel(cell)) return { rating: null, total: true };
  }
  return { rating: null, total: false };
}

interface Cell {
  rating: Rating | null;
  criterion: number | null;
  total: boolean;
  bySum?: boolean;
  cell: string;
}

/** Is a row a title over the table: one text, or one text spread over merged cells? */
function isTitleRow(cells: readonly string[]): boolean {
  const texts = new Set(cells.map((c) => c.trim()).filter((c) => c !== ''));
  return texts.size <= 1;
}

/**
 * A row with only its label filled ("Service" under "Timeliness and Quality of") is the rest of
 * the label above, wrapped onto a row of its own by a PDF: joined back, it states nothing itself.
 */
function withWrappedLabelsJoined(rows: readonly string[][]): string[][] {
  const out: string[][] = [];
  for (const row of rows) {
    const above = out.at(-1);
    const labelOnly = row[0]!.trim() !== '' && row.slice(1).every((c) => c.trim() === '');
    if (above && out.length > 1 && labelOnly && above.slice(1).some((c) => c.trim() !== '')) out[out.length - 1] = [`${above[0]} ${row[0]}`, ...above.slice(1)];
    else out.push([...row]);
  }
  return out;
}

/**
 * Labels a PDF set centred beside their counts, wrapped over rows above and below the counts'
 * row ("Part 1: Knowing the people" / "who use your service | 1 | 10 | 0 | 0" / "(Customer
 * Insight)"): each run of label-only rows between two rows of counts is parted, its first half
 * (the larger) ending the label above and the rest opening the label below; a run before the
 * first counts opens that row's label. Read so only where a label stands alone right under the
 * header (labels begin above their counts) and the rows then name as many criteria as when every
 * wrapped line ends the label above (withWrappedLabelsJoined).
 */
function withCentredLabelsJoined(rows: readonly string[][]): string[][] {
  const labelOnly = (row: readonly string[]) => row[0]!.trim() !== '' && row.slice(1).every((c) => c.trim() === '');
  const counted = rows.map((row, i) => i > 0 && !labelOnly(row) && row.slice(1).some((c) => c.trim() !== ''));
  const out = rows.map((row) => [...row]);
  const drop = new Set<number>();
  let i = 1;
  while (i < rows.length) {
    if (!labelOnly(rows[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < rows.length && labelOnly(rows[end]!)) end++;
    const above = counted[i - 1] ? i - 1 : null;
    const below = end < rows.length && counted[end] ? end : null;
    const run = end - i;
    const toAbove = above === null ? 0 : below === null ? run : Math.ceil(run / 2);
    if (above !== null || below !== null) {
      if (above !== null && toAbove > 0) out[above]![0] = [out[above]![0], ...rows.slice(i, i + toAbove).map((r) => r[0])].join(' ');
      if (below !== null && toAbove < run) out[below]![0] = [...rows.slice(i + toAbove, end).map((r) => r[0]), out[below]![0]].join(' ');
      for (let k = i; k < end; k++) drop.add(k);
    }
    i = end;
  }
  return out.filter((_, k) => !drop.has(k));
}

/** The criteria the rows' labels name, each once. */
function criteriaNamed(rows: readonly string[][]): number {
  return new Set(rows.slice(1).map((r) => criterionOfHeader(r[0] ?? '')).filter((c) => c !== null)).size;
}

/**
 * A header a PDF's reader set one cell too far right, two narrow labels run together ("| Criterion |
 * C+ C | PC | NC | Total" over "1 Customer Insight | 1 | 10 | 0 | 0 | 11"): its blank first cell
 * dropped and the joined labels parted, where each part is a rating and the header then has the
 * body's width. Any other header is left as it is.
 */
function withHeaderUnjoined(rows: string[][]): string[][] {
  const [header, ...body] = rows;
  if (!header || header[0]!.trim() !== '' || body.length === 0) return rows;
  const width = body[0]!.length;
  for (let i = 1; i < header.length; i++) {
    const words = header[i]!.trim().split(/\s+/);
    for (let cut = 1; cut < words.length; cut++) {
      const left = words.slice(0, cut).join(' ');
      const right = words.slice(cut).join(' ');
      if (!parseRatingCell(left) || !parseRatingCell(right)) continue;
      const repaired = [...header.slice(1, i), left, right, ...header.slice(i + 1)];
      if (repaired.length === width && body.every((r) => r.length === width)) return [repaired, ...body];
    }
  }
  return rows;
}

/**
 * A header over two rows, each label broken where its cell wrapped ("Compliance" over "Plus",
 * "Partial" over "Compliance", as a PDF's reader gives a header whose cells wrap): joined cell by
 * cell where the second row holds no count and the joined header names more ratings than its
 * first row alone. Any other pair of rows is left as it is.
 */
function withHeaderRowsJoined(rows: string[][]): string[][] {
  const [first, second, ...body] = rows;
  if (!first || !second || body.length === 0 || first.length !== second.length || second.some((c) => /\d/.test(c))) return rows;
  const joined = first.map((cell, i) => `${cell.trim()} ${second[i]!.trim()}`.trim());
  const named = (cells: readonly string[]) => new Set(cells.map(ratingOfLabel).filter((r) => r !== null)).size;
  return named(joined) > named(first) ? [joined, ...body] : rows;
}

/**
 * The totals a table states, or undefined when the table is not a score table. A score table
 * with every cell blank states nothing and gives nulls.
 */
export function readScoreTable(block: Block): ScoreTable | undefined {
  if (block.kind !== 'table' || block.rows.length < 2) return undefined;
  // Classification and extraction ask of the same table: read once.
  if (SCORE_TABLES.has(block)) return SCORE_TABLES.get(block);
  const table = readScoreTableOnce(block);
  SCORE_TABLES.set(block, table);
  return table;
}

const SCORE_TABLES = new WeakMap<Block, ScoreTable | undefined>();
/** A cell that may be a count: a number opens it, not a code or a decimal (an element table's "1.1.1" counts nothing). */
const COUNT_LIKE = /^\s*\**\d{1,2}\b(?![.,]\d)/;
/** A score table holds at least this many counts: two ratings for two criteria. */
const FEWEST_COUNTS = 4;

function readScoreTableOnce(block: Extract<Block, { kind: 'table' }>): ScoreTable | undefined {
  if (block.rows.reduce((n, r) => n + r.cells.filter((c) => COUNT_LIKE.test(c)).length, 0) < FEWEST_COUNTS) return undefined;
  const cells = block.rows.map((r) => r.cells);
  return readWithLabelsFirst(cells, false) ?? readWithLabelsLast(cells);
}

/**
 * A table whose labels stand in its last column or columns ("Non-Compliance | Partial Compliance
 * | Compliance | Compliance Plus | Criterion", each row ending with its criterion): read as the
 * same table with its columns the other way round. Every column is then known by its header
 * alone: the header's label cells name neither a rating nor a criterion, every other cell names
 * one, and no column is placed by where it stands (a header not read leaves the table unread).
 */
function readWithLabelsLast(rows: readonly string[][]): ScoreTable | undefined {
  const width = rows[0]?.length ?? 0;
  if (width < 3 || rows.some((r) => r.length !== width)) return undefined;
  for (const skip of [1, 2]) {
    const header = rows[0]!;
    const labels = header.slice(width - skip);
    const named = header.slice(0, width - skip);
    const namesColumn = (cell: string) => ratingOfLabel(cell) !== null || criterionOfHeader(cell) !== null || isTotalLabel(cell);
    if (labels.some((cell) => cell.trim() !== '' && (namesColumn(cell) || parseNumber(cell.trim()) !== null)) || !named.every(namesColumn)) continue;
    const table = readWithLabelsFirst(rows.map((r) => [...r.slice(width - skip).reverse(), ...r.slice(0, width - skip).reverse()]), true);
    if (table) return table;
  }
  return undefined;
}

/** `strict`: every column known by its header, none by its place (the lost-header and unlabelled-total readings are not tried). */
function readWithLabelsFirst(cells: readonly string[][], strict: boolean): ScoreTable | undefined {
  const headed = withHeaderRowsJoined(cells.map((r) => [...r]));
  const wrapped = withWrappedLabelsJoined(headed);
  const centred = withCentredLabelsJoined(headed);
  // Labels that begin above their counts: a row of label alone right under the header.
  const startsAbove = headed.length > 2 && headed[1]![0]!.trim() !== '' && headed[1]!.slice(1).every((c) => c.trim() === '');
  const joined = startsAbove && criteriaNamed(centred) >= criteriaNamed(wrapped) ? centred : wrapped;
  const rows = strict ? joined : withHeaderUnjoined(joined);
  for (let h = 0; h < Math.min(3, rows.length - 1); h++) {
    const header = rows[h]!;
    if (h > 0 && !isTitleRow(rows[h - 1]!)) break;
    const body = rows.slice(h + 1);
    for (const skip of [1, 2]) {
      // Ratings down the side, criteria across the header.
      const across = criteriaAxis(header, skip, strict);
      if (across) {
        const labels = body.map((r) => ratingLabel(r, skip));
        if (labels.filter((l) => l.rating).length >= 2) {
          const cells = body.flatMap((r, i) => r.slice(skip).map((cell, j): Cell => ({ rating: labels[i]!.rating, criterion: across[j]?.criterion ?? null, total: across[j]?.total ?? false, bySum: across[j]?.bySum, cell })));
          const table = fill(cells);
          if (table) return table;
        }
      }
      // Criteria down the side, ratings across the header.
      const ratings = header.slice(skip).map((cell) => ({ rating: ratingOfLabel(cell), total: isTotalLabel(cell) }));
      if (ratings.filter((r) => r.rating).length >= 2) {
        const down = criteriaAxis(body.map((r) => r.slice(0, skip).find((c) => criterionOfHeader(c) !== null || isTotalLabel(c)) ?? r.slice(0, skip).join(' ')), 0, strict);
        if (down) {
          const cells = body.flatMap((r, i) => r.slice(skip).map((cell, j): Cell => ({ rating: ratings[j]?.rating ?? null, criterion: down[i]?.criterion ?? null, total: down[i]?.total ?? false, bySum: down[i]?.bySum, cell })));
          const table = fill(cells);
          if (table) return table;
        }
      }
    }
  }
  return undefined;
}

function fill(cells: readonly Cell[]): ScoreTable | undefined {
  const byCriterion: ByCriterion = {};
  const overall = emptyTotals();
  let stated = 0;
  let overallStated = 0;
  const bySum = cells.some((c) => c.bySum);
  for (const { rating, criterion, total, cell } of cells) {
    if (!rating || (!criterion && !total)) continue;
    const count = countOf(cell);
    if (count === undefined) return undefined;
    // Two cells that count one rating of one criterion differently (a header whose wrapped labels
    // a PDF set in the wrong cells: "Plus | Compliance | Compliance"): which is meant cannot be told.
    const already = total ? overall[RATING_KEY[rating]] : byCriterion[String(criterion) as CriterionKey]?.[RATING_KEY[rating]];
    if (count !== null && already !== null && already !== undefined && already !== count) return undefined;
    if (total) {
      if (count !== null) {
        overall[RATING_KEY[rating]] = count;
        overallStated++;
      }
      continue;
    }
    const totals = (byCriterion[String(criterion) as CriterionKey] ??= emptyTotals());
    if (count !== null) {
      totals[RATING_KEY[rating]] = count;
      stated++;
    }
  }
  if (Object.keys(byCriterion).length === 0) return undefined;
  if (bySum && !sumsOfCriteria(byCriterion, overall)) return undefined;
  return { byCriterion: stated === 0 ? null : byCriterion, overall: overallStated === 0 ? null : overall };
}

/** Whether every count of `overall` is the sum of the five criteria's, all of them stated. */
function sumsOfCriteria(byCriterion: ByCriterion, overall: CriterionTotals): boolean {
  const criteria = Object.values(byCriterion);
  if (criteria.length !== CRITERION_NUMBERS.length) return false;
  return (Object.keys(overall) as (keyof CriterionTotals)[]).every((key) => {
    const parts = criteria.map((c) => c[key]);
    return overall[key] !== null && parts.every((n) => n !== null) && parts.reduce((a, b) => a! + b!, 0) === overall[key];
  });
}

/**
 * The per-criterion totals a table states, or undefined when the table is not a score table.
 * A score table with every cell blank states nothing and gives null.
 */
export function parseScoreTable(block: Block): ByCriterion | null | undefined {
  const table = readScoreTable(block);
  return table === undefined ? undefined : table.byCriterion;
}

const IGNORED_TOTALS_CELL = /^(?:totals?|overall(?:\s+(?:totals?|results?|scores?|ratings?))?|summary|(?:(?:cse|customer\s+service\s+excellence)\s+)?ratings?|(?:number|no\.?|count|%|percent(?:age)?)(?:\s+of\s+(?:the\s+)?(?:elements|ratings|total))?|scores?|elements?|results?|total\s+number|compliance\s+level|level|grade)$/i;

/**
 * Overall totals laid out as labels and numbers ("Compliant Plus | 6", or a label cell with its
 * number in the next row, or a row of labels over a row of numbers), a "Totals" label beside
 * them (written once, or repeated down a merged cell) allowed: each rating label takes its number.
 */
export function parseTotalsTable(block: Block): CriterionTotals | undefined {
  if (block.kind !== 'table') return undefined;
  if (TOTALS_TABLES.has(block)) return TOTALS_TABLES.get(block);
  const cells = withoutPointsColumns(block.rows.map((r) => r.cells));
  const rows = thisVisitColumn(cells) ?? cells;
  const totals = byColumns(rows) ?? inReadingOrder(rows.flat());
  TOTALS_TABLES.set(block, totals);
  return totals;
}

/**
 * The rows of a totals table that compares visits ("| 2018 (first surveillance visit) | 2019 (this
 * visit)" over "Compliant | 50 | 49"), each cut to its label and the count of the visit reported;
 * null where no one column is headed as that visit's.
 */
function thisVisitColumn(rows: readonly string[][]): string[][] | null {
  const header = rows[0] ?? [];
  const marked = header.flatMap((cell, c) => (c > 0 && THIS_VISIT.test(cell) ? [c] : []));
  if (marked.length !== 1 || rows.length < 3) return null;
  return rows.slice(1).map((cells) => [cells[0] ?? '', cells[marked[0]!] ?? '']);
}

const TOTALS_TABLES = new WeakMap<Block, CriterionTotals | undefined>();

/** A header of a column of counts: "Count", "Number", "No. of elements". */
const COUNT_HEADER = /^(?:count|number|no\.?|#|n|(?:number|no\.?|count)\s+of\s+(?:the\s+)?elements|elements)$/i;
/** A header of a column that weighs or shares the counts out, never a count itself: "Pts", "Points", "Score", "%". */
const POINTS_HEADER = /^(?:pts\.?|points?|scores?|weighted(?:\s+score)?|weight|%|percent(?:age)?|share|%\s+of\s+(?:the\s+)?(?:elements|total))$/i;

/**
 * A table of counts by rating that also gives each rating's points or share ("Rating | Count |
 * Pts" over "C+ | 4 | 12"): the points columns dropped, where a column is headed as the count,
 * so that only counts are read as counts. Any other table is left as it is.
 */
function withoutPointsColumns(rows: readonly string[][]): string[][] {
  const header = (rows[0] ?? []).map((c) => c.trim());
  const points = header.map((cell, c) => c > 0 && POINTS_HEADER.test(cell));
  if (!points.includes(true) || !header.some((cell, c) => c > 0 && COUNT_HEADER.test(cell))) return rows.map((r) => [...r]);
  return rows.map((r) => r.filter((_, c) => !points[c]));
}

/** A row of rating labels over a row of numbers. */
function byColumns(rows: readonly string[][]): CriterionTotals | undefined {
  if (rows.length !== 2) return undefined;
  const [labels, numbers] = rows as [string[], string[]];
  const totals = emptyTotals();
  let found = 0;
  for (let c = 0; c < labels.length; c++) {
    const rating = totalsLabelRating(labels[c]!);
    const count = countOf(numbers[c] ?? '');
    if (!rating) {
      if (labels[c]!.trim() !== '' && !IGNORED_TOTALS_CELL.test(labels[c]!.trim())) return undefined;
      continue;
    }
    if (count === undefined) return undefined;
    if (count !== null) {
      totals[RATING_KEY[rating]] = count;
      found++;
    }
  }
  return found >= 2 ? totals : undefined;
}

/**
 * The rating a totals label names: a rating, or the body's own word with the rating in brackets
 * after it ("Exceeded (Compliance Plus)", "Partly met (Partial Compliance)"), the word naming no
 * other rating.
 */
function totalsLabelRating(cell: string): Rating | null {
  const direct = parseRatingCell(cell);
  if (direct) return direct;
  const m = /^([^()]{1,30}?)\s*\(([^()]{1,30})\)$/.exec(cell.trim());
  const inner = m ? parseRatingCell(m[2]!) : null;
  const outer = m ? parseRatingCell(m[1]!) : null;
  return inner && (outer === null || outer === inner) ? inner : null;
}

function inReadingOrder(all: readonly string[]): CriterionTotals | undefined {
  const cells = all.map((c) => c.trim()).filter((c) => c !== '' && !/^\d{1,3}(?:\.\d+)?\s*%$/.test(c));
  const totals = emptyTotals();
  let pending: Rating | null = null;
  let afterTotal = false;
  let found = 0;
  for (const cell of cells) {
    const rating = totalsLabelRating(cell);
    if (rating) {
      pending = rating;
      afterTotal = false;
      continue;
    }
    const count = countOf(cell);
    if (pending && count !== null && count !== undefined) {
      totals[RATING_KEY[pending]] = count;
      found++;
      pending = null;
    } else if (afterTotal && count !== undefined) {
      afterTotal = false; // "Total | 57": the sum, not a rating's count
    } else if (IGNORED_TOTALS_CELL.test(cell)) {
      afterTotal = isTotalLabel(cell);
    } else {
      return undefined;
    }
  }
  return found >= 2 ? totals : undefined;
}
