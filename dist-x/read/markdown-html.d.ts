/**
 * Raw HTML in Markdown, which reports exported from the web or from an online reporting system
 * hold (`<table border="1">…`), read by the walker the Word reader uses (html-blocks.ts), each
 * block at its line in the file.
 *
 * CommonMark ends an HTML block at a blank line, so a table whose lines are parted by blank lines
 * comes as several HTML blocks, perhaps with paragraphs or code between them. It is read from the
 * line of its `<table` to the line of the matching `</table>` as one piece of HTML.
 */
import type { Block } from '../document/model.js';
/** Where the tables that a piece of HTML opens are closed, found in one pass over the file's lines. */
export declare class HtmlTableSpans {
    private readonly lines;
    /** Tables opened less those closed, up to the end of each line (index 0 before line 1). */
    private depth;
    /** For each index of `depth`, the first later one at which fewer tables are open, or -1. */
    private fewerOpen;
    constructor(lines: readonly string[]);
    /**
     * The last line of the piece of HTML that starts at line `start` and that CommonMark ended at
     * line `end`: past `end`, to where every table it opened is closed, if they all are.
     */
    pieceEnd(start: number, end: number): number;
}
/**
 * The blocks of a piece of HTML whose first line is line `firstLine` of the file; where the
 * walker finds no block in it (bare text, `<small>…</small>`, markup nested too deeply to walk),
 * its text without tags, as one paragraph.
 */
export declare function htmlPieceBlocks(html: string, firstLine: number): Block[];
