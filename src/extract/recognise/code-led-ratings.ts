/**
 * Elements rated one per line, heading or paragraph, with the rating right after the code:
 * "1.1.1 – Compliance Plus – The Council profiles…", "Element 2.1.4 (Partially Compliant)",
 * "3.2.1 Information – Rating: Compliant", a heading "1.1.1 Customer insight: C+" over the
 * assessor's paragraphs, "1.1.1 We have an in-depth understanding of… -- Green" (the standard's
 * statement, whole or cut short, then the rating). The rating must follow the code (and at most a short title) after a
 * separator, in brackets or under a "Rating:" label; a rating word later in a sentence is not one.
 */
import { type Block, placedItems, type SourceLocation } from '../../document/model.js';
import { splitLeadingCode } from '../../parse/codes.js';
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
  for (let i = 0; i < Math.min(parts.length, 2); i++) {
    const rating = parseRatingCell(parts[i]!);
    if (rating && (i === 0 || TITLE.test(parts[0]!))) {
      const at = after.indexOf(parts[i]!) + parts[i]!.length;
      return { code, rating, rest: after.slice(at).replace(/^[\s.;:,|–—-]+/, '').trim() };
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
    if (rating) return { code, rating, rest: tail.slice(word.length).replace(/^[\s.;:,|–—-]+/, '').replace(/^\((.*)\)$/, '$1').trim() };
  }
  return null;
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
    const lines: { text: string; loc: SourceLocation }[] =
      block.kind === 'list' ? placedItems(block) : [{ text: block.text, loc: block.loc }];
    for (const { text, loc } of lines) {
      const run = runOfPairs(text);
      const found = run.length > 0 ? null : codeLedRating(text);
      if (found) rated.push({ code: found.code, rating: found.rating, justification: found.rest || null, loc, index });
      else rated.push(...run.map(({ code, rating }) => ({ code, rating, justification: null, loc, index })));
    }
  });
  return rated;
}
