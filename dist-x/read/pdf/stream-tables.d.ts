/**
 * Tables without borders ("stream"): columns found from where text starts. A run of lines whose
 * pieces start at the same few x-positions, where no piece crosses from one column into the next,
 * is a table. Rows are told apart by the extra space between them (a cell's own lines are set at
 * the line pitch), or by a line that fills the first column again after lines that did not.
 */
import { type TextLine } from './fragments.js';
import type { GridTable } from './grid-tables.js';
import { type HeaderColumn } from './headed-tables.js';
export type LineOrTable = {
    kind: 'line';
    line: TextLine;
} | {
    kind: 'table';
    table: GridTable;
};
/**
 * Column starts shared by at least two pieces of the run's lines (a cell's wrapped lines count,
 * so a column filled only by one long cell is still found), where the run's first line starts
 * left of them all (its first column may be filled only there), and the one odd start of a line
 * whose other pieces all line up with those columns (a group label in a column left blank below
 * it). A header of more cells than the rows below have columns names columns left empty below
 * ("Element | Rating | Comments" over "1 | Compliant"): each of its cells that no row's text
 * lies under starts one.
 */
export declare function columnStarts(lines: readonly TextLine[]): number[];
/** A column by where its text lies, left edge to right edge. */
interface Span {
    left: number;
    right: number;
}
/**
 * Columns by where the run's text lies: pieces that overlap share a column, so text centred or
 * set right in its cell ("No. of" over "elements" over "11") falls in one column though each
 * line starts elsewhere. A piece that bridges two columns merges them: prose, not a table.
 */
export declare function columnSpans(lines: readonly TextLine[], known?: readonly Span[]): Span[];
/** Whether every piece of the line falls inside one column. */
export declare function fits(line: TextLine, starts: readonly number[]): boolean;
/** What a borderless table that ends a page passes to the next: its columns, and its header's where it was read by them. */
export interface Carried {
    columns: readonly number[];
    header?: readonly HeaderColumn[];
    /** Where the text of the page column the table ended in starts, on a page set in columns. */
    columnLeft?: number;
}
/**
 * The page's lines, with each run of lines laid out in columns replaced by a table. A run
 * needs at least two lines of several pieces sharing the same column starts, and lines of one
 * type size set close together.
 */
export declare function streamTables(lines: readonly TextLine[], carried?: Carried): LineOrTable[];
export {};
