/**
 * Elements rated one per line, heading or paragraph, with the rating right after the code:
 * "1.1.1 – Compliance Plus – The Council profiles…", "Element 2.1.4 (Partially Compliant)",
 * "3.2.1 Information – Rating: Compliant", a heading "1.1.1 Customer insight: C+" over the
 * assessor's paragraphs, "1.1.1 We have an in-depth understanding of… -- Green" (the standard's
 * statement, whole or cut short, then the rating). The rating must follow the code (and at most a short title) after a
 * separator, in brackets or under a "Rating:" label; a rating word later in a sentence is not one.
 * A list of codes may share one rating ("2.1.3, 2.1.4 and 2.1.5 – all Compliance"), and a report's
 * numbered notes ("9. 2.1.3 and 2.1.4 – Compliance.") are read a note at a time.
 */
import { type Block, placedItems, type SourceLocation } from '../../document/model.js';
import { codesInText, splitLeadingCode } from '../../parse/codes.js';
import { parseRatingCell, ratingMentions } from '../../parse/ratings.js';
import { restatesStandard } from '../../parse/restates-standard.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';

const LABELLED = /^(?:[^:–—|]{0,60}?[\s–—|-]+)?(?:rating|grade|grading|assessment|outcome|result|judgement|level|compliance level)\s*[:=–-]\s*(.+)$/i;
/** A short title between code and rating: a few words, no sentence. */
const TITLE = /^[^.:;()]{0,60}$/;

export interface CodeLedRating {
  code: string;
  rating: Rating;
  /** The text after the rating: the reason, where one follows. */
  rest: string;
}

/** The rating written right after a code at the start of the text, or null. */
export function codeLedRating(text: string): CodeLedRating | null {
  const opening = splitLeadingCode(tidy(text.replace(/^[•·\-*▪◦]\s*/, '')));
  if (!opening) return null;
  const { code, rest: after } = opening;
  // "(Partially Compliant) reason", "[C+]"
  const bracket = /^[([]\s*([^)\]]{1,30})\s*[)\]]\s*[–—:.-]?\s*(.*)$/.exec(after);
  if (bracket) {
    // "1.1.3 (Partial)": in brackets right after a code, "Partial" alone can only be the rating.
    const rating = parseRatingCell(bracket[1]!) ?? (/^partial(?:ly)?$/i.test(bracket[1]!.trim()) ? 'partial-compliance' : null);
    if (rating) return { code, rating, rest: bracket[2]!.trim() };
  }
  const labelled = LABELLED.exec(after);
  if (labelled) {
    const value = labelled[1]!;
    const first = ratingMentions(value)[0];
    const rating = first && first.index === 0 ? first.rating : parseRatingCell(value.split(/[.;,–—]/)[0]!);
    if (rating) return { code, rating, rest: first && first.index === 0 ? value.slice(first.text.length).replace(/^[\s.;:,–—-]+/, '') : value.replace(/^[^.;,–—]*[.;,–—]\s*/, '') };
  }
  // "– Compliance Plus – reason", "Customer insight: C+", "| PC |"
  const parts = after.split(/\s*(?:[–—|:]|\s-\s)\s*/).filter((p) => p !== '');
  // "– Compliance Plus. The ethnographic study …": the rating as a sentence of its own right after the code, then the reason.
  const sentence = /^([^.]{1,30})\.\s+(\S.*)$/s.exec(parts[0] ?? '');
  const rated = sentence ? parseRatingCell(sentence[1]!) : null;
  if (rated && /^\s*(?:[–—|:]|-\s)/.test(after)) return { code, rating: rated, rest: sentence![2]!.trim() };
  for (let i = 0; i < Math.min(parts.length, 2); i++) {
    const rating = parseRatingCell(parts[i]!);
    if (rating && (i === 0 || TITLE.test(parts[0]!))) {
      const at = after.indexOf(parts[i]!) + parts[i]!.length;
      return withPlusMark({ code, rating, rest: after.slice(at).replace(/^[\s.;:,|–—-]+/, '').trim() });
    }
  }
  return afterStatement(code, after);
}

/** Where a rating may follow the statement it rates: a dash, a bar or a colon with space around it. */
const AFTER_STATEMENT = /\s+(?:--?|[–—|])\s+|:\s+/g;
/** The fewest words of a statement quoted before its rating. */
const MIN_QUOTED_WORDS = 4;

