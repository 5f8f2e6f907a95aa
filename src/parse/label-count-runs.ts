/**
 * Counts given as a run of labels each followed by its number, as a web page's filter chips or tabs
 * print: "All 57 · Compliance Plus 4 · Compliance 51 · Partial Compliance 2 · Non-Compliance 0",
 * "All 57 | C+ 4 | C 51 | PC 2 | NC 0", and the same with the chips' borders lost to spaces alone.
 * Without separators such a run reads as well the other way ("57 Compliance Plus", "4 Compliance"),
 * one count shifted onto each rating: a run that opens with a label and closes with a number can
 * only be label then number, for read number first it would leave a label with no number before
 * it and a number with no label after it. A label that is no rating ("All 57", "Total 57") is a
 * total or a filter, never a rating's count.
 */
import type { Rating } from '../schema/report.js';
import { parseRatingCell } from './ratings.js';

export interface LabelCount {
  rating: Rating;
  count: number;
  /** The label as written ("Compliance Plus", "PC"). */
  words: string;
}

/** One chip: a label, then its number (no code, no decimal, no year), then a separator or the end. */
const CHIP = /\s*([^\d|·•,;/]+?)\s*[:=]?\s*(\d{1,2})(?![\d.]|\s*%)(?=\s|$|[|·•,;/])\s*(?:[|·•,;/]\s*)?/y;
/** A chip's label that is no rating: a word or three ("All", "Total", "Not rated"). */
const OTHER_LABEL = /^\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}$/u;
/** The fewest ratings a run counts: one rating and its number is no run. */
const MIN_RATINGS = 2;

/** The ratings' counts of a text that is only a run of label–number chips, or null for any other text. */
export function labelCountRun(text: string): LabelCount[] | null {
  const trimmed = text.trim();
  if (!/\d\s*$/.test(trimmed) || /^\d/.test(trimmed)) return null;
  const counts: LabelCount[] = [];
  let others = 0;
  CHIP.lastIndex = 0;
  while (CHIP.lastIndex < trimmed.length) {
    const m = CHIP.exec(trimmed);
    if (!m) return null;
    const label = m[1]!.trim();
    const rating = parseRatingCell(label);
    if (rating) {
      if (counts.some((c) => c.rating === rating)) return null;
      counts.push({ rating, count: Number(m[2]), words: label });
    } else if (OTHER_LABEL.test(label)) others++;
    else return null;
  }
  // Chips count by rating: a run mostly of other labels is something else's (dates, pages, sections).
  return counts.length >= MIN_RATINGS && others <= counts.length ? counts : null;
}
