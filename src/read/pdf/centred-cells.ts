/**
 * Cells set in the middle of their row. HTML centres a table cell's text vertically, so a
 * one-line label beside a two-line value prints between the value's lines, half a line from
 * each ("Continuation Visit 2 (the second … certification" / "Visit type" / "cycle)"). No two
 * lines of running text are that close: a line so set, beside rather than under the lines round
 * it, joins the line above as a cell of the same row. The same for a line of several short cells
 * each set beside a wrapped cell ("1.1.1" and a tick centred beside a two-line description),
 * where each of its pieces lies clear of the wrapped text. Only between lines of one cell each:
 * beside a value of several cells the table finder places the line by its own rows.
 */
import { COLUMN_GAP, type Fragment, lineOf, pieceCount, pieces, SAME_START, type TextLine } from './fragments.js';

/** Closer than this many type sizes to the lines above and below, a line sits beside them. */
const HALF_LINE = 0.7;
/**
 * A line right of the lines above and below may stand this far from each and still sit beside
 * them: a cell merged down two rows of one line each (a rating beside two evidence points) is set
 * between rows spaced by their padding, three quarters of a size from each. A line left of them
 * so far out is a paragraph's number in the margin of its lines set with wide leading, which the
 * paragraph keeps (layout.ts).
 */
const HALF_ROW = 0.8;
/**
 * A cell no wider than this many type sizes (a code, a tick, a label) may sit as close beside the
 * wrapped cell as a table with narrow padding sets it ("1.2.1" ending where the description
 * starts); a wider one must be a column gap clear of it, as a column of prose beside another is
 * not: two columns of running text set half a line out of step are not one table's row.
 */
const SHORT_CELL = 8;
/** Edges this close (points) touch: a cell's item ending with its padding where the next cell's starts. */
const TOUCHING = 0.5;

type Span = { x: number; right: number };
const apart = (a: Span, b: Span, gap: number) => a.right + gap <= b.x || b.right + gap <= a.x;
const spanOf = (piece: readonly Fragment[]): Span => ({ x: piece[0]!.x, right: piece.at(-1)!.right });
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
      Math.max(above.y - line.y, line.y - below.y) < line.size * (line.x > Math.max(above.right, below.right) ? HALF_ROW : HALF_LINE) &&
      // Beside a wrapped cell of text, not a two-line header label ("C" over "+") the row's
      // other cells are centred on, which the table finders read as a header of two lines.
      (pieceCount(line) === 1 || Math.max(above.right - above.x, below.right - below.x) > line.size * SHORT_CELL) &&
      pieces(line).every((piece) => {
        const span = spanOf(piece);
        const gap = span.right - span.x <= line.size * SHORT_CELL ? -TOUCHING : line.size * COLUMN_GAP;
        return apart(span, above, gap) && apart(span, below, gap);
      }) &&
      !apart(above, below, 0) &&
      pieceCount(above) === 1 &&
      pieceCount(below) === 1 &&
      !flowsOn(lines, i, out);
    if (beside) out[out.length - 1] = besideEachOther(above, line);
    else out.push(line);
  }
  return out;
}

/**
 * A line closer than this many type sizes below a line of its own that starts where it starts is
 * that line's next: a cell centred on its row stands at least a row of two lines from the cell
 * centred on the row before.
 */
const FLOW_GAP = 1.6;

/**
 * Whether line `i` carries on a column of lines of their own: the nearest line above it that starts
 * where it starts stood on its own (read so, not joined to another) and close above. A box of text
 * floating beside prose runs on its own leading, so its lines fall between the prose's lines as a
 * centred cell does, one after another (page-columns.ts then reads the two flows apart).
 */
function flowsOn(lines: readonly TextLine[], i: number, out: readonly TextLine[]): boolean {
  const line = lines[i]!;
  for (let j = i - 1; j >= 0; j--) {
    const up = lines[j]!;
    if (up.y - line.y >= line.size * FLOW_GAP) return false;
    if (Math.abs(up.x - line.x) <= SAME_START) return sameSize(up, line) && out.includes(up);
  }
  return false;
}

/**
 * The two lines as one, on the upper one's baseline. Text from one line next to text from the
 * other is in another cell however narrow the padding between them, so each such fragment
 * starts a cell (fragments.ts's `cellStart`).
 */
function besideEachOther(above: TextLine, line: TextLine): TextLine {
  const from = new Map<Fragment, TextLine>([...above.fragments.map((f) => [f, above] as const), ...line.fragments.map((f) => [f, line] as const)]);
  const joined = lineOf([...from.keys()], above.y);
  joined.fragments = joined.fragments.map((f, k) => (k > 0 && from.get(joined.fragments[k - 1]!) !== from.get(f) ? { ...f, cellStart: true } : f));
  return joined;
}
