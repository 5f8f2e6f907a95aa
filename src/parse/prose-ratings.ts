/**
 * Ratings a report states in prose for the visit it reports: "Element 4.3.5 is now compliant",
 * "elements 1.2.2 and 1.3.2, which were Partially Compliant at that stage, are now Compliant".
 * Only the "now <rating>" shape is read: it is unambiguous about which visit it means.
 */
import type { Rating } from '../schema/report.js';
import { codesInText } from './codes.js';
import { parseRatingCell, ratingMentions } from './ratings.js';
import { sentences } from './text.js';

export interface ProseRating {
  code: string;
  rating: Rating;
  sentence: string;
}

/** The rating a sentence says something now has ("… is now compliant", "are now rated Compliance Plus", "this element is compliant"), and where "is now" stands; null where it says none. */
export function ratedNow(sentence: string): { rating: Rating; index: number } | null {
  // "… has been resolved … and this element is compliant": the element named, in the present tense, is this visit's too.
  const now = /\b(?:(?:is|are)\s+now|(?:this|the)\s+element\s+is(?:\s+now)?)\s+((?:rated|assessed|judged|found)\s+(?:as\s+)?)?/i.exec(sentence);
  if (!now) return null;
  const after = sentence.slice(now.index + now[0].length);
  const first = ratingMentions(after)[0];
  if (first?.index === 0) return { rating: first.rating, index: now.index };
  // "3.3.1 is now rated C: …": after "rated", an abbreviation can only be the rating.
  const word = now[1] ? /^[^\s:;,)]+/.exec(after)?.[0] : undefined;
  const rating = word ? parseRatingCell(word) : null;
  return rating ? { rating, index: now.index } : null;
}

export function nowRatedInProse(text: string): ProseRating[] {
  const found: ProseRating[] = [];
  for (const sentence of sentences(text)) {
    const now = ratedNow(sentence);
    // The codes of its own clause: "The non-compliance in 4.3.2 has been resolved, and 4.3.4 is now rated Compliance Plus" rates 4.3.4 alone.
    const subject = now ? sentence.slice(0, now.index).split(/;|,\s*(?:and|but|while|whereas)\s+/).at(-1)! : '';
    if (now) for (const code of codesInText(subject)) found.push({ code, rating: now.rating, sentence });
  }
  return found;
}

/** "is re-rated from", "was changed from", "has been amended from": a rating said to have been replaced, by the report itself. */
const CHANGED_FROM = /\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?(?:re-?rated|re-?graded|re-?assessed|changed|amended|revised|corrected|upgraded|downgraded|moved)\s+from\s+/gi;

/** An element the report re-rates: the rating it now has and the one it replaces. */
export interface ReRating extends ProseRating {
  replaces: Rating;
}

/**
 * Ratings a report changes in its own words, an addendum or a draft's response: "Element 1.3.4
 * (satisfaction targets) is re-rated from Partial Compliance to Compliance", "2.2.3 was changed
 * from Compliance Plus to Compliance". Both ratings must follow "from" and "to" directly; the
 * codes are those the sentence names before the verb.
 */
export function reRatedInProse(text: string): ReRating[] {
  const found: ReRating[] = [];
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(CHANGED_FROM)) {
      const after = sentence.slice(m.index + m[0].length);
      const [from, to] = ratingMentions(after);
      if (!from || !to || from.index !== 0 || from.rating === to.rating) continue;
      if (!/^\s+to\s+$/i.test(after.slice(from.text.length, to.index))) continue;
      for (const code of codesInText(sentence.slice(0, m.index))) found.push({ code, rating: to.rating, replaces: from.rating, sentence });
    }
  }
  return found;
}

/**
 * Elements prose says keep their rating: "The other partial compliances (1.3.4 and 4.1.2)
 * remain", "1.2.2 and 1.3.2 remain partially compliant". The rating must be tied to the codes,
 * so "Those elements that were Compliant Plus remain key strengths, as well as 1.1.3" is not one.
 */
export function remainingInProse(text: string): ProseRating[] {
  const found: ProseRating[] = [];
  for (const sentence of sentences(text)) {
    for (const m of sentence.matchAll(/\(([^()]+)\)\s*(?:all\s+|both\s+)?remains?\b/gi)) {
      const before = ratingMentions(sentence.slice(0, m.index));
      const rating = before.at(-1);
      if (!rating || sentence.slice(rating.index + rating.text.length, m.index).trim() !== '') continue;
      for (const code of codesInText(m[1]!)) found.push({ code, rating: rating.rating, sentence });
    }
    for (const m of sentence.matchAll(/\bremains?\s+(?:as\s+)?/gi)) {
      const after = ratingMentions(sentence.slice(m.index + m[0].length))[0];
      if (!after || after.index !== 0) continue;
      for (const code of codesInText(sentence.slice(0, m.index))) found.push({ code, rating: after.rating, sentence });
    }
  }
  return found;
}
