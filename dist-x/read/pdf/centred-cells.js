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
import { COLUMN_GAP, lineOf, pieceCount, pieces } from './fragments.js';
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
const apart = (a, b, gap) => a.right + gap <= b.x || b.right + gap <= a.x;
const spanOf = (piece) => ({ x: piece[0].x, right: piece.at(-1).right });
const sameSize = (a, b) => Math.abs(a.size - b.size) <= a.size * 0.1;
export function joinCentredCells(lines) {
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const above = out.at(-1);
        const below = lines[i + 1];
        const beside = above !== undefined &&
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
            pieceCount(below) === 1;
        if (beside)
            out[out.length - 1] = besideEachOther(above, line);
        else
            out.push(line);
    }
    return out;
}
/**
 * The two lines as one, on the upper one's baseline. Text from one line next to text from the
 * other is in another cell however narrow the padding between them, so each such fragment
 * starts a cell (fragments.ts's `cellStart`).
 */
function besideEachOther(above, line) {
    const from = new Map([...above.fragments.map((f) => [f, above]), ...line.fragments.map((f) => [f, line])]);
    const joined = lineOf([...from.keys()], above.y);
    joined.fragments = joined.fragments.map((f, k) => (k > 0 && from.get(joined.fragments[k - 1]) !== from.get(f) ? { ...f, cellStart: true } : f));
    return joined;
}
//# sourceMappingURL=centred-cells.js.map