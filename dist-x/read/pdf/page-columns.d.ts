/**
 * Pages set in two columns of text (a newsletter-style report; HTML printed with `column-count`).
 * Lines are found by baseline across the whole page, so without this each line of the left
 * column is read with the line of the right column beside it, as if the two were the cells of a
 * two-column table. Here a page is cut into bands, top to bottom: a band set in two columns is
 * read as its left column and then its right; the rest is read as it stands.
 *
 * A band is in two columns where the text right of some x (the right column's left edge, near
 * the middle of the text) starts at that x on many lines, nothing on its lines crosses it, and
 * both sides read as prose: as wide as each other within reason, and lines on both sides that
 * run on to their column's right edge (lines a paragraph wrapped). A table whose second column
 * starts near the middle has a narrow first column of labels, codes or numbers, whose lines do not
 * fill it, so it is not taken for columns.
 */
import { type TextLine } from './fragments.js';
/** Lines of the page read one after another: the whole width, or one column of a band. */
export interface Stream {
    lines: TextLine[];
    /** x range the stream takes on the page; a table drawn with borders goes to the stream that holds it. */
    left: number;
    right: number;
    /** y range the stream takes (y growing upwards): its first line's top, its last line's baseline. */
    top: number;
    bottom: number;
}
/**
 * Each page's lines as streams in reading order: where a band of a page is set in two columns,
 * its left column and then its right; elsewhere the lines as they stand (one stream, the page,
 * where no band is). A band must show that its sides run on their own (`independent`), unless
 * another page of the document showed it of a band at the same edge: a page whose columns hold a
 * table each, or end together, may show nothing of it, and a document keeps its layout.
 */
export declare function readingStreams(pages: readonly (readonly TextLine[])[]): Stream[][];
