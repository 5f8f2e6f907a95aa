/**
 * Elements listed under something that names their rating: a heading ("Partial Compliance
 * Elements", "Areas of Compliance Plus") or a lead-in sentence ("… were judged Compliance Plus
 * in the following areas:"), as a table (Element | Justification, with or without its header
 * row, a table continued as a second one), a bulleted list ("2.1.5 – reason") or paragraphs that
 * start with a code. Only compliance plus, partial and non-compliance are read this way: a
 * heading naming plain "compliance" ("Compliance against the standard") lists nothing.
 * A cross-reference inside a reason ("see 1.3.5") is part of the reason, never a rating.
 */
import { blockText, type Block, placedItems } from '../../document/model.js';
import { codeListCell, codesInText, leadingCode, splitLeadingCode } from '../../parse/codes.js';
import { countsInProse } from '../../parse/counts.js';
import { parseRatingCell, ratingMentions, ratingNamedBy, ratingOfColumnHeader } from '../../parse/ratings.js';
import { restatesStandard } from '../../parse/restates-standard.js';
import { sentences, tidy } from '../../parse/text.js';
import { OTHER_VISIT } from '../../parse/other-visit.js';
import type { Rating } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
import { codeLedRating } from './code-led-ratings.js';
import { CODE_COLUMN, REASON_COLUMN } from './column-headers.js';
import { titleText } from '../blocks.js';
import { complianceBanners } from './rating-banners.js';

const LISTED: ReadonlySet<Rating> = new Set(['compliance-plus', 'partial-compliance', 'non-compliance']);
/** A title that lists elements of one rating, not one that discusses ratings. */
const NOT_A_LIST_TITLE = /\b(?:summary|overview|against|criteri(?:on|a)\s+\d|scores?|scoring|totals?|definitions?|explained|key|guidance|tolerance|maximum|allowed)\b/i;
const LEAD_IN = /(?::\s*$|\bfollow(?:s|ing)\b)/i;
const NOTHING = /^(?:n\/?a|none|nil|-|–|no elements?|not applicable)$/i;

interface Context {
  rating: Rating;
  /** The heading level that opened it; a heading at this level or above closes it. */
  level: number;
  /** Columns of the last table read under it, for a continuation with no header row. */
  columns: number | null;
  /** The column holding the reason, where the header names one; else the rest of the row is. */
  reason?: number | null;
}