/** "We have an in-depth understanding of… -- Green (reason)": the standard's statement for the code, then the rating. */
function afterStatement(code: string, after: string): CodeLedRating | null {
  for (const m of after.matchAll(AFTER_STATEMENT)) {
    const head = after.slice(0, m.index);
    if (head.split(/\s+/).length < MIN_QUOTED_WORDS || !restatesStandard(code, head.replace(/…|\.\.\.$/, ''))) continue;
    const tail = after.slice(m.index + m[0].length);
    const word = tail.split(/\s*(?:[([–—|:;,.]|\s-\s)\s*/)[0]!;
    const rating = parseRatingCell(word);
    if (rating) return withPlusMark({ code, rating, rest: tail.slice(word.length).replace(/^[\s.;:,|–—-]+/, '').replace(/^\((.*)\)$/, '$1').trim() });
  }
  return null;
}

/**
 * "… – Full compliance – Compliance Plus": compliance plus marked on a fully compliant element
 * (the early wording) is the element's rating; the mark is read off the reason.
 */
function withPlusMark(read: CodeLedRating): CodeLedRating {
  if (read.rating !== 'compliance') return read;
  const mark = /^([^.;:,|–—()]{1,30}?)\s*(?:$|[.;:,|–—]\s*|\s-\s)/.exec(read.rest);
  if (!mark || parseRatingCell(mark[1]!) !== 'compliance-plus') return read;
  return { ...read, rating: 'compliance-plus', rest: read.rest.slice(mark[0].length).trim() };
}

/** "2.1.1 and 2.1.2", "Elements 1.2.1, 1.2.2 and 1.2.3": two or more codes opening a line, and nothing between them but separators. */
const OPENING_CODES = /^(?:elements?\s+)?((?:\d\.\d\.\d)(?:\s*(?:,|&|\band\b)\s*(?:\d\.\d\.\d))+)\s*(?:[–—:|]|\s-\s)\s*(?:(?:all|both|each)\s+)?/i;
/** What may follow the rating of such a line: its end, a full stop and a reason, or "in each case". */
const AFTER_LIST_RATING = /^\s*(?:in\s+(?:each|every|all)\s+cases?|each|all|both)?\s*(?:$|[.;]\s*|\s[–—-]\s)/i;

/**
 * The one rating a line gives every code of the list it opens with: "2.1.1 and 2.1.2 – Compliance.",
 * "Elements 1.2.1, 1.2.2 and 1.2.3: Compliance in each case", "2.1.3, 2.1.4 and 2.1.6 – all
 * Compliance"; null for a single code (codeLedRating's) or anything after the codes but a rating.
 */
function codesLedRating(text: string): { codes: string[]; rating: Rating; rest: string } | null {
  const line = tidy(text.replace(/^[•·\-*▪◦]\s*/, ''));
  const m = OPENING_CODES.exec(line);
  if (!m) return null;
  const codes = codesInText(m[1]!);
  const after = line.slice(m[0].length);
  const first = ratingMentions(after)[0];
  if (!first || first.index !== 0 || codes.length < 2) return null;
  const tail = after.slice(first.text.length);
  const end = AFTER_LIST_RATING.exec(tail);
  return end ? { codes, rating: first.rating, rest: tail.slice(end[0].length).trim() } : null;
}

/** "1. ", "10.", "26)": a note's or list's number at the start of a line, as a PDF's text keeps it. */
const LINE_NUMBER = /^(\d{1,3})[.)]\s*/;

/**
 * A paragraph's lines as its numbered notes or items ("1. 1.1.1 – Compliance." over "2. 1.1.2 –
 * Compliance Plus. The ethnographic …"), each without its number, a line that carries no next
 * number joined to the item above; null where the lines are not numbered 1, 2, 3 … in turn. The
 * number is told from a code by the count: "10.2.2.1" after note 9 is note 10 and element 2.2.1.
 */
function numberedLines(text: string): string[] | null {
  const lines = text.split('\n');
  const items: string[] = [];
  let next: number | null = null;
  for (const line of lines) {
    const m = LINE_NUMBER.exec(line.trim());
    // "2.1.1 – Compliance" opens with a code, not with note 2: a number is one only where a code follows it or none is read without it.
    const isNumber = m !== null && (opensWithCode(line.trim().slice(m[0].length)) || splitLeadingCode(line.trim()) === null);
    const n = m && isNumber ? Number(m[1]) : null;
    if (n !== null && (next === null || n === next)) {
      items.push(line.trim().slice(m![0].length));
      next = n + 1;
    } else if (items.length > 0) {
      items[items.length - 1] = `${items.at(-1)} ${line.trim()}`;
    } else {
      return null;
    }
  }
  if (items.length >= 2) return items;
  // One item alone: its number is one only where a space parts it from the code ("1. 1.1.1 – Compliance."; "2.1.1.3" may be an evidence point).
  const one = /^\d{1,3}[.)]\s+(?=\S)/.exec(text.trim());
  return one && items.length === 1 && opensWithCode(items[0]!) ? items : null;
}

