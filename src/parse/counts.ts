/**
 * Rating counts stated in prose: "ten of the fifty seven criteria we were assessed as
 * Compliance Plus", "There were two Partial Compliances and no non-compliances", "securing full
 * compliance across all 57 criteria", "four partial compliances were identified in Criterion 4".
 * Only these shapes are read; anything looser is left alone. A limit ("the maximum of three
 * partial compliances allowed") is not a count, nor is a count placed in another visit before it
 * is given ("From a start of 2 compliance plus …").
 */
import type { Rating } from '../schema/report.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';
import { aboutOtherVisitBefore } from './other-visit.js';
import { ratingMentions } from './ratings.js';
import { sentences } from './text.js';

export interface StatedCount {
  rating: Rating;
  count: number;
  /** The one criterion the sentence counts in ("in Criterion 4"), or null for the whole standard. */
  criterion: number | null;
  sentence: string;
}

const ALL_ELEMENTS = String.raw`(?:57|fifty[\s-]seven)`;
const ALL_FULL = new RegExp(String.raw`\bfull\s+compliance\s+(?:across|in|against|with|for|on)\s+all\s+(?:the\s+)?${ALL_ELEMENTS}\b`, 'i');
/** "two Partial Compliances", "14 new compliance plus": the number just before the rating. */
const ADJACENT = new RegExp(String.raw`(?:^|[^\w-])(${NUMBER_PATTERN}|no)\s+(?:new\s+|additional\s+|further\s+)?$`, 'i');
/** "ten of the fifty seven criteria we were assessed as Compliance Plus", "none of the 57 elements were …" */
const OF_ALL = new RegExp(String.raw`(?:^|[^\w-])(${NUMBER_PATTERN}|none)\s+of\s+the\s+${ALL_ELEMENTS}\b(?:(?!\b(?:and|but)\b)[^;:])*?\b(?:as|were|was|rated|awarded|judged)\b[^;:]*$`, 'i');
const LIMIT = /\b(?:maximum|at most|allowed|permitted|tolerance|no more than|limit)\b/i;

/** The criterion a sentence is about, when it names exactly one ("in Criterion 4 Delivery"). */
function criterionNamed(sentence: string): number | null {
  const named = new Set([...sentence.matchAll(/\bcriteri(?:on|a)\s+([1-5])\b/gi)].map((m) => Number(m[1])));
  return named.size === 1 ? [...named][0]! : null;
}

export function countsInProse(text: string): StatedCount[] {
  const counts: StatedCount[] = [];
  for (const sentence of sentences(text)) {
    if (LIMIT.test(sentence)) continue;
    const criterion = criterionNamed(sentence);
    const all = ALL_FULL.exec(sentence);
    if (all && !aboutOtherVisitBefore(sentence, all.index)) {
      counts.push({ rating: 'non-compliance', count: 0, criterion: null, sentence }, { rating: 'partial-compliance', count: 0, criterion: null, sentence });
    }
    for (const mention of ratingMentions(sentence)) {
      const before = sentence.slice(0, mention.index);
      const adjacent = ADJACENT.exec(before);
      const ofAll = adjacent ? null : OF_ALL.exec(before);
      const match = adjacent ?? ofAll;
      if (!match || aboutOtherVisitBefore(sentence, match.index)) continue;
      const count = parseNumber(match[1]!);
      if (count === null) continue;
      counts.push({ rating: mention.rating, count, criterion: adjacent ? criterion : null, sentence });
    }
  }
  return counts;
}
