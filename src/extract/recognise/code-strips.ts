/**
 * An element table turned on its side: the element codes across a header row ("Element | 1.1.1 |
 * 1.1.2 | …", one strip per criterion, or several strips stacked in one table), and under them a
 * row of ratings per visit ("2019 | C | C | CP …", perhaps a greyed "2018 (for reference)" row of
 * an earlier visit's). Only the row of the visit reported is read: a row its label gives as another
 * visit's ("for reference", "previous", "last year") is not, rows that each name their own stage
 * are read each for that stage, and where two or more rows are left that the labels cannot tell
 * apart, none is read and a finding says so.
 */
import type { Block, SourceLocation, TableRow } from '../../document/model.js';
import { codeListCell, parseCode } from '../../parse/codes.js';
import { OTHER_VISIT, THIS_VISIT } from '../../parse/other-visit.js';
import { parseRatingCell } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import type { Rating, Stage } from '../../schema/report.js';
import { locationOf, type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';
import { stageOfHeader } from './staged-ratings.js';

type Table = Extract<Block, { kind: 'table' }>;

/** Fewer codes across than this is no strip (a table of two elements is read otherwise). */
const MIN_CODES = 3;
/** A row of ratings: this share of its cells under codes at least is a rating. */
const RATED_SHARE = 0.8;
/** Words that give a row to another visit than the one reported. */
const FOR_REFERENCE = /\bfor (?:reference|information|comparison)\b/i;
const EMPTY = /^(?:|[-–—]|n\/?a)$/i;

/** The code a header cell is and nothing else ("1.1.1", "1.1.\n1" wrapped in a narrow column), or null. */
function codeOfCell(cell: string): string | null {
  const t = tidy(cell);
  if (t === '') return null;
  const list = codeListCell(t);
  if (list) return list.length === 1 ? list[0]! : null;
  return parseCode(t.replace(/\s+/g, ''));
}

/** The columns a row of codes heads, by where each stands; null where the row is not codes across. */
function codeColumns(cells: readonly string[]): Map<number, string> | null {
  const columns = new Map<number, string>();
  for (const [at, cell] of cells.entries()) {
    const code = codeOfCell(cell);
    if (code) columns.set(at, code);
    // A label may stand first ("Element", "Ref."); after it every filled cell is a code.
    else if (at > 0 && tidy(cell) !== '') return null;
  }
  const codes = [...columns.values()];
  return codes.length >= MIN_CODES && new Set(codes).size === codes.length ? columns : null;
}

interface RatingRow {
  label: string;
  cells: { code: string; rating: Rating | null; text: string }[];
  loc: SourceLocation;
}

/** The row's ratings under the band's codes, or null where its cells are mostly not ratings (statements, evidence). */
function ratingRowOf(row: TableRow, columns: ReadonlyMap<number, string>): RatingRow | null {
  const first = Math.min(...columns.keys());
  const label = first > 0 ? tidy(row.cells.slice(0, first).join(' ')) : '';
  const cells = [...columns].map(([at, code]) => {
    const text = tidy(row.cells[at] ?? '');
    return { code, text, rating: EMPTY.test(text) ? null : parseRatingCell(text) };
  });
  const filled = cells.filter((c) => !EMPTY.test(c.text));
  const rated = filled.filter((c) => c.rating !== null);
  if (rated.length < MIN_CODES || rated.length < filled.length * RATED_SHARE) return null;
  return { label, cells, loc: row.loc };
}

/** Whether a row's label gives it to another visit than the one reported ("2018 AR1 (for reference)", "Previous rating"). */
function anotherVisit(label: string): boolean {
  return !THIS_VISIT.test(label) && (FOR_REFERENCE.test(label) || OTHER_VISIT.test(label));
}

export interface StripReading {
  rated: (RatedElement & { stage?: Stage })[];
  notes: FindingDraft[];
}

/** The rows of one band (a row of codes and the rows below it) that rate this visit's elements, each with the stage its label names where each names one. */
function readBand(rows: readonly RatingRow[], notes: FindingDraft[]): (RatedElement & { stage?: Stage })[] {
  const candidates = rows.filter((r) => !anotherVisit(r.label));
  const marked = candidates.filter((r) => THIS_VISIT.test(r.label));
  const stages = candidates.map((r) => stageOfHeader(r.label));
  let chosen: { row: RatingRow; stage?: Stage }[];
  if (marked.length === 1) chosen = [{ row: marked[0]! }];
  else if (candidates.length === 1) chosen = [{ row: candidates[0]! }];
  else if (candidates.length > 1 && stages.every((s) => s !== null) && new Set(stages).size === stages.length) chosen = candidates.map((row, i) => ({ row, stage: stages[i]! }));
  else {
    if (candidates.length > 1) {
      const codes = candidates[0]!.cells.map((c) => c.code);
      notes.push({
        rule: 'incomplete-reading',
        message: `A table gives elements ${codes[0]} to ${codes.at(-1)} across, with ${candidates.length} rows of ratings under them ("${candidates.map((r) => r.label || 'unlabelled').join('", "')}") and nothing to say which is this visit's; none was read.`,
        stage: null,
        criterion: null,
        elements: codes,
        location: locationOf(candidates[0]!.loc),
      });
    }
    return [];
  }
  return chosen.flatMap(({ row, stage }) =>
    row.cells.flatMap((c) => (c.rating ? [{ code: c.code, rating: c.rating, justification: null, loc: row.loc, ...(stage ? { stage } : {}) }] : [])),
  );
}

/** The ratings of a table of codes across, or null where the table is not one. */
export function codeStrips(table: Table): StripReading | null {
  const bands: { columns: Map<number, string>; rows: RatingRow[] }[] = [];
  for (const row of table.rows) {
    const columns = codeColumns(row.cells);
    if (columns) {
      bands.push({ columns, rows: [] });
      continue;
    }
    const band = bands.at(-1);
    const rated = band ? ratingRowOf(row, band.columns) : null;
    if (rated) band!.rows.push(rated);
  }
  if (!bands.some((b) => b.rows.length > 0)) return null;
  const notes: FindingDraft[] = [];
  const rated = bands.flatMap((b) => readBand(b.rows, notes));
  return { rated, notes };
}
