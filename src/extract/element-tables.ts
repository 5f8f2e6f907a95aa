/**
 * Element-level tables: per-element rating tables ("1.1.1 | Compliance plus"), lists of rated
 * elements with their justification under a rating heading ("Compliance Plus Elements":
 * Element | Justification), and per-element assessor comments (Element | Assessor Report).
 */
import { joinSplitCells, placedItems, type Block, type SourceLocation, type TableRow } from '../document/model.js';
import { codeListCell, codeNotInStandard, codesInText, leadingCode } from '../parse/codes.js';
import { parseRatingCell, ratingName } from '../parse/ratings.js';
import { nowRatedInProse } from '../parse/prose-ratings.js';
import { tidy } from '../parse/text.js';
import type { Rating, Stage } from '../schema/report.js';
import type { FindingDraft } from './draft.js';
import { locationOf } from './draft.js';

export interface RatedElement {
  code: string;
  rating: Rating;
  justification: string | null;
  loc: SourceLocation;
  /** The sentence that rates it, where running text does: a sentence dated before the visit is about another. */
  sentence?: string;
  /** The stage the evidence itself names (a column per visit), where it names one: it wins over the part of the document. */
  stage?: Stage;
  /** The index of the block that rates it, where the recogniser knows it: the stage is the one whose part holds that block. */
  index?: number;
  /** The row says the element keeps the rating it had at the previous stage ("all remain CP", "Remains CP – …"). */
  carriedOver?: boolean;
  /** The rating this one replaces ("re-rated from Partial Compliance to Compliance"): the document's other statements of it for this element are superseded, not a contradiction. */
  replaces?: Rating;
}

/** "all remain CP", "Remains CP", "remains partial": a rating word must follow, so "remains a strength" is not one. */
const REMAINS = /\bremains?\s+(?:as\s+)?(?:cp|c\+|pc|nc|complian(?:ce|t)[\s-]plus|partial(?:ly)?|complian(?:ce|t)|non[\s-]complian(?:ce|t))(?!\w)/i;

const NOTHING = /^(n\/?a|none|nil|-|–|no elements?)$/i;

/** Codes a row's element cell names: a code list, a leading code, or nothing. */
export function codesOfCell(cell: string): string[] {
  const list = codeListCell(cell);
  if (list) return list;
  const lead = leadingCode(cell);
  return lead ? [lead] : [];
}

/** Rows that pair an element code with a rating cell. Needs at least `minRows` such rows to count as a rating table. */
export function parseElementRatingTable(block: Block, minRows = 3): RatedElement[] | undefined {
  if (block.kind !== 'table') return undefined;
  // The classifier and a family's extractor ask of the same tables: each is read once.
  let rated = RATING_ROWS.get(block);
  if (!rated) RATING_ROWS.set(block, (rated = ratingRows(block)));
  return rated.length >= minRows ? rated.map((r) => ({ ...r })) : undefined;
}

const RATING_ROWS = new WeakMap<Block, RatedElement[]>();

function ratingRows(block: Extract<Block, { kind: 'table' }>): RatedElement[] {
  const rated: RatedElement[] = [];
  for (const row of block.rows) {
    let code: string | null = null;
    let rating: Rating | null = null;
    for (const cell of row.cells) {
      if (!code) {
        const codes = codeListCell(cell);
        if (codes?.length === 1) code = codes[0]!;
      } else if (!rating) {
        rating = parseRatingCell(cell);
      }
    }
    if (code && rating) rated.push({ code, rating, justification: null, loc: row.loc });
  }
  return rated;
}

/**
 * The rows of an element table with each row a PDF's page break split joined again. A row
 * whose element cell is blank, whose text names no element and keeps no rating ("all remain
 * CP"), and that is the first on its page under a row naming elements on the page before, is the rest
 * of that row: a later paragraph of its cell carried over the break. An element table has no
 * other use for such a row. (The reader joins split rows only where the table's look alone
 * says so; this is the case it leaves, which only the table's meaning settles.)
 */
/** A row naming its elements in its element cell, or, that cell blank, in its text ("Elements previously identified as CP (ie 134, 222) all remain CP"). */
function namesElements(row: TableRow): boolean {
  const elementCell = tidy(row.cells[0] ?? '');
  if (elementCell !== '') return codesOfCell(elementCell).length > 0;
  return codesInText(tidy(row.cells.slice(1).join(' '))).length > 0;
}

