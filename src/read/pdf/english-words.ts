/**
 * English words (SCOWL's list, British and American spellings, from the `word-list` package), for
 * telling a word a narrow cell broke without a hyphen ("apprenticeshi" / "ps") from two words.
 * The list is 2.6 MB: it is read only when a cell's pieces are not settled by the document's own
 * words, once per process, and searched in place (binary search over its sorted lines) rather than
 * split into a set, which would cost five times as long to build as the read itself.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let list: string | undefined;

function lineAt(text: string, at: number): [start: number, end: number] {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return [start, end < 0 ? text.length : end];
}

/** Whether `word` (any case) is an English word. */
export function isEnglishWord(word: string): boolean {
  const wanted = word.toLowerCase();
  if (!/^[a-z]+$/.test(wanted)) return false;
  // A table's cells ask of the same pieces again and again: each is looked up once while in use.
  const known = ANSWERS.get(wanted);
  if (known !== undefined) return known;
  if (ANSWERS.size >= ANSWER_CACHE) ANSWERS.clear();
  const answer = inList(wanted);
  ANSWERS.set(wanted, answer);
  return answer;
}

/** Words whose answer is kept: more than a long report's tables ask of, few enough to hold little memory. */
const ANSWER_CACHE = 8192;
const ANSWERS = new Map<string, boolean>();

function inList(wanted: string): boolean {
  list ??= readFileSync(wordListPath, 'latin1');
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const [start, end] = lineAt(list, (lo + hi) >> 1);
    const line = list.slice(start, end);
    if (line === wanted) return true;
    // The list is sorted but for a pair or two out of place; a word near them may be missed, which only keeps pieces apart.
    if (line < wanted) lo = end + 1;
    else hi = start;
  }
  return false;
}
