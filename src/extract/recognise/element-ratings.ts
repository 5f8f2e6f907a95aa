/**
 * Tables that rate elements one by one, whoever laid them out: a column of codes and a column of
 * ratings ("1.1.1 | Compliance Plus", "111 | C+"), or an element matrix (a column per rating,
 * "C+ | C | PC | NC", with a mark in one of them), each with an optional column of the assessor's
 * comments, read as the justification. The columns are told by the header row where there is
 * one, and by what the cells hold where there is not. A row whose code the text lost, or whose
 * code the standard lacks, is reported and its rating left out.
 */
import type { Block, TableRow } from '../../document/model.js';
import { codeListCell, leadingCode } from '../../parse/codes.js';
import { codesWithRanges } from '../../parse/code-ranges.js';
import { groupJudgement } from '../../parse/group-judgement.js';
import { elementOfStatement } from '../../parse/statement-match.js';
import { parseRatingCell, ratingMentions, ratingName, ratingOfColumnHeader } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import { locationOf, type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';
import { CODE_COLUMN, REASON_COLUMN } from './column-headers.js';
import { isMark, isNoMark } from './marks.js';
import { isTotalsRowLabel } from './totals-rows.js';

/**
 * A column of ratings, by its header; the assessor's own word for it allowed ("Assessor's judgement", "Assessors' rating"),
 * and the standard's name before it where a report also records findings of another kind ("CSE rating");
 * "Rating 2018 -> 2019": a column of changes, each cell "PC -> C" (parseRatingCell reads the rating after the change).
 */
const RATING_HEADER = /^(?:(?:overall\s+|cse\s+|customer\s+service\s+excellence\s+)?ratings?|compliance(?:\s+(?:rating|level|status|grading))?|assessment(?:\s+(?:rating|result|outcome))?|results?|grade|grading|scores?|outcome|level|judgement|status|finding|rag(?:\s+(?:rating|status|rated))?|(?:element|overall|final|agreed)\s+(?:rating|grading|result)|(?:assessor(?:'s|’s)?\s+)?rating\s+(?:at|for)\s+this\s+visit|judgment|(?:the\s+)?(?:lead\s+)?assessors?(?:'s|’s|s'|s’)?\s+(?:judge?ments?|ratings?|grading|grade)|(?:ratings?|grading)\s+\(?(?:19|20)\d{2}\s*(?:→|->|⇒|to)\s*(?:19|20)\d{2}\)?)$/i;
/** A code-shaped token the standard lacks, at the start of a cell: "4.5.4 Some title". */
const CODE_SHAPED = /^\s*\(?((?:[1-9]|I{1,3}|IV|V)\s?\.\s?\d\s?\.\s?\d{1,2})(?![\d.]\d)/;

export interface Columns {
  header: number;
  code: number | null;
  rating: number | null;
  matrix: Map<number, Rating>;
  comment: number | null;
  /** "Meets?" (Yes / Partly / No) and "Exceeds?" (a mark for compliance plus): a rating told by two columns. */
  met?: { meets: number; exceeds: number };
}

/** "Meets?", "Met?", "Element met?": a column of Yes / Partly / No. */
const MEETS_HEADER = /^(?:meets?|met|(?:is\s+(?:the\s+)?)?element\s+met|requirement\s+met)\s*\??$/i;
/** "Exceeds?", "Exceeded?": a column marked where the element is met and exceeded. */
const EXCEEDS_HEADER = /^(?:exceeds?|exceeded|(?:element\s+)?exceeded)\s*\??$/i;
const MET_ANSWERS: Record<string, Rating> = { yes: 'compliance', y: 'compliance', partly: 'partial-compliance', partially: 'partial-compliance', part: 'partial-compliance', 'in part': 'partial-compliance', no: 'non-compliance', n: 'non-compliance' };

/**
 * The rating two columns give: "Yes" under "Meets?" is compliance, and compliance plus with a mark
 * under "Exceeds?"; "Partly" partial, "No" non-compliance. A mark beside anything but "Yes", or an
 * answer not one of these, gives none (null, unclear); both blank give none (null, not unclear).
 */
function metRating(meets: string, exceeds: string): { rating: Rating | null; unclear: boolean } {
  const answer = tidy(meets).toLowerCase().replace(/[.!]$/, '');
  const marked = isMark(exceeds);
  if (!marked && !isNoMark(exceeds)) return { rating: null, unclear: true };
  if (answer === '') return { rating: null, unclear: marked };
  const met = MET_ANSWERS[answer];
  if (!met || (marked && met !== 'compliance')) return { rating: null, unclear: true };
  return { rating: marked ? 'compliance-plus' : met, unclear: false };
}

/** A form's instruction after a column's name, "Judgement (tick one)": the column is the judgement. */
const INSTRUCTION = /\s*\((?:please\s+)?(?:tick|select|choose|circle|check|mark)\b[^()]{0,30}\)?$/i;

/**
 * A column of one visit's ratings, named by its year ("2020 reassessment", "Rating 2021", "2021
 * review"), or as the earlier or the current visit ("Previous rating", "Current rating"), in a table
 * that sets this visit's ratings beside an earlier visit's (often with a column of the direction
 * of change). The later visit's column is this visit's; the earlier one's ratings are not read.
 */
const VISIT_WORD = String.raw`(?:assessment|reassessment|review|visit|ratings?|initial|surveillance|AR\s?\d|grade|judge?ment)`;
const YEAR_COLUMN = new RegExp(String.raw`^(?:(?:[\w-]+\s+){0,2}${VISIT_WORD}\s*\(?\s*((?:19|20)\d{2})\s*\)?|((?:19|20)\d{2})\s+(?:[\w-]+\s+){0,2}${VISIT_WORD}(?:\s+\w+)?)$`, 'i');
const PREVIOUS_COLUMN = /^(?:previous|last|prior|earlier)(?:\s+(?:visit|year|review|assessment|rating))*$/i;
const CURRENT_COLUMN = /^(?:current|latest|this\s+(?:visit|year|review|assessment))(?:\s+(?:visit|review|assessment|rating))*$/i;

/** The column of this visit's ratings where a header names two visits' columns, the later this visit's; null where it does not. */
function laterVisitColumn(cells: readonly string[]): number | null {
  const headers = cells.map((raw) => tidy(raw));
  const years = headers.flatMap((cell, c) => {
    const m = YEAR_COLUMN.exec(cell);
    return m ? [{ c, year: Number(m[1] ?? m[2]) }] : [];
  });
  if (years.length === 2 && years[0]!.year !== years[1]!.year) return years.reduce((a, b) => (b.year > a.year ? b : a)).c;
  const previous = headers.filter((cell) => PREVIOUS_COLUMN.test(cell)).length;
  const current = headers.flatMap((cell, c) => (CURRENT_COLUMN.test(cell) ? [c] : []));
  return years.length === 0 && previous === 1 && current.length === 1 ? current[0]! : null;
}

/** The columns a header row names; null when it names no rating column and no matrix. */
function columnsOf(cells: readonly string[], header: number): Columns | null {
  // A row that names an element is a row of data, even where it stands first (a table's continuation).
  if (cells.some((cell) => leadingCode(cell) !== null)) return null;
  const matrix = new Map<number, Rating>();
  let code: number | null = null;
  let rating: number | null = null;
  let comment: number | null = null;
  let meets: number | null = null;
  let exceeds: number | null = null;
  cells.forEach((raw, c) => {
    const cell = tidy(raw).replace(INSTRUCTION, '').replace(/[:*]+$/, '');
    if (cell === '') return;
    if (meets === null && MEETS_HEADER.test(cell)) meets = c;
    if (exceeds === null && EXCEEDS_HEADER.test(cell)) exceeds = c;
    const named = ratingOfColumnHeader(cell);
    if (rating === null && RATING_HEADER.test(cell)) rating = c;
    if (named && cell.length <= 40) matrix.set(c, named);
    else if (code === null && CODE_COLUMN.test(cell)) code = c;
    else if (comment === null && REASON_COLUMN.test(cell)) comment = c;
  });
  const distinct = new Set(matrix.values());
  if (distinct.size >= 2 && distinct.size === matrix.size) return { header, code, rating: null, matrix, comment };
  if (meets !== null && exceeds !== null) return { header, code, rating: null, matrix: new Map(), comment, met: { meets, exceeds } };
  if (rating !== null) return { header, code, rating, matrix: new Map(), comment };
  if (matrix.size === 0) {
    const later = laterVisitColumn(cells);
    if (later !== null) return { header, code, rating: later, matrix: new Map(), comment };
  }
  return null;
}

/** The header row among the first rows (title rows above it allowed) and its columns. */
function findColumns(rows: readonly TableRow[]): Columns | null {
  let found: Columns | null = null;
  for (let h = 0; h < Math.min(3, rows.length); h++) {
    const columns = columnsOf(rows[h]!.cells, h);
    // A header of two rows ("Compliance level" merged over "C+ | C | PC | NC"): the row that names each rating's column.
    if (columns && columns.matrix.size > 0) return columns;
    if (columns && !found) found = columns;
    if (found && leadingCode(rows[h]!.cells[found.code ?? 0] ?? '') !== null) break;
  }
  return found;
}

/** The column holding codes: the named one, else the first of the first two that most rows start with a code in. */
function codeColumn(rows: readonly TableRow[], named: number | null): number | null {
  if (named !== null) return named;
  let best: { c: number; n: number } | null = null;
  for (const c of [0, 1]) {
    const n = rows.filter((r) => leadingCode(r.cells[c] ?? '') !== null).length;
    if (n > 0 && (!best || n > best.n)) best = { c, n };
  }
  return best?.c ?? null;
}

export interface ElementTableReading {
  rated: RatedElement[];
  /** The columns read, for a continuation of the table with no header row of its own. */
  columns: Columns | null;
  /** Cells a row has. */
  width: number;
  /** Whether the table had a place for the assessor's reason (a comments column). */
  hasComments: boolean;
}

/** A rating from a matrix row: the one column with a mark, or a rating written in its own column. */
function matrixRating(cells: readonly string[], matrix: ReadonlyMap<number, Rating>): { rating: Rating | null; marks: number } {
  const marked: Rating[] = [];
  for (const [c, rating] of matrix) {
    const cell = tidy(cells[c] ?? '');
    if (isMark(cell) || parseRatingCell(cell) === rating) marked.push(rating);
    else if (!isNoMark(cell)) return { rating: null, marks: -1 };
  }
  return { rating: marked.length === 1 ? marked[0]! : null, marks: marked.length };
}

/**
 * The different ratings a cell holds when it holds only ratings, two or more ("Compliance Plus
 * Compliance"): a draft whose old rating is struck through beside the new one, where the strike
 * did not come through (a PDF's text has none). Which one stands cannot be told from the text,
 * so neither is kept: the element is rated twice.
 */
function ratingsOnly(cell: string): Rating[] {
  const mentions = ratingMentions(cell);
  const rest = mentions.reduceRight((text, m) => text.slice(0, m.index) + text.slice(m.index + m.text.length), cell);
  const distinct = [...new Set(mentions.map((m) => m.rating))];
  return distinct.length >= 2 && /^[\s,;/|()-]*$/.test(rest) ? distinct : [];
}

/**
 * A row that lists several elements in its code cell ("1.1.1 / 1.1.2 / 1.1.3" stacked, "3.4.1,
 * 3.4.2", "1.1.1 – 1.1.3") under one judgement: the row's rating rates each of them, or, where
 * the judgement names exceptions ("Compliant; 1.1.3 Compliant Plus"), each as the judgement says.
 * Null for a row of one element, or a judgement that cannot be read for each listed element.
 */
function groupOf(codeCell: string, judgement: string | null, rating: Rating | null): Map<string, Rating> | null {
  const listed = [...new Set(codeListCell(codeCell) ?? codesWithRanges(codeCell) ?? [])];
  if (listed.length < 2) return null;
  if (rating) return new Map(listed.map((code) => [code, rating]));
  return judgement === null ? null : groupJudgement(judgement, listed);
}

/**
 * The elements a table rates, or undefined when it is not such a table. Needs a header naming a
 * rating column or a matrix, or, with no header, three rows pairing a code with a rating cell.
 */
export function readElementRatingTable(block: Block, notes: FindingDraft[], continuing?: ElementTableReading): ElementTableReading | undefined {
  if (block.kind !== 'table') return undefined;
  const own = findColumns(block.rows);
  // A table split in two (a page break in Word, an author's new table) whose second part has no
  // header row: read with the first part's columns when it has as many.
  const inherited = !own && continuing?.columns && block.rows.every((r) => r.cells.length === continuing.width) ? { ...continuing.columns, header: -1 } : null;
  const columns = own ?? inherited;
  // A header that names its columns and none of them a rating ("Aim for", "Target", "Action") says
  // the ratings in it are not the assessor's: only a table with no header is read by its cells.
  const first = block.rows[0]?.cells ?? [];
  const namedColumns = first.filter((c) => c.trim() !== '').length >= 2 && first.every((c) => leadingCode(c) === null);
  if (!columns && namedColumns) return undefined;
  const body = columns ? block.rows.slice(columns.header + 1) : block.rows;
  const codeAt = codeColumn(body, columns?.code ?? null);
  if (codeAt === null) return undefined;
  const rated: RatedElement[] = [];
  const problems: FindingDraft[] = [];
  let rowsWithRating = 0;
  for (const row of body) {
    const cells = row.cells;
    let rating: Rating | null = null;
    let unclear = false;
    if (columns?.met) {
      ({ rating, unclear } = metRating(cells[columns.met.meets] ?? '', cells[columns.met.exceeds] ?? ''));
    } else if (columns && columns.matrix.size > 0) {
      const m = matrixRating(cells, columns.matrix);
      rating = m.rating;
      unclear = m.marks !== 0 && m.rating === null;
      if (m.marks === 0 && cells.every((c, i) => i === codeAt || c.trim() === '' || !columns.matrix.has(i))) unclear = false;
    } else if (columns?.rating != null) {
      // A rating column may write "Partial" or "Non" alone: its header says what the column holds.
      rating = parseRatingCell(cells[columns.rating] ?? '') ?? ratingOfColumnHeader(cells[columns.rating] ?? '');
      unclear = !rating && tidy(cells[columns.rating] ?? '') !== '';
    } else {
      // With no header to say which column rates, a row whose cells give different ratings
      // ("C+ | C | PC | NC", the scale printed in every row with the awarded one marked only by
      // type) gives none: which one stands cannot be told from the text.
      const given = new Set(cells.slice(codeAt + 1).map((cell) => parseRatingCell(cell ?? '')).filter((r) => r !== null));
      if (given.size === 1) rating = [...given][0]!;
      unclear = given.size > 1;
    }
    const codeCell = tidy(cells[codeAt] ?? '');
    const group = groupOf(codeCell, columns?.rating != null && !rating ? (cells[columns.rating] ?? '') : null, rating);
    if (group) {
      rowsWithRating++;
      const comment = columns?.comment != null ? tidy(cells[columns.comment] ?? '') : '';
      for (const [code, each] of group) rated.push({ code, rating: each, justification: comment || null, loc: row.loc });
      continue;
    }
    // A row whose code the text lost but whose statement is the standard's names its element by it.
    const code = leadingCode(codeCell) ?? (codeCell === '' ? (cells.map((c) => elementOfStatement(c)).find((c) => c !== null) ?? null) : null);
    if (rating) rowsWithRating++;
    if (!code) {
      // A totals row closes the table: its counts are read as totals, not as an element's rating.
      if ((!rating && !unclear) || isTotalsRowLabel(codeCell)) continue;
      const shaped = CODE_SHAPED.exec(codeCell);
      problems.push(
        shaped
          ? {
              rule: 'element-in-standard',
              severity: 'error',
              message: `A row of an element rating table names element ${shaped[1]!.replace(/\s/g, '')}, which the standard does not have; its rating${rating ? ` (${ratingName(rating)})` : ''} was not recorded. Correct the code.`,
              stage: null,
              criterion: null,
              elements: [],
              location: locationOf(row.loc),
            }
          : {
              rule: 'unreadable-element-code',
              message: `A row of an element rating table has no element code that could be read ("${codeCell.slice(0, 40) || 'blank'}"); its rating${rating ? ` (${ratingName(rating)})` : ''} was not attributed to an element.`,
              stage: null,
              criterion: null,
              elements: [],
              location: locationOf(row.loc),
            },
      );
      continue;
    }
    if (!rating) {
      const twice = columns?.rating != null ? ratingsOnly(tidy(cells[columns.rating] ?? '')) : [];
      if (twice.length > 0) {
        problems.push({
          rule: 'element-rated-twice',
          severity: 'error',
          message: `The element table's row for ${code} holds ${twice.length} ratings (${twice.map(ratingName).join(', ')}); one may be struck through in the source, which its text does not show. Neither is kept: check the rating by hand.`,
          stage: null,
          criterion: Number(code[0]),
          elements: [code],
          location: locationOf(row.loc),
        });
      } else if (unclear) {
        problems.push({
          rule: 'incomplete-reading',
          message: `The rating of element ${code} could not be read from its row of the element table ("${tidy(cells.filter((_, i) => i !== codeAt).join(' | ')).slice(0, 60)}"); it was left out.`,
          stage: null,
          criterion: Number(code[0]),
          elements: [code],
          location: locationOf(row.loc),
        });
      }
      continue;
    }
    const comment = columns?.comment != null ? tidy(cells[columns.comment] ?? '') : '';
    rated.push({ code, rating, justification: comment || null, loc: row.loc });
  }
  const headed = columns !== null && (columns.matrix.size > 0 || columns.rating !== null || columns.met !== undefined);
  if (rowsWithRating === 0 || (!headed && rated.length < 3)) return undefined;
  notes.push(...problems);
  return { rated, hasComments: columns?.comment != null, columns, width: block.rows[0]?.cells.length ?? 0 };
}

/**
 * A table that is only a header row naming a matrix or rating column ("Sub-criterion | Element |
 * NC | PC | C | C+"), its rows in tables of their own below it (Word splits a table at each row
 * merged across it, a criterion's title): the columns the rows below are read by.
 */
export function headerOnly(block: Block): ElementTableReading | undefined {
  if (block.kind !== 'table' || block.rows.length === 0) return undefined;
  // One row, or (a header of two rows: "Evidence seen at" merged over the partners' names) rows that each name the columns.
  const columns = block.rows.map((row) => columnsOf(row.cells, 0));
  const last = columns.at(-1);
  if (!last || columns.some((c) => c === null) || (last.matrix.size === 0 && last.rating === null && !last.met)) return undefined;
  if (block.rows.length > 1 && !last.met) return undefined;
  return { rated: [], hasComments: last.comment !== null, columns: { ...last, code: last.code }, width: block.rows.at(-1)!.cells.length };
}
