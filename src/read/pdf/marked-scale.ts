/**
 * The rating scale printed whole in a row ("C+  C  PC  NC") with the awarded rating in a bold
 * font: the plain words are dropped, so the row holds the marked rating alone (see
 * ../marked-rating.ts). Read from the fragments of one line, set close together as one cell's are.
 */
import { markedRatingOfScale } from '../marked-rating.js';
import type { Fragment } from './fragments.js';

/** Fragments further apart than this many font sizes are not one cell's words. */
const MAX_GAP = 3;
/** Baselines closer than this many font sizes are one line. */
const SAME_LINE = 0.3;

const isRatingWords = (text: string) => /^\s*(?:C\+?|PC|NC|CP)(?:\s+(?:C\+?|PC|NC|CP))*\s*$/i.test(text);

/** The fragments without the plain words of a scale whose one bold word marks the rating. */
export function withMarkedRatingsOnly(fragments: readonly Fragment[]): Fragment[] {
  const dropped = new Set<Fragment>();
  const candidates = fragments.filter((f) => isRatingWords(f.text));
  const lines: Fragment[][] = [];
  for (const f of candidates) {
    const line = lines.find((l) => Math.abs(l[0]!.y - f.y) <= SAME_LINE * Math.max(f.size, l[0]!.size));
    if (line) line.push(f);
    else lines.push([f]);
  }
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    // Runs of rating words set close together: one cell each.
    let run: Fragment[] = [];
    const flush = () => {
      const marked = run.length > 1 ? markedRatingOfScale(run.map((f) => ({ text: ` ${f.text} `, marked: f.bold }))) : null;
      if (marked !== null) for (const f of run) if (!f.bold) dropped.add(f);
      run = [];
    };
    for (const f of line) {
      const last = run[run.length - 1];
      if (last && f.x - last.right > MAX_GAP * f.size) flush();
      run.push(f);
    }
    flush();
  }
  return dropped.size === 0 ? [...fragments] : fragments.filter((f) => !dropped.has(f));
}
