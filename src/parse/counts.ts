/**
 * Rating counts stated in prose: "ten of the fifty seven criteria we were assessed as
 * Compliance Plus", "There were two Partial Compliances and no non-compliances", "securing full
 * compliance across all 57 criteria". Only these shapes are read; anything looser is left alone.
 */
import type { Rating } from '../schema/report.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';
import { ratingMentions } from './ratings.js';
import { sentences } from './text.js';

export interface StatedCount {
  rating: Rating;
  count: number;
  sentence: string;
}

const ALL_ELEMENTS = String.raw`(?:57|fifty[\s-]seven)`;

export function countsInProse(text: string): StatedCount[] {
  const counts: StatedCount[] = [];
  for (const sentence of sentences(text)) {
    if (new RegExp(String.raw`\bfull\s+compliance\s+(?:across|in|against|with|for|on)\s+all\s+(?:the\s+)?${ALL_ELEMENTS}\b`, 'i').test(sentence)) {
      counts.push({ rating: 'non-compliance', count: 0, sentence }, { rating: 'partial-compliance', count: 0, sentence });
    }
    for (const mention of ratingMentions(sentence)) {
      const before = sentence.slice(0, mention.index);
      // "two Partial Compliances", "14 new compliance plus"
      const adjacent = new RegExp(String.raw`(?:^|[^\w-])(${NUMBER_PATTERN}|no)\s+(?:new\s+|additional\s+|further\s+)?$`, 'i').exec(before);
      // "ten of the fifty seven criteria we were assessed as Compliance Plus"
      const ofAll = new RegExp(String.raw`(?:^|[^\w-])(${NUMBER_PATTERN})\s+of\s+the\s+${ALL_ELEMENTS}\b(?:(?!\b(?:and|but)\b)[^;:])*?\b(?:as|were|was|rated|awarded|judged)\b[^;:]*$`, 'i').exec(before);
      const match = adjacent ?? ofAll;
      if (!match) continue;
      const count = parseNumber(match[1]!);
      if (count === null) continue;
      counts.push({ rating: mention.rating, count, sentence });
    }
  }
  return counts;
}
