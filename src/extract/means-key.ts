/**
 * A key that gives each rating a plain word of the report's own and says what it means, one
 * word to a line or a cell: "Very good" over "This means Compliance Plus.", "Needs to get better –
 * this means Partial Compliance" (an Easy Read report, a report written for the public). The word
 * may stand on the line before, or be the short title just above where a picture's symbol or
 * text came between (a print sets the key's pictures beside its words).
 *
 * It is a key only where two or more words mean different ratings and no word means two.
 */
import { textsOf, type Block } from '../document/model.js';
import { parseRatingCell } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';
import type { Rating } from '../schema/report.js';

/** "This means Compliance Plus.", "It means Partial Compliance", "means: Compliance". */
const MEANS = /^(?:(?:this|that|it|which)\s+)?means\s*:?\s*(.+?)\s*\.?$/i;
/** "Very good – this means Compliance Plus": the word and its meaning on one line. */
const WORD_MEANS = /^(.+?)\s*(?:[–—:-]|\.)\s*(?:this|that|it|which)\s+means\s*:?\s*(.+?)\s*\.?$/i;
/** A key's word: a few words of letters, not a sentence. */
const KEY_WORD = /^[\p{L}][\p{L}'’ -]{0,28}[\p{L}]$/u;
const MAX_KEY_WORDS = 4;
/** A picture's description ("[Picture: a star]", "[Image of a tick]") or its symbol alone: not the key's word. */
const PICTURE = /^\s*\[(?:picture|image|photo|symbol|icon)\b[^\]]*\]?\s*$|^[^\p{L}\p{N}]+$/iu;

const MEANS_WORD = /\bmeans\b/i;

const isKeyWord = (text: string) => KEY_WORD.test(text) && text.split(/\s+/).length <= MAX_KEY_WORDS && parseRatingCell(text) === null;

/** The words a report's plain-words key gives the ratings, lower case; empty where it gives none. */
export function meansKeyIn(blocks: readonly Block[]): Map<string, Rating> {
  if (!blocks.some((block) => textsOf(block).some((text) => MEANS_WORD.test(text)))) return new Map();
  const pairs: { word: string; rating: Rating }[] = [];
  // The last text that could be a key's word, before the line being read (a title above, a line before).
  let before: string | null = null;
  for (const block of blocks) {
    for (const text of textsOf(block)) {
      const lines = text.split('\n').map(tidy).filter((line) => line !== '');
      if (block.kind === 'table') before = null;
      for (const line of lines) {
        const one = WORD_MEANS.exec(line);
        const oneRating = one && isKeyWord(one[1]!) ? parseRatingCell(one[2]!) : null;
        if (oneRating) {
          pairs.push({ word: one![1]!.toLowerCase(), rating: oneRating });
          before = null;
          continue;
        }
        const means = MEANS.exec(line);
        const rating = means ? parseRatingCell(means[1]!) : null;
        if (rating && before) {
          pairs.push({ word: before.toLowerCase(), rating });
          before = null;
          continue;
        }
        if (PICTURE.test(line)) continue;
        before = isKeyWord(line) ? line : null;
      }
    }
  }
  const key = new Map<string, Rating>();
  const conflicting = new Set<string>();
  for (const { word, rating } of pairs) {
    if (key.has(word) && key.get(word) !== rating) conflicting.add(word);
    key.set(word, rating);
  }
  for (const word of conflicting) key.delete(word);
  const ratings = [...key.values()];
  if (new Set(ratings).size < 2 || new Set(ratings).size !== ratings.length) return new Map();
  return key;
}