/** "Judgement: Partial Compliance", "Rating – C+": a label and the rating it gives the element above it, a field and not a list's title. */
const RATING_FIELD = /^(?:[\p{L}'’]+\s+){0,2}?(?:judge?ment|rating|grade|grading|outcome|result|assessment|conclusion|decision)\s*[:=–—-]\s*(.+?)[.]?$/iu;

function listTitleRating(text: string): Rating | null {
  if (text.split(/\s+/).length > 12 || NOT_A_LIST_TITLE.test(text)) return null;
  const field = RATING_FIELD.exec(text.trim());
  if (field && parseRatingCell(field[1]!) !== null) return null;
  // "Partial", "Non" over a list: the short words of a matrix header, where the title is nothing else.
  // Not a mark alone: "+", the second line of a header "C / +" a PDF left above a table, titles nothing.
  // Nor "Plus" alone, the second line of a "Compliance Plus" cell that a PDF split off a table's row.
  const rating = ratingNamedBy(text) ?? (text.split(/\s+/).length <= 3 && /\p{L}{3}/u.test(text) && !/^\s*plus\s*$/i.test(text) ? ratingOfColumnHeader(text) : null);
  return rating && LISTED.has(rating) ? rating : null;
}

/** A lead-in to something else than the rated elements: "In addition to the partial compliances above, the College should consider the following". */
const NOT_THE_RATED = /\b(?:in addition to|besides|apart from|other than|as well as|beyond|should|could|consider|suggest(?:ed|ions?)?|recommend(?:ed|ations?)?|development|improvement)\b/i;
/** Headings of advice, whose lists are not ratings even where they cite elements. */
const ADVICE_HEADING = /\b(?:areas?\s+(?:for|of)\s+(?:development|improvement)|development\s+areas?|improvement\s+areas?|recommendations?|suggestions?|observations?|opportunities|next\s+steps|action\s+plan)\b/i;

function leadInRating(text: string): Rating | null {
  const all = sentences(text);
  const last = all.at(-1) ?? '';
  if (!LEAD_IN.test(last) || OTHER_VISIT.test(last) || NOT_THE_RATED.test(last)) return null;
  // "Eleven areas of Compliance Plus were awarded. They are:": the rating is the paragraph's.
  // Only where the paragraph counts them: not "… any element rated partially compliant last time … The sample for this visit is:".
  const counted = all.length > 1 && ratingMentions(last).length === 0 ? ratingNamedBy(all.join(' ')) : null;
  const rating = ratingNamedBy(last) ?? (counted && countsInProse(all.slice(0, -1).join(' ')).some((c) => c.rating === counted) ? counted : null);
  return rating && LISTED.has(rating) ? rating : null;
}

/**
 * A paragraph's lines as list items, where a list lost its bullets (a browser prints them as
 * shapes): a line that opens with a code, or follows an item closed by its bracketed codes,
 * starts an item; any other line carries on the item above (a wrapped line).
 */
function linesAsItems(text: string): string[] {
  const items: string[] = [];
  for (const line of text.split('\n')) {
    const above = items.at(-1);
    if (above === undefined || leadingCode(line.replace(/^[•·\-*▪◦]\s*/, '')) !== null || /\([^()]*\d\.\d\.\d[^()]*\)\s*[.;]?$/.test(above)) items.push(line);
    else items[items.length - 1] = `${above} ${line}`;
  }
  return items;
}

/** Whether a paragraph is the wrapped rest of the item above: it opens in lower case, the item above stops mid-sentence. */
function continuesItem(item: string, text: string): boolean {
  return /^\p{Ll}/u.test(text.trim()) && !/[.!?:)]\s*$/.test(item) && leadingCode(text) === null;
}

/** One listed item: "2.1.5 – reason", "(3.2.1) We make…", "111, 113". */
function itemElements(text: string, rating: Rating, loc: RatedElement['loc']): RatedElement[] {
  const item = tidy(text.replace(/^[•·\-*▪◦]\s*/, ''));
  // An item that writes its own rating after its code is read by that rating (code-led-ratings.ts).
  if (codeLedRating(item)) return [];
  const list = codeListCell(item);
  if (list) return list.map((code) => ({ code, rating, justification: null, loc }));
  const opening = splitLeadingCode(item);
  if (!opening) {
    // "Understanding our residents (1.1.1, 1.1.3)": a theme with its elements in brackets at the end.
    const bracketed = /\(([^()]*)\)\s*[.;]?$/.exec(item);
    return bracketed ? codesInText(bracketed[1]!).map((c) => ({ code: c, rating, justification: null, loc })) : [];
  }
  // "1.3.5, where the approach … is exemplary)": a sentence carried on after a cross-reference, which a PDF's broken table set on a line of its own.
  if (/^,\s*\p{Ll}/u.test(opening.rest)) return [];
  const { code } = opening;
  const rest = opening.rest.replace(/^[\s–—:.,;)\-]+/, '').trim();
  const reason = rest.replace(/^\((.*)\)[.;]?$/, '$1');
  return [{ code, rating, justification: reason && !restatesStandard(code, reason) ? reason : null, loc }];
}

/** "In the standard this is 1.2.2.", "This is element 4.2.3 in the standard.", "In the standard these are 1.3.2 and 4.3.4.": a line naming the passage's elements. */
const NAMING_LINE = /^(?:in\s+the\s+standard,?\s+)?(?:this|that|it|these|they)\s+(?:is|are)\s+(?:elements?\s+)?(\d\.\d\.\d(?:\s*(?:,|and|&)\s*\d\.\d\.\d)*)(?:\s+in\s+the\s+standard)?\s*\.?$/i;

function namedElements(line: string): string[] | null {
  const m = NAMING_LINE.exec(line);
  return m ? codesInText(m[1]!) : null;
}

/** "Now they are Compliance.", "It is now Compliance Plus": a sentence that gives the passage's elements their rating. */
const OWN_RATING = /^(?:now\s+)?(?:it|this|that|they|these|those)\s+(?:is|are)\s+(?:now\s+)?(.+?)\s*[.!]?$/i;

/**
 * The rating of the elements a passage names last: the one its own sentence gives them ("Last
 * year 2 things needed to get better. Now they are Compliance."), what it says of another visit
 * aside; else the title's, where the passage tells of no other visit, no change ("now") and no
 * other rating. Null where it cannot be told.
 */
