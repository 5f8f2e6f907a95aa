/**
 * All 57 ratings as a grid: a row per sub-criterion ("1.1 Customer Identification", "3.4") and a
 * column per element number within it ("1" … "6", perhaps under a merged "Element" header), each
 * cell a rating ("C+", "C", "PC", "NC", or in words); row 2.1, column 3 is element 2.1.3. The same
 * grid turned over (a column per sub-criterion, a row per element number) reads the same way. A
 * blank or dashed cell is no element, or no rating: never a guess. A rating in a cell the standard
 * has no element for is a finding, not a rating.
 */
import type { Block, SourceLocation } from '../../document/model.js';
import { isElementCode } from '../../standard/catalogue.js';
import { parseRatingCell, ratingName } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import { locationOf, type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';

type Table = Extract<Block, { kind: 'table' }>;

/** "1.1", "1.1 Customer Identification", "Sub-criterion 2.3": a sub-criterion, and not an element ("1.1.1"). */
const SUB_CRITERION = /^(?:sub[- ]?criterion\s+)?([1-5])\s*\.\s*([1-9])(?![.\d])/i;
/** "1", "Element 1", "El. 1", "1st": an element's number within its sub-criterion. */
const ELEMENT_NUMBER = /^(?:el(?:ement)?\.?\s*)?([1-9])(?:st|nd|rd|th)?$/i;
/** A cell that writes its element's code before the rating, after a colour's square or sign perhaps. */
const CODED_CELL = /^[^\p{L}\p{N}]*([1-5]\.[1-9]\.[1-9])\s+(\S.*)$/su;
/** A cell that says there is nothing there: blank, a dash, "n/a". */
const EMPTY = /^(?:|[-–—]|n\/?a|not applicable)$/i;
/** Header rows looked at above the grid (a merged "Element" row may stand over the numbers). */
const HEADER_ROWS = 3;
/** Fewer sub-criteria than this is no grid (a table of two sub-criteria is something else). */
const MIN_SUB_CRITERIA = 3;

export interface GridReading {
  rated: RatedElement[];
  notes: FindingDraft[];
  /** The grid's header rows (none where it was read turned over): they head the grid's pieces after a title splits it. */
  header: Table['rows'];
}

/** Columns numbered 1, 2, 3 … in order (at least three), with where they start. */
function numberedColumns(cells: readonly string[]): Map<number, number> | null {
  const columns = new Map<number, number>();
  cells.forEach((cell, at) => {
    const number = ELEMENT_NUMBER.exec(tidy(cell))?.[1];
    if (number) columns.set(at, Number(number));
  });
  const numbers = [...columns.values()];
  if (numbers.length < 3 || numbers.some((n, i) => n !== i + 1)) return null;
  return columns;
}

/** The sub-criterion a row (or column) names in its leading cells, before the numbered ones. */
function subCriterionOf(cells: readonly string[], before: number): string | null {
  for (const cell of cells.slice(0, before)) {
    const m = SUB_CRITERION.exec(tidy(cell));
    if (m) return `${m[1]}.${m[2]}`;
  }
  return null;
}

interface Cell {
  subCriterion: string;
  number: number;
  text: string;
  loc: SourceLocation;
}

/** The grid's cells, read as rows of sub-criteria under a header of element numbers. */
function gridCells(rows: readonly { cells: string[]; loc: SourceLocation }[], least: number): { cells: Cell[]; headerRows: number } | null {
  for (let h = 0; h < Math.min(HEADER_ROWS, rows.length); h++) {
    const columns = numberedColumns(rows[h]!.cells);
    if (!columns) continue;
    const first = Math.min(...columns.keys());
    const cells: Cell[] = [];
    const seen = new Set<string>();
    for (const row of rows.slice(h + 1)) {
      const subCriterion = subCriterionOf(row.cells, first);
      // A header repeated where the grid runs over a page, or a note row: not a sub-criterion.
      if (!subCriterion || seen.has(subCriterion)) continue;
      seen.add(subCriterion);
      for (const [at, number] of columns) cells.push({ subCriterion, number, text: tidy(row.cells[at] ?? ''), loc: row.loc });
    }
    return seen.size >= least ? { cells, headerRows: h + 1 } : null;
  }
  return null;
}

/**
 * A table of the grid's header alone ("Sub-criterion | Element …" over "| 1 | 2 | 3 …"), which a
 * Word file leaves standing over one table per criterion where a criterion's title row split it.
 */
export function isGridHeader(table: Table): boolean {
  return table.rows.length <= HEADER_ROWS && table.rows.some((r) => numberedColumns(r.cells) !== null) && table.rows.every((r) => subCriterionOf(r.cells, r.cells.length) === null);
}

/** The table turned over: a row per column, each cell at the header row's location. */
function transposed(table: Table): { cells: string[]; loc: SourceLocation }[] {
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, c) => ({ cells: table.rows.map((r) => r.cells[c] ?? ''), loc: table.rows[0]!.loc }));
}

/**
 * A cell's rating: the cell is a rating alone, or the element's own code and then its rating, a
 * colour's square or sign perhaps before them ("1.2.2 Compliance Plus", "🟦 1.2.2 C+", as a
 * heat-map writes them). A cell naming another element than its row and column's is no rating.
 */
function ratingOfCell(text: string, code: string): Rating | null {
  const coded = CODED_CELL.exec(text);
  if (!coded) return parseRatingCell(text);
  return coded[1] === code ? parseRatingCell(coded[2]!) : null;
}

/** `continued`: the table is a piece of a grid whose header stood alone above it, and may hold a single sub-criterion. */
export function subCriterionGrid(table: Table, continued = false): GridReading | null {
  const least = continued ? 1 : MIN_SUB_CRITERIA;
  const rowWise = gridCells(table.rows, least);
  const read = rowWise ?? gridCells(transposed(table), least);
  if (!read) return null;
  const { cells } = read;
  const filled = cells.filter((c) => !EMPTY.test(c.text));
  const ratings = filled.map((c) => ratingOfCell(c.text, `${c.subCriterion}.${c.number}`));
  // A grid of sub-criteria whose cells are mostly not ratings (numbers of staff met, dates) is not this.
  if (ratings.filter((r) => r !== null).length < filled.length * 0.8 || filled.length < least) return null;
  const rated: RatedElement[] = [];
  const notes: FindingDraft[] = [];
  filled.forEach((cell, i) => {
    const code = `${cell.subCriterion}.${cell.number}`;
    const rating: Rating | null = ratings[i]!;
    if (!rating) {
      if (isElementCode(code)) {
        notes.push({
          rule: 'incomplete-reading',
          message: `The rating of element ${code} could not be read from its cell of the grid of ratings ("${cell.text.slice(0, 40)}"); it was left out.`,
          stage: null,
          criterion: Number(code[0]),
          elements: [code],
          location: locationOf(cell.loc),
        });
      }
      return;
    }
    if (!isElementCode(code)) {
      notes.push({
        rule: 'element-in-standard',
        severity: 'error',
        message: `The grid of ratings rates element ${code} (${ratingName(rating)}), which the standard does not have (sub-criterion ${cell.subCriterion}, column ${cell.number}); it was not recorded. Correct the grid.`,
        stage: null,
        criterion: null,
        elements: [],
        location: locationOf(cell.loc),
      });
      return;
    }
    rated.push({ code, rating, justification: null, loc: cell.loc });
  });
  return { rated, notes, header: rowWise ? table.rows.slice(0, rowWise.headerRows) : [] };
}
