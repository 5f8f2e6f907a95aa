/**
 * A worksheet printed with its row and column headings: column letters (A, B, C …) over the grid
 * and the sheet's row numbers (1, 2, 3 …) down its side. The letters are not the table's header
 * (its header is the row under them) and the row numbers are neither codes nor counts: both are
 * dropped. A sheet lays several tables on one grid, each its own block of cells (the ratings, then
 * a summary by rating further right, then one by criterion), so the grid is cut into its blocks:
 * a new block starts after a blank row where the next row is a header of labels, or where the
 * cells start in another column. Each block keeps only the columns it writes in; a one-text
 * banner row before a block ("SUMMARY") becomes the heading it is.
 */
import type { Document } from '../document/model.js';
/** The name a spreadsheet gives its column `i` (0-based): A … Z, AA, AB … */
export declare function columnLetters(i: number): string;
/**
 * Grids read, and the pieces a PDF's reader cut a grid into at its page breaks (a piece with no
 * letters over it, whose row numbers carry on from the grid's) read as the grid's rows.
 */
export declare function withSpreadsheetGridsRead(document: Document): Document;
