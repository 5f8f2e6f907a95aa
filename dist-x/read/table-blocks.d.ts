/**
 * A table as a reader rebuilt it (merged cells already spread) into blocks, the same for Word,
 * PDF and Markdown: a row merged across the whole table is a title between two tables, and a
 * header row repeated inside the table (a table pasted after another, or a header repeated at a
 * page break) is not a row of data. Tables that say where cells merge (HTML's colspan and
 * rowspan, a grid table's spans) are spread here too, one way for every reader.
 */
import { type Block, type SourceLocation } from '../document/model.js';
export interface RebuiltRow {
    cells: string[];
    /** One merged cell across the whole table. */
    spansTable: boolean;
    loc: SourceLocation;
}
export declare function tableBlocks(table: readonly RebuiltRow[]): Block[];
/** A cell as a table with merged cells gives it: its text, and how many columns and rows it covers. */
export interface SpanCell {
    text: string;
    colSpan: number;
    rowSpan: number;
}
/**
 * Rows of cells that may span, with every merged cell spread over the cells it covers, its text
 * in each: a cell spanning rows fills its column in the rows below before their own cells are
 * placed, left to right.
 */
export declare function spreadSpans(rows: readonly {
    cells: readonly SpanCell[];
    loc: SourceLocation;
}[]): RebuiltRow[];
