/**
 * Pipe tables of thousands of rows, read in pieces. remark-gfm's parse of a table is linear in
 * time but holds micromark's events and the mdast of every cell until the table ends: a 3 MB
 * table of 60,000 rows needs more than a gigabyte. A table's rows after its header are
 * independent of one another, so the rows past the first PIECE_ROWS are taken out of the
 * document (each line left blank, so every other line keeps its number) and parsed PIECE_ROWS
 * at a time under the table's own header and delimiter row, by the same parser: the cells are
 * the ones remark-gfm gives, and the memory is one piece's.
 *
 * Only a table whose every row is a line starting with `|` at the left margin, after a blank line
 * or a `#` heading, is split: its end is then certain (the first line that does not start with
 * `|`), as is its being outside any list or quote.
 */
export declare const PIECE_ROWS = 500;
/** The rows of one table taken out of the document, and where they were. */
export interface TakenRows {
    /** The table's header and delimiter lines, to parse each piece under. */
    head: string;
    /** The 1-based line number of the first row taken. */
    firstLine: number;
    rows: string[];
}
/**
 * `lines` with the rows of every big table past its first PIECE_ROWS blanked, and those rows by
 * the line of their table's header.
 */
export declare function takeBigTableRows(lines: readonly string[]): {
    lines: string[];
    taken: Map<number, TakenRows>;
};
