/**
 * A sub-criterion × rating matrix whose cells list element NUMBERS: a row per sub-criterion
 * ("1.2 Engagement and Consultation"), a column per rating, and in each cell the numbers, within
 * that sub-criterion, of the elements given that rating ("1, 3", "1–3, 5", "–"); row 1.2, column
 * Partial Compliance, "2" is element 1.2.2 rated partial compliance. A Total row (counts, not
 * numbers) is no sub-criterion and is not read here.
 *
 * The same table with counts in its cells ("1.1 | 0 | 3 | 0 | 0") must never be read this way.
 * A row is read only when the numbers across its rating cells name each element of its
 * sub-criterion exactly once (1 … n, the standard's n): counts that add up to n never do (their
 * distinct values would add up to n(n+1)/2), so a row of counts, a row with an element left out
 * or named twice, or a cell that is not a list of numbers, is left out with a finding.
 */
import type { Block } from '../../document/model.js';
import { allElementCodes } from '../../standard/catalogue.js';
import { ratingOfColumnHeader } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import { locationOf, type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';

type Table = Extract<Block, { kind: 'table' }>;

/** "1.1", "1.1 Customer Identification", "Sub-criterion 2.3": a sub-criterion, and not an element ("1.1.1"). */
const SUB_CRITERION = /^(?:sub[- ]?criterion\s+)?([1-5])\s*\.\s*([1-9])(?![.\d])/i;
/** A cell that names no element: blank, a dash, "none", "n/a". */
const EMPTY = /^(?:|[-–—]+|none|nil|n\/?a)$/i;
/** One piece of a cell of numbers: a number, a range's dash or "to", or a separator. */
const TOKEN = /\s*(?:([1-9])\b|(–|—|-|\bto\b)|(,|;|&|\band\b))\s*/iy;
/** Fewer sub-criterion rows read than this is no such matrix. */
const MIN_ROWS = 3;

export interface NumberListReading {
  rated: RatedElement[];
  notes: FindingDraft[];
}

/** How many elements each sub-criterion has in the standard ("1.1" → 3). */
function elementsPerSubCriterion(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const code of allElementCodes()) {
    const sub = code.split('.').slice(0, 2).join('.');
    counts.set(sub, (counts.get(sub) ?? 0) + 1);
  }
  return counts;
}
const SUB_CRITERION_SIZES = elementsPerSubCriterion();

/**
 * The numbers a cell lists ("1, 3" → [1, 3], "1–3, 5" → [1, 2, 3, 5]), [] for an empty cell,
 * null for a cell that is anything else.
 */
export function elementNumbers(cell: string): number[] | null {
  const text = tidy(cell).replace(/\s+/g, ' ').replace(/\.$/, '');
  if (EMPTY.test(text)) return [];
  const numbers: number[] = [];
  let pendingRange = false;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m || TOKEN.lastIndex === at) return null;
    if (m[1]) {
      const n = Number(m[1]);
      if (pendingRange) {
        const from = numbers[numbers.length - 1]!;
        if (n <= from) return null;
        for (let k = from + 1; k <= n; k++) numbers.push(k);
        pendingRange = false;
      } else numbers.push(n);
    } else if (m[2]) {
      if (numbers.length === 0 || pendingRange) return null;
      pendingRange = true;
    } else if (pendingRange) return null;
  }
  return pendingRange || numbers.length === 0 ? null : numbers;
}

/** The header row's rating columns, when it names at least three different ratings. */
function ratingColumns(cells: readonly string[]): Map<number, Rating> | null {
  const columns = new Map<number, Rating>();
  cells.forEach((cell, at) => {
    if (at === 0) return;
    const rating = ratingOfColumnHeader(tidy(cell));
    if (rating) columns.set(at, rating);
  });
  return new Set(columns.values()).size >= 3 && new Set(columns.values()).size === columns.size ? columns : null;
}

/**
 * The elements such a matrix rates, or null when the table is not one (no header of rating
 * columns, or fewer than three sub-criterion rows whose cells are lists of numbers).
 */
export function subCriterionNumberLists(table: Table): NumberListReading | null {
  const headerAt = table.rows.slice(0, 2).findIndex((row) => ratingColumns(row.cells) !== null);
  if (headerAt < 0) return null;
  const columns = ratingColumns(table.rows[headerAt]!.cells)!;
  const rated: RatedElement[] = [];
  const notes: FindingDraft[] = [];
  let listed = 0;
  let read = 0;
  for (const row of table.rows.slice(headerAt + 1)) {
    const sub = SUB_CRITERION.exec(tidy(row.cells[0] ?? ''));
    if (!sub) continue;
    const code = `${sub[1]}.${sub[2]}`;
    const size = SUB_CRITERION_SIZES.get(code);
    const cells = [...columns].map(([at, rating]) => ({ rating, numbers: elementNumbers(row.cells[at] ?? '') }));
    // Only a cell listing two numbers or a range says the table is one of numbers, not counts.
    if (cells.some((c) => c.numbers && c.numbers.length > 1)) listed++;
    const named = cells.flatMap((c) => c.numbers ?? []);
    const whole = size !== undefined && cells.every((c) => c.numbers !== null) && named.length === size && new Set(named).size === size && named.every((n) => n <= size);
    if (!whole) {
      notes.push({
        rule: 'incomplete-reading',
        message: `The row for sub-criterion ${code} of a table of element numbers by rating does not name each of its elements once ("${tidy(row.cells.join(' | ')).slice(0, 60)}"); its ratings were left out.`,
        stage: null,
        criterion: Number(sub[1]),
        elements: [],
        location: locationOf(row.loc),
      });
      continue;
    }
    read++;
    for (const { rating, numbers } of cells) for (const n of numbers!) rated.push({ code: `${code}.${n}`, rating, justification: null, loc: row.loc });
  }
  if (listed === 0 || read < MIN_ROWS) return null;
  return { rated, notes };
}
