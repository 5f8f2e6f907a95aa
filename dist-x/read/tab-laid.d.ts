/**
 * Tab-laid tables: lines whose cells are separated by tabs, which is how text layers, plain-text
 * renderings and old Word files lay a table out. Shared by the readers so a table typed with tabs
 * is the same table whichever format it arrived in.
 */
import type { Block, SourceLocation, TableRow } from '../document/model.js';
/** One line of text and where it came from. */
export interface SourceLine {
    text: string;
    loc: SourceLocation;
}
/** The lines as table rows when most of them carry a tab; otherwise null (they are prose). */
export declare function tabLaidRows(lines: readonly SourceLine[]): TableRow[] | null;
/** A table block made of tab-laid rows, remembered as such so that its pieces can be joined. */
export declare function tabLaidTable(rows: TableRow[], loc: SourceLocation): Block;
/**
 * Pieces of one tab-laid table are joined again: pieces that follow each other directly (a
 * table whose first line starts with a tab is parsed as an indented block and a paragraph; a
 * Word paragraph is one row) and pieces of the same width split only by a blank line.
 */
export declare function joinTabLaidTables(blocks: readonly Block[]): Block[];
