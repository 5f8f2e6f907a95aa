/**
 * Words a narrow table column broke inside, joined back. A word processor breaks a word wider
 * than its cell wherever the cell ends ("Deliv" / "ery", or "D" / "eli" / "ve" / "ry" in seed
 * 001's Section A), and a PDF keeps only the lines. Pieces on consecutive lines of a cell are
 * joined into one word when the document writes that word whole elsewhere and at least one
 * piece is not a word it writes: "Deliv" + "ery" becomes "Delivery", while "can" / "not" and
 * "Compliance" / "Plus" stay two words. A word the document never writes whole stays as it was
 * (a line break, later read as a space): a miss is better than a guess.
 */
import { blockText, type Block } from '../../document/model.js';

const WORD = /\p{L}+/gu;
const LEADING = /^\p{L}+/u;
const TRAILING = /\p{L}+$/u;
const ONE_WORD = /^\p{L}+$/u;

const tokens = (text: string) => text.match(WORD) ?? [];

/** The words the document writes whole: everywhere but at the ends of a wrapped cell's lines. */
function vocabulary(blocks: readonly Block[]): Set<string> {
  const words = new Set<string>();
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

function rejoinCell(cell: string, words: ReadonlySet<string>): string {
  const lines = cell.split('\n').map((line) => line.trim());
  if (lines.length < 2) return cell;
  const known = (piece: string) => words.has(piece.toLowerCase());
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
      if (known(pieces.join('')) && !pieces.every(known)) end = e;
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
