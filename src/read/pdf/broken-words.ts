/**
 * Words a narrow table column broke inside, joined back. A word processor breaks a word wider
 * than its cell wherever the cell ends ("Deliv" / "ery", or "D" / "eli" / "ve" / "ry" in seed
 * 001's Section A), and a PDF keeps only the lines. Pieces on consecutive lines of a cell are
 * joined into one word when that word is known (the document writes it whole elsewhere, it is a
 * word of CSE tables: known-words.ts, or an English word: english-words.ts) and at least one
 * piece is not a known word: "Deliv" + "ery" becomes "Delivery", "apprenticeshi" + "ps"
 * "apprenticeships", while "can" / "not" and "Compliance" / "Plus" stay two words. A word none of
 * them knows stays as it was (a line break, later read as a space): a miss is better than a guess.
 */
import { blockText, type Block } from '../../document/model.js';
import { isEnglishWord } from './english-words.js';
import { KNOWN_WORDS } from './known-words.js';

const WORD = /\p{L}+/gu;
const LEADING = /^\p{L}+/u;
const TRAILING = /\p{L}+$/u;
const ONE_WORD = /^\p{L}+$/u;

const tokens = (text: string) => text.match(WORD) ?? [];

/** The words the document writes whole (everywhere but at the ends of a wrapped cell's lines), and CSE's. */
function vocabulary(blocks: readonly Block[]): Set<string> {
  const words = new Set<string>(KNOWN_WORDS);
  const add = (list: readonly string[]) => {
    for (const word of list) words.add(word.toLowerCase());
  };
  for (const block of blocks) {
    if (block.kind !== 'table') {
      add(tokens(blockText(block)));
      continue;
    }
    for (const row of block.rows) {
      for (const cell of row.cells) {
        const lines = cell.split('\n');
        if (lines.length === 1) add(tokens(cell));
        else for (const line of lines) add(tokens(line).slice(1, -1));
      }
    }
  }
  return words;
}

/**
 * A cell's lines with each line-ending hyphen joined to the next line: dropped where it broke a
 * word the document writes whole elsewhere ("dedi-" / "cated", a soft hyphen drawn as a plain
 * one), kept otherwise ("Non-" / "Compliance", "community-" / "led").
 */
function joinHyphenated(lines: readonly string[], known: (piece: string) => boolean): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const head = last !== undefined && /\p{L}-$/u.test(last) ? TRAILING.exec(last.slice(0, -1))?.[0] : undefined;
    const tail = LEADING.exec(line)?.[0];
    if (head === undefined || !tail) {
      out.push(line);
      continue;
    }
    // Broken only where the document writes the joined word whole elsewhere. A soft hyphen a word
    // processor drew as a plain one ("dedi-" / "cated") cannot be told from a compound's own
    // ("community-" / "led", "thank-" / "you") without a dictionary: the hyphen is kept, and no
    // two words are ever run together.
    const broken = /^\p{Ll}/u.test(tail) && known(head + tail) && !(known(head) && known(tail));
    out[out.length - 1] = broken ? last!.slice(0, -1) + line : last! + line;
  }
  return out;
}

/** Word ends a narrow cell pushes onto a line of their own: one letter, or a common two-letter suffix. */
const STRANDED_END = /^(?:[b-hj-z]|ed|es|er|ly|ty|ry|al|ts|ns|ds|nd|st|nt|ce|se|te|le|gs|rs)$/;
/** Short words a line may start with; any other one or two lower-case letters there are the end of the word above. */
const SHORT_WORDS = new Set(['a', 'i', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'us', 'we', 'am', 'ok', 'eg', 'ie']);

/** "circumstance" / "s removed", "independentl" / "y evaluated": a word's last letters pushed onto the next line of a narrow cell. */
function joinStrandedEnds(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    const end = /^(\p{Ll}{1,2})(?=\s|[.,;:)]|$)/u.exec(line)?.[1];
    // "… temporary accommodation" / ". Partners and …": punctuation a narrow cell pushed to the next line belongs to the word above.
    if (last !== undefined && /^[.,;:!?)]/.test(line) && /[\p{L}\d)]$/u.test(last)) out[out.length - 1] = last + line;
    else if (last !== undefined && end && STRANDED_END.test(end) && !SHORT_WORDS.has(end) && /\p{L}$/u.test(last)) out[out.length - 1] = last + line;
    else out.push(line);
  }
  return out;
}

function rejoinCell(cell: string, words: ReadonlySet<string>): string {
  // A cell of one line has no broken word (most cells).
  if (!cell.includes('\n')) return cell.trim();
  const known = (piece: string) => words.has(piece.toLowerCase());
  // A hyphen's pieces are joined on the document's words alone: English knows "cooperation", but
  // the report may well have written "co-operation".
  const knownAnywhere = (piece: string) => known(piece) || isEnglishWord(piece);
  // A piece counts as a word of its own only if the document writes it, or English has it and it
  // is not one of the list's rare short words: SCOWL knows "ure" (archaic), and "Cult" / "ure" is
  // "Culture" broken, not two words.
  const aWordOfItsOwn = (piece: string) => known(piece) || (piece.length > 3 && isEnglishWord(piece));
  const lines = joinStrandedEnds(
    joinHyphenated(
      cell.split('\n').map((line) => line.trim()),
      known,
    ),
  );
  if (lines.length < 2) return lines.join('\n');
  const out = [lines[0]!];
  let next = 1;
  while (next < lines.length) {
    const head = TRAILING.exec(out.at(-1)!)?.[0];
    // A word can run on over lines that are each one piece of it, and end at the start of a line.
    let reach = next;
    while (reach + 1 < lines.length && ONE_WORD.test(lines[reach]!)) reach += 1;
    let end = -1;
    for (let e = reach; head && e >= next && end < 0; e -= 1) {
      const tail = LEADING.exec(lines[e]!)?.[0];
      if (!tail) continue;
      const pieces = [head, ...lines.slice(next, e), tail];
      if (knownAnywhere(pieces.join('')) && !pieces.every(aWordOfItsOwn)) end = e;
    }
    if (end < 0) {
      out.push(lines[next]!);
      next += 1;
    } else {
      out[out.length - 1] += lines.slice(next, end + 1).join('');
      next = end + 1;
    }
  }
  return out.join('\n');
}

export function rejoinBrokenWords(blocks: Block[]): Block[] {
  if (!blocks.some((b) => b.kind === 'table' && b.rows.some((row) => row.cells.some((cell) => cell.includes('\n'))))) return blocks;
  const words = vocabulary(blocks);
  return blocks.map((block) =>
    block.kind === 'table' ? { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map((cell) => rejoinCell(cell, words)) })) } : block,
  );
}
