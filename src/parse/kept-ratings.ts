/**
 * A report that lists only what changed: "Every element not listed in the change log keeps the
 * rating given at the 2018 reassessment", with that visit's position restated ("Compliance Plus
 * in 1.1.3, 2.2.2 and 4.3.4; Partial Compliance in 1.2.3 and 5.2.2; all other elements
 * Compliance"). With both, an element this visit does not rate has the earlier rating (derived);
 * with either missing, nothing is assumed.
 */
import type { Rating } from '../schema/report.js';
import { allElementCodes } from '../standard/catalogue.js';
import { codesInText } from './codes.js';
import { ratingMentions } from './ratings.js';
import { sentences, tidy } from './text.js';

/** "Every element not listed keeps the rating given at …", "All other elements retain the ratings awarded at the previous assessment". */
const KEPT =
  /\b(?:every|each|any|all)\s+(?:other\s+)?elements?\b[^.;]{0,80}?\b(?:keeps?|retains?|stays?\s+at|remains?\s+at|carr(?:y|ies)\s+forward)\s+(?:the|its|their)\s+(?:ratings?|gradings?|scores?)\s+(?:given|awarded|recorded|agreed|made)?\s*(?:at|in|from)\b/i;
/** "Ratings not shown here are unchanged from the 2018 reassessment". */
const UNCHANGED = /\b(?:ratings?|elements?)\s+not\s+(?:listed|shown|named|mentioned|included)\b[^.;]{0,60}?\b(?:are|is)\s+unchanged\s+(?:from|since)\b/i;

export function statesRatingsKept(text: string): boolean {
  return sentences(text).some((s) => KEPT.test(s) || UNCHANGED.test(s));
}

/** "all other elements Compliance", "the rest compliant": the rating of every element a list does not name. */
const REST = /^(?:and\s+)?(?:all|the)\s+(?:other|remaining)\s+(?:\d{1,2}\s+)?elements?\b|^(?:and\s+)?the\s+rest\b/i;

/**
 * The rating of every element, from a sentence that gives a visit's whole position: a rating and
 * its codes in each clause ("Compliance Plus in 1.1.3, 2.2.2 and 4.3.4"), and a clause for all the
 * others. Null where a clause is anything else, a code is named twice, or no clause covers the rest.
 */
export function wholePosition(sentence: string): Map<string, Rating> | null {
  const clauses = sentence.replace(/\.$/, '').split(/\s*;\s*/);
  const ratings = new Map<string, Rating>();
  let rest: Rating | null = null;
  for (const [i, clause] of clauses.entries()) {
    // A title may lead the first clause: "Reassessment, September 2018 (report dated …): Compliance Plus in …".
    const text = (i === 0 ? clause.replace(/^[^;]*?:\s+(?=\S)/, (lead) => (ratingMentions(lead).length === 0 ? '' : lead)) : clause).trim();
    const restClause = REST.exec(text);
    const mentions = ratingMentions(restClause ? text.slice(restClause[0].length) : text);
    if (mentions.length !== 1) return null;
    const rating = mentions[0]!.rating;
    if (restClause) {
      if (rest !== null || codesInText(text).length > 0) return null;
      rest = rating;
      continue;
    }
    if (mentions[0]!.index !== 0) return null;
    const after = text.slice(mentions[0]!.text.length);
    if (!/^\s*(?:in|for|at|on|:|–|-)\s/i.test(after)) return null;
    const codes = codesInText(after);
    if (codes.length === 0) return null;
    for (const code of codes) {
      if (ratings.has(code)) return null;
      ratings.set(code, rating);
    }
  }
  if (rest === null || ratings.size === 0) return null;
  for (const code of allElementCodes()) if (!ratings.has(code)) ratings.set(code, rest);
  return ratings;
}

/** The one whole position some text gives; null where it gives none, or two that differ. */
export function wholePositionIn(text: string): Map<string, Rating> | null {
  let found: Map<string, Rating> | null = null;
  // Split at full stops only: the clauses of a position are parted by semicolons, which sentences() splits at.
  for (const sentence of tidy(text).split(/(?<=[.!?])\s+(?=[A-Z])/)) {
    const position = wholePosition(sentence);
    if (!position) continue;
    if (found && [...found].some(([code, rating]) => position.get(code) !== rating)) return null;
    found = position;
  }
  return found;
}