export function withSplitRowsJoined(rows: readonly TableRow[]): TableRow[] {
  const out: TableRow[] = [];
  for (const row of rows) {
    const above = out.at(-1);
    // Only the first row of a page may be split from the row above: its text is read only then.
    const firstOnPage = above !== undefined && above.loc.page !== undefined && row.loc.page !== undefined && row.loc.page > above.loc.page && tidy(row.cells[0] ?? '') === '';
    const text = firstOnPage ? tidy(row.cells.slice(1).join(' ')) : '';
    const split =
      firstOnPage &&
      text !== '' &&
      codesInText(text).length === 0 &&
      !REMAINS.test(text) &&
      namesElements(above);
    if (split) out[out.length - 1] = { ...above, cells: joinSplitCells(above.cells, row.cells) };
    else out.push(row);
  }
  return out;
}

export function isHeaderRow(cells: readonly string[], first: RegExp, second: RegExp): boolean {
  return cells.length >= 2 && first.test(tidy(cells[0]!)) && second.test(tidy(cells[1]!));
}

/**
 * An "Element | Justification" table under a heading that names its rating. Each row names one
 * or more elements (or, with a blank element cell, names them inside its text: "Elements
 * previously identified as CP (ie 111,113,…) all remain CP"); the row's text is their justification.
 */
export function parseJustifiedList(block: Block, rating: Rating, notes: FindingDraft[]): RatedElement[] | undefined {
  if (block.kind !== 'table') return undefined;
  const [header, ...rows] = block.rows;
  if (!header || !isHeaderRow(header.cells, /^elements?$/i, /justification|reason|evidence|comment/i)) return undefined;
  const rated: RatedElement[] = [];
  for (const row of withSplitRowsJoined(rows)) {
    const elementCell = tidy(row.cells[0] ?? '');
    const text = tidy(row.cells.slice(1).join(' '));
    if (NOTHING.test(elementCell) || (elementCell === '' && (text === '' || NOTHING.test(text)))) continue;
    let codes = codesOfCell(elementCell);
    if (codes.length === 0 && elementCell === '') codes = codesInText(text);
    const wrong = codes.length === 0 ? codeNotInStandard(elementCell) : null;
    if (wrong) {
      notes.push({
        rule: 'element-in-standard',
        severity: 'error',
        message: `A row of a ${ratingName(rating)} table names element ${wrong}, which the standard does not have; its rating was not recorded. Correct the code.`,
        stage: null,
        criterion: null,
        elements: [],
        location: locationOf(row.loc),
      });
      continue;
    }
    if (codes.length === 0) {
      notes.push({
        rule: 'unreadable-element-code',
        message: `A row of a ${ratingName(rating)} table names no element code that could be read ("${elementCell.slice(0, 40)}"); its rating was not recorded.`,
        stage: null,
        criterion: null,
        elements: [],
        location: locationOf(row.loc),
      });
      continue;
    }
    const carriedOver = REMAINS.test(text);
    for (const code of codes) rated.push({ code, rating, justification: text || null, loc: row.loc, carriedOver });
  }
  return rated;
}

/**
 * "Element | Assessor Report" tables: the assessor's text for each element whose code can be
 * read. Rows whose code was lost are reported, never attributed by guess.
 */
export function parseAssessorComments(block: Block, notes: FindingDraft[]): Map<string, string> | undefined {
  if (block.kind !== 'table') return undefined;
  const [header, ...rows] = block.rows;
  if (!header || !isHeaderRow(header.cells, /^elements?$/i, /assessor|report|finding|comment/i)) return undefined;
  const comments = new Map<string, string>();
  for (const row of withSplitRowsJoined(rows)) {
    const code = leadingCode(row.cells[0] ?? '');
    const text = tidy(row.cells.slice(1).join(' '));
    if (!code) {
      if (text) {
        notes.push({
          rule: 'unreadable-element-code',
          message: `A row of the assessor's element-by-element report has no element code that could be read ("${tidy(row.cells[0] ?? '').slice(0, 40) || 'blank'}"); its text was not attributed to an element.`,
          stage: null,
          criterion: null,
          elements: [],
          location: locationOf(row.loc),
        });
      }
      continue;
    }
    if (text && !comments.has(code)) comments.set(code, text);
  }
  return comments;
}

/** Ratings stated in "now <rating>" prose in some blocks ("Element 4.3.5 is now compliant"). */
export function ratedInProse(blocks: readonly Block[]): RatedElement[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph' && block.kind !== 'list') return [];
    const passages = block.kind === 'list' ? placedItems(block) : [{ text: block.text, loc: block.loc }];
    return passages.flatMap(({ text, loc }) => nowRatedInProse(text).map(({ code, rating }) => ({ code, rating, justification: null, loc })));
  });
}