function passageRating(passage: string, title: Rating): Rating | null {
  const all = sentences(passage);
  const own = new Set(all.map((s) => OWN_RATING.exec(s.trim())?.[1]).filter((r): r is string => r !== undefined).map(parseRatingCell).filter((r) => r !== null));
  const current = all.filter((s) => !OTHER_VISIT.test(s) && !OWN_RATING.test(s.trim()));
  if (current.some((s) => ratingMentions(s).length > 0 || /\bnow\b/i.test(s))) return null;
  if (own.size === 1) return [...own][0]!;
  if (own.size > 1 || all.length > current.length) return null;
  return title;
}

const TITLE_HEADER = /\b(?:what the standard|statement|title|description|element name|standard asks|requirement)\b/i;

/** The column of a list's header that holds the reason, when the header tells it from a column of the standard's titles. */
function reasonColumn(header: readonly string[]): number | null {
  const reason = header.findIndex((cell, c) => c > 0 && REASON_COLUMN.test(cell) && !TITLE_HEADER.test(cell));
  if (reason > 0) return reason;
  const titles = header.findIndex((cell, c) => c > 0 && TITLE_HEADER.test(cell));
  return titles > 0 && header.length === 3 ? 3 - titles : null;
}

/** The rows of a table under a list title: codes in the first column, the rest of the row the reason. */
function tableElements(block: Extract<Block, { kind: 'table' }>, rating: Rating, context: Context): RatedElement[] {
  const [first] = block.rows;
  if (!first) return [];
  const headed = CODE_COLUMN.test(tidy(first.cells[0] ?? ''));
  // A table with no header is a continuation only where its columns are those of the list before it.
  if (!headed && context.columns !== null && context.columns !== first.cells.length) return [];
  if (headed) context.reason = reasonColumn(first.cells);
  const reason = context.reason ?? null;
  const rated: RatedElement[] = [];
  for (const row of headed ? block.rows.slice(1) : block.rows) {
    const cell = tidy(row.cells[0] ?? '');
    const text = tidy(reason !== null ? (row.cells[reason] ?? '') : row.cells.slice(1).join(' '));
    if (NOTHING.test(cell) || cell === '') continue;
    const codes = codeListCell(cell) ?? (leadingCode(cell) ? [leadingCode(cell)!] : []);
    for (const code of codes) rated.push({ code, rating, justification: text || null, loc: row.loc });
  }
  if (!headed && rated.length === 0) return [];
  context.columns = first.cells.length;
  return rated;
}

/**
 * Every element listed under a rating, block by block. `skip` holds the tables another
 * recogniser has read (an element rating table under the same heading).
 */
