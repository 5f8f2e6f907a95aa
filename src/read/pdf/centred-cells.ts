/**
 * Cells set in the middle of their row. HTML centres a table cell's text vertically, so a
 * one-line label beside a two-line value prints between the value's lines, half a line from
 * each ("Continuation Visit 2 (the second … certification" / "Visit type" / "cycle)"). No two
 * lines of running text are that close: a line so set, beside rather than under the lines round
 * it, joins the line above as a cell of the same row. Only a line of one cell between lines of one
 * cell each: a line of several cells anchors its row, and the table finder places the rest.
 */
import { COLUMN_GAP, lineOf, pieceCount, type TextLine } from './fragments.js';

/** Closer than this many type sizes to the lines above and below, a line sits beside them. */
const HALF_LINE = 0.7;

const apart = (a: TextLine, b: TextLine, gap: number) => a.right + gap <= b.x || b.right + gap <= a.x;
const sameSize = (a: TextLine, b: TextLine) => Math.abs(a.size - b.size) <= a.size * 0.1;

export function joinCentredCells(lines: readonly TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const above = out.at(-1);
    const below = lines[i + 1];
    const beside =
      above !== undefined &&
      below !== undefined &&
      sameSize(line, above) &&
      sameSize(line, below) &&
      above.y - line.y < line.size * HALF_LINE &&
      line.y - below.y < line.size * HALF_LINE &&
      apart(line, above, line.size * COLUMN_GAP) &&
      apart(line, below, line.size * COLUMN_GAP) &&
      !apart(above, below, 0) &&
      // Beside a value of several cells the stream-table finder places the line by its own rows.
      pieceCount(line) === 1 &&
      pieceCount(above) === 1 &&
      pieceCount(below) === 1;
    if (beside) out[out.length - 1] = lineOf([...above.fragments, ...line.fragments], above.y);
    else out.push(line);
  }
  return out;
}