/** A paragraph's lines as items where two or more open with a code ("2.1.1 – Compliance." over "3.1.1 – Compliance Plus."), a line that opens with none carrying on the item above; null otherwise. */
function codeLines(text: string): string[] | null {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2 || !opensWithCode(lines[0]!)) return null;
  const items: string[] = [];
  for (const line of lines) {
    if (opensWithCode(line)) items.push(line);
    else items[items.length - 1] = `${items.at(-1)} ${line}`;
  }
  return items.length >= 2 ? items : null;
}

function opensWithCode(text: string): boolean {
  return splitLeadingCode(text) !== null || OPENING_CODES.test(text);
}

/** Pieces of a line that each pair a code with its rating ("E1.1.1 C · E1.1.2 C+ · E1.1.3 C"). */
const PAIR_SEPARATOR = /\s+[·•|]\s+|\s*;\s*/;

/**
 * A line of several codes each with its rating and nothing else: every piece must be a code and
 * a rating alone, so a sentence that mentions codes and ratings is not read as one.
 */
function runOfPairs(text: string): CodeLedRating[] {
  return text.split('\n').flatMap((line) => {
    const pieces = line.split(PAIR_SEPARATOR).filter((p) => p.trim() !== '');
    if (pieces.length < 2) return [];
    const pairs = pieces.map(codeLedRating);
    return pairs.every((p) => p !== null && p.rest === '') ? (pairs as CodeLedRating[]) : [];
  });
}

/** Every element rated by a line, heading or paragraph that opens with its code and rating, or by a line of codes each with its rating. */
export function codeLedRatings(blocks: readonly Block[]): RatedElement[] {
  const rated: RatedElement[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'table') return;
    if (block.kind === 'heading') {
      const run = runOfPairs(block.text);
      if (run.length > 0) {
        rated.push(...run.map(({ code, rating }) => ({ code, rating, justification: null, loc: block.loc, index })));
        return;
      }
      const found = codeLedRating(block.text);
      if (!found) return;
      // A heading's reason is the prose under it, up to the next heading or table.
      const reason: string[] = found.rest ? [found.rest] : [];
      for (let i = index + 1; i < blocks.length && blocks[i]!.kind !== 'heading' && blocks[i]!.kind !== 'table'; i++) {
        const next = blocks[i]!;
        if (next.kind === 'paragraph' && !codeLedRating(next.text)) reason.push(next.text);
        else break;
      }
      rated.push({ code: found.code, rating: found.rating, justification: tidy(reason.join(' ')) || null, loc: block.loc, index });
      return;
    }
    // A paragraph of numbered lines (a PDF's notes or list, its numbers kept), or of lines that open with codes, is read an item at a time.
    const numbered = block.kind === 'paragraph' ? (numberedLines(block.text) ?? codeLines(block.text)) : null;
    const lines: { text: string; loc: SourceLocation }[] =
      block.kind === 'list' ? placedItems(block) : numbered ? numbered.map((text) => ({ text, loc: block.loc })) : [{ text: block.text, loc: block.loc }];
    for (const { text, loc } of lines) {
      const run = runOfPairs(text);
      // A list of codes first: "1.3.3, 1.3.4 and 1.3.5 – Compliance" would read as 1.3.3 titled ", 1.3.4 and 1.3.5".
      const listed = run.length > 0 ? null : codesLedRating(text);
      const found = run.length > 0 || listed ? null : codeLedRating(text);
      if (found) rated.push({ code: found.code, rating: found.rating, justification: found.rest || null, loc, index });
      else if (listed) rated.push(...listed.codes.map((code) => ({ code, rating: listed.rating, justification: listed.rest || null, loc, index })));
      else rated.push(...run.map(({ code, rating }) => ({ code, rating, justification: null, loc, index })));
    }
  });
  return rated;
}