export function listedElements(blocks: readonly Block[], skip: ReadonlySet<number> = new Set()): { rated: RatedElement[]; tables: Set<number> } {
  const rated: RatedElement[] = [];
  const tables = new Set<number>();
  let context: Context | null = null;
  /** The level of an advice heading ("Areas for development") whose part lists no ratings. */
  let advice: number | null = null;
  // Plain compliance names a list only as one banner among others (rating-banners.ts).
  const banners = complianceBanners(blocks);
  const titleRating = (text: string, index: number): Rating | null => listTitleRating(text) ?? (banners.has(index) ? 'compliance' : null);
  /** The paragraphs of a passage under the title so far, before the line naming its element. */
  let passageSoFar: string[] = [];
  /** The heading's rating over passages that name their elements last, kept where their prose ended the list. */
  let passageTitle: Context | null = null;
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') passageSoFar = [];
    if (block.kind === 'heading') passageTitle = null;
    if (block.kind === 'heading') {
      if (advice !== null && block.level <= advice) advice = null;
      if (context && block.level <= context.level) context = null;
      if (ADVICE_HEADING.test(block.text) && !listTitleRating(block.text)) {
        advice = block.level;
        context = null;
        return;
      }
      const rating = titleRating(block.text, index);
      if (rating) context = passageTitle = { rating, level: block.level, columns: null };
      return;
    }
    if (advice !== null) return;
    if (block.kind === 'table') {
      if (context && !skip.has(index)) {
        const found = tableElements(block, context.rating, context).map((r) => ({ ...r, index }));
        if (found.length > 0) tables.add(index);
        rated.push(...found);
      }
      return;
    }
    // "Partial compliance: 2.2.3 – Staff training records are incomplete." A list in one line.
    // A line of its own within a paragraph too: "… the Trust.\nCompliant Plus: 1.1.1 (…); 1.2.3 (…)."
    if (block.kind === 'paragraph') {
      const lines = block.text.split('\n');
      const found = lines.flatMap((line, k) => {
        // A line of a paragraph wrapped mid-sentence ("The Authority has" over "acted on both partial compliances from the reassessment: 4.2.3 is now …") starts no list.
        if (k > 0 && /^\p{Ll}/u.test(line.trim()) && !/[.:;!?)]\s*$/.test(lines[k - 1]!)) return [];
        const inline = /^([^:]{3,80}):\s+(.+)$/s.exec(line.trim());
        // "3.4.1 is rated Compliance Plus: the joint triage desk … (3.4.3)": a sentence rating the element it opens with, and the codes after the colon only cited.
        const inlineRating = inline && leadingCode(inline[1]!) === null ? listTitleRating(inline[1]!) : null;
        // The label is the sentence that rates them: "The 2021 review recorded three partial compliances: …" names an earlier visit's.
        return inline && inlineRating ? inline[2]!.split(/\s*;\s*/).flatMap((item) => itemElements(item, inlineRating, block.loc).map((r) => ({ ...r, sentence: inline[1]! }))) : [];
      });
      if (found.length > 0) {
        rated.push(...found.map((r) => ({ ...r, index })));
        return;
      }
    }
    const title = titleText(block);
    // A line that opens with an element's code rates that element, if anything ("1.1.2,CP,Compliance Plus,…", a data line): it titles no list of the codes after it.
    const paragraphRating = title && block.kind === 'paragraph' && leadingCode(title) === null ? titleRating(title.replace(/[:.]$/, ''), index) : null;
    if (paragraphRating) {
      // A line set apart under a heading of the same rating ("… ratings awarded at its initial assessment:") keeps the heading's scope.
      context = { rating: paragraphRating, level: context?.rating === paragraphRating ? context.level : 7, columns: null };
      return;
    }
    // A wrapped line a PDF set as a paragraph of its own (a slide's list, its bullets lost, spaced as widely as its items): it carries on the item above.
    const above = rated.at(-1);
    if (context && block.kind === 'paragraph' && above?.index === index - 1 && continuesItem(blockText(blocks[index - 1]!), block.text)) {
      if (above.justification) above.justification = `${above.justification} ${tidy(block.text)}`;
      return;
    }
    // A passage that names its element last ("… In the standard this is 1.2.2."), as a report in plain words cites its codes.
    // Its passages are prose, which ends a list: the title still rates what a passage names, up to the next heading.
    const titled = context ?? passageTitle;
    if (titled && block.kind === 'paragraph') {
      const lines = block.text.split('\n').map(tidy).filter((line) => line !== '');
      const named = lines.length > 0 ? namedElements(lines.at(-1)!) : null;
      if (named) {
        const passage = tidy([...passageSoFar, ...lines.slice(0, -1)].join(' '));
        passageSoFar = [];
        const rating = passage === '' ? null : passageRating(passage, titled.rating);
        if (rating) rated.push(...named.map((code) => ({ code, rating, justification: passage, loc: block.loc, index })));
        return;
      }
      if (codesInText(block.text).length === 0) passageSoFar.push(block.text);
    }
    // Prose after the list ends it: a paragraph of sentences that does not open with a code ("Thanks again … we had 3 partials (1.2.3, …)").
    if (context && block.kind === 'paragraph' && leadingCode(block.text) === null && sentences(block.text).length >= 2 && !LEAD_IN.test(block.text)) {
      context = null;
      return;
    }
    const items = block.kind === 'list' ? placedItems(block) : linesAsItems(blockText(block)).map((text) => ({ text, loc: block.loc }));
    let listedHere = 0;
    for (const [i, { text, loc }] of items.entries()) {
      // "The elements rated Compliance Plus are:" as the first line of the paragraph that lists them.
      const inlineLeadIn = i === 0 && items.length > 1 && block.kind === 'paragraph' ? leadInRating(text) : null;
      if (inlineLeadIn) {
        context = { rating: inlineLeadIn, level: context?.level ?? 7, columns: context?.columns ?? null };
        continue;
      }
      if (context) {
        const found = itemElements(text, context.rating, loc).map((r) => ({ ...r, index }));
        listedHere += found.length;
        rated.push(...found);
      }
    }
    if (listedHere > 0) return;
    const leadIn = leadInRating(blockText(block));
    if (leadIn) context = { rating: leadIn, level: context?.level ?? 7, columns: context?.columns ?? null };
    else if (context && context.level === 7 && block.kind === 'paragraph' && codesInText(block.text).length === 0 && !/^[a-z]/.test(block.text) && !LEAD_IN.test(block.text)) context = null;
  });
  return { rated, tables };
}
