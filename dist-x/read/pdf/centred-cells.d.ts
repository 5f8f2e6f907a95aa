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
import { type TextLine } from './fragments.js';
export declare function joinCentredCells(lines: readonly TextLine[]): TextLine[];
