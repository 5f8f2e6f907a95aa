/**
 * Borderless tables read by their header's columns. A word processor often centres a header's
 * cells and sets the cells below at the left (or the other way round), and breaks the rows with
 * a title across the table ("Criterion 2: The Culture of the Organisation" between the element
 * rows of a tick matrix): where the text starts or lies then says little of the columns, but the
 * header names them. Each column of text below is given to the header cell it lines up with, in
 * order, and the title rows become rows across the table. The header carries over to the rows a
 * page break moves to the next page.
 */
import { type Fragment, type TextLine } from './fragments.js';
/** A header cell: where its text lies. */
export interface HeaderColumn {
    left: number;
    right: number;
}
/**
 * The header that starts at line `i`: the line and those set closer below it than two lines of
 * one cell can be (a header whose cells wrap, centred top to bottom: "Fully" over "Criterion |
 * Compliance Plus | Not Met" over "Compliant"), their pieces that overlap one cell. Three or more
 * cells of a few words each; null otherwise.
 */
export interface Header {
    cells: HeaderColumn[];
    lines: number;
    /** Text of a group's cell over the sub-header that names its columns ("Compliance level" over "C+ C PC NC"): left out of the header row. */
    grouped?: ReadonlySet<Fragment>;
}
export declare function headerOf(lines: readonly TextLine[], i: number): Header | null;
/**
 * Whether line `k` starts another table's header inside the columns of the table above: two of
 * its pieces, words without digits, lie wholly inside one of those columns (a header's labels
 * over narrower columns, "Compliance … Partial" over "Compliance Plus | Compliance | Partial
 * Compliance", under a table's wide "Elements" column), and the lines from it are a header of
 * their own (headerOf), after two rows of several cells at least. Two cells of one row never
 * share a column, so the line is not the table's row.
 */
export declare function startsHeaderWithin(lines: readonly TextLine[], from: number, k: number, columns: readonly HeaderColumn[]): boolean;
/** Columns by their starts: each runs to where the next starts. */
export declare const columnsFromStarts: (starts: readonly number[]) => HeaderColumn[];
/** A run of lines under a header: where it ends, which lines are titles across it, and each piece's column. */
export interface HeadedRun {
    /** Index of the first line after the run. */
    end: number;
    /** Indexes of the lines that are titles across the table. */
    titles: Set<number>;
    /** The header cell a piece of a row lies under. */
    columnOf: (piece: readonly Fragment[]) => number;
    /** The header's cells, with an empty corner cell first where the rows have labels left of the header. */
    header: readonly HeaderColumn[];
    /** Where a row's pieces are cut into cells: the header cells' starts, and those the text below shares. */
    cuts: readonly number[];
}
/**
 * The run of lines a header heads from line `i` (the header's own `headerLines` lines, none for
 * the rows of a table carried over from the page before): lines of one size set close, each
 * either a row (every piece within the table's width, none crossing two cells' middles) or a
 * title across the table (one piece that does, followed by a row). Null when fewer than two rows
 * have several cells, unless the run ends the page (the rest is on the next) or carries on the
 * page before's table with a row that fills most cells, or when two pieces of one line fall under
 * one header cell.
 */
export declare function headedRun(lines: readonly TextLine[], i: number, header: readonly HeaderColumn[], headerLines: number): HeadedRun | null;
