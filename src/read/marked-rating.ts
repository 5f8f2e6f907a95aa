/**
 * A rating scale printed whole with the awarded rating marked by type only: "C+  C  PC  NC" with
 * one word bold (and perhaps underlined or shaded), the others plain or grey. The text alone names
 * every rating; only the mark says which was awarded. Shared by the readers that keep the type of
 * a run, so such a paragraph reaches the document model as the marked rating alone.
 */
import { parseRatingCell } from '../parse/ratings.js';

export interface TypedRun {
  text: string;
  /** Set apart by type (bold) from the runs around it. */
  marked: boolean;
}

/**
 * The marked rating's text when the runs, together, are nothing but rating words naming three or
 * more ratings (the scale, not an old rating beside a new one) and the marked runs, together, are exactly one of those words; null otherwise (a
 * sentence, a single rating, no mark, or marks on several words: none of them is a choice).
 */
export function markedRatingOfScale(runs: readonly TypedRun[]): string | null {
  // Every paragraph and cell of a document comes here: the cheap tests first, each word parsed only while all are ratings.
  if (!runs.some((r) => r.marked)) return null;
  const words = runs.map((r) => r.text).join('').trim().split(/\s+/);
  if (words.length < 3) return null;
  const ratings = new Set();
  for (const word of words) {
    const rating = parseRatingCell(word);
    if (rating === null) return null;
    ratings.add(rating);
  }
  if (ratings.size < 3) return null;
  const marked = runs
    .filter((r) => r.marked)
    .map((r) => r.text)
    .join('')
    .trim();
  if (marked === '' || /\s/.test(marked) || !words.includes(marked)) return null;
  return words.filter((w) => w === marked).length === 1 ? marked : null;
}
