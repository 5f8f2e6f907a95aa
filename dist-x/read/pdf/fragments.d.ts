import { type Matrix } from './matrix.js';
/** A run of text drawn in one font at one position. */
export interface Fragment {
    text: string;
    x: number;
    right: number;
    /** Baseline, in page space (y grows upwards). */
    y: number;
    size: number;
    /** pdfjs's id of the font, whose real name says the style once the font is loaded. */
    font: string;
    bold: boolean;
    italic: boolean;
    /** Starts a cell of its own however close it is set to the fragment before (header-cells.ts). */
    cellStart?: boolean;
    /** How far a raised footnote mark joined to this fragment reaches above its line (see raisedMarks). */
    raisedBy?: number;
}
/** Fragments on one baseline, left to right. */
export interface TextLine {
    fragments: Fragment[];
    y: number;
    size: number;
    x: number;
    right: number;
    bold: boolean;
    italic: boolean;
    /** Space a superscript on the line added above it (footnote-marks.ts): not a paragraph's gap. */
    raisedBy?: number;
}
/** What a font's real name says of its style. */
export interface FontStyle {
    bold: boolean;
    italic: boolean;
}
/**
 * Fragments of a page's text items. Empty and space-only items are dropped (their gap shows
 * in the positions), and so is an item that repeats another at almost the same place: bold
 * drawn twice ("SSttaatteemmeenntt") is a known trap of PDF text layers. Styles are set later
 * (`applyStyles`), once it is known whether the page's fonts are loaded. `page` maps the page's
 * own space into the upright one the page is read in (see index.ts).
 */
export declare function fragmentsOf(items: readonly unknown[], page?: Matrix): Fragment[];
/** Sets each fragment's bold and italic from what its font's name says. */
export declare function applyStyles(fragments: Fragment[], styleOf: (font: string) => FontStyle): void;
/**
 * Ticks and crosses read as the marks they show (`✓`, `✗`): a symbol font's tick or cross by
 * the font's real name, and Unicode's other ticks and crosses (see marks.ts).
 */
export declare function readMarks(fragments: Fragment[], fontName: (font: string) => string): void;
/** Fragments grouped by baseline, top of the page first. */
export declare function linesOf(fragments: readonly Fragment[]): TextLine[];
/** One line of `fragments`, set on baseline `y`. */
export declare function lineOf(fragments: Fragment[], y: number): TextLine;
/** The text of fragments on one line, with a space where the gap between two is wider than a space. */
export declare function joinFragments(fragments: readonly Fragment[]): string;
/** A line that starts a list item: a marker, then the item's text set apart from it. */
export declare function isListStart(line: TextLine): boolean;
/** Text starting this close (points) starts one column of a table. */
export declare const SAME_START = 4;
/** Lines closer than this many type sizes are in different cells of one row (cells centred top to bottom). */
export declare const INTERLEAVED = 0.75;
/** Where the lines' pieces start, sorted and grouped: each group's starts lie within SAME_START of its first. */
export declare function startGroups(lines: readonly TextLine[]): number[][];
/** A gap wider than this many font sizes between two pieces of a line separates columns. */
export declare const COLUMN_GAP = 0.8;
/** The pieces of a line that gaps wider than a column gap set apart: its cells, if it is a table's. */
export declare function pieces(line: TextLine): Fragment[][];
/**
 * A piece cut before each run that starts where a column does, apart from the run before: cells
 * set closer than a column gap ("51 3 1" under "C PC NC" in a total row) are drawn as runs of
 * their own, and the table's columns already say where cells start.
 */
export declare function atStarts(piece: readonly Fragment[], starts: readonly number[]): Fragment[][];
/** How many pieces a line has, counted once per line (the table finders ask of each line many times). */
export declare function pieceCount(line: TextLine): number;
/**
 * The lines from index `from` on, going by `step` (1 down the page, -1 up it), that are set in
 * `line`'s type size each within three type sizes of the one before, from `line` on: the block
 * of lines `line` is set in. At most `limit` of them.
 */
export declare function closeLines(lines: readonly TextLine[], line: TextLine, from: number, step: 1 | -1, limit?: number): TextLine[];
/** Whether any line has pieces set apart as columns are (a table, or lines typed with tabs). */
export declare function hasColumns(lines: readonly TextLine[]): boolean;
