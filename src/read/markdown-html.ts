/**
 * Raw HTML in Markdown, which reports exported from the web or from an online reporting system
 * hold (`<table border="1">…`), read by the walker the Word reader uses (html-blocks.ts), each
 * block at its line in the file.
 *
 * CommonMark ends an HTML block at a blank line, so a table whose lines are parted by blank lines
 * comes as several HTML blocks, perhaps with paragraphs or code between them. It is read from the
 * line of its `<table` to the line of the matching `</table>` as one piece of HTML.
 */
import type { Block } from '../document/model.js';
import { isStackOverflow } from '../errors.js';
import { htmlBlocks } from './html-blocks.js';

const TABLE_TAG = /<(\/?)table\b/gi;

/** Where the tables that a piece of HTML opens are closed, found in one pass over the file's lines. */
export class HtmlTableSpans {
  /** Tables opened less those closed, up to the end of each line (index 0 before line 1). */
  private depth: Int32Array | null = null;
  /** For each index of `depth`, the first later one at which fewer tables are open, or -1. */
  private fewerOpen: Int32Array | null = null;

  constructor(private readonly lines: readonly string[]) {}

  /**
   * The last line of the piece of HTML that starts at line `start` and that CommonMark ended at
   * line `end`: past `end`, to where every table it opened is closed, if they all are.
   */
  pieceEnd(start: number, end: number): number {
    if (!/<table\b/i.test(this.lines.slice(start - 1, end).join('\n'))) return end;
    const depth = (this.depth ??= tableDepths(this.lines));
    const fewerOpen = (this.fewerOpen ??= nextSmaller(depth));
    let at = end;
    while (at >= 0 && depth[at]! > depth[start - 1]!) at = fewerOpen[at]!;
    return at < 0 ? end : Math.max(end, at);
  }
}

/**
 * The blocks of a piece of HTML whose first line is line `firstLine` of the file; where the
 * walker finds no block in it (bare text, `<small>…</small>`, markup nested too deeply to walk),
 * its text without tags, as one paragraph.
 */
export function htmlPieceBlocks(html: string, firstLine: number): Block[] {
  let blocks: Block[] = [];
  try {
    blocks = htmlBlocks(html, (node) => {
      const line = node.position?.start.line;
      return line === undefined ? {} : { line: firstLine + line - 1 };
    });
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
  }
  if (blocks.length > 0) return blocks;
  const text = html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').trim();
  return text ? [{ kind: 'paragraph', text, loc: { line: firstLine } }] : [];
}
function tableDepths(lines: readonly string[]): Int32Array {
  const depth = new Int32Array(lines.length + 1);
  lines.forEach((line, i) => {
    let change = 0;
    if (line.includes('<')) for (const tag of line.matchAll(TABLE_TAG)) change += tag[1] ? -1 : 1;
    depth[i + 1] = depth[i]! + change;
  });
  return depth;
}

/** For each index, the first later index holding a smaller value, or -1: one pass, with a stack. */
function nextSmaller(values: Int32Array): Int32Array {
  const out = new Int32Array(values.length).fill(-1);
  const waiting: number[] = [];
  values.forEach((value, i) => {
    while (waiting.length > 0 && values[waiting.at(-1)!]! > value) out[waiting.pop()!] = i;
    waiting.push(i);
  });
  return out;
}
