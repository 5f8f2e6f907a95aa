/**
 * Tables with borders ("lattice"): ruling lines that meet make a grid; each cell's text is the
 * fragments inside it, however many lines it wraps over. A missing border between two grid
 * cells means a merged cell, whose text is spread over every cell it covers, as in Word.
 */
import { type Fragment } from './fragments.js';
import type { Ruling } from './rulings.js';
export interface GridRow {
    cells: string[];
    /** One merged cell across the whole table: a title inside the table. */
    spansTable: boolean;
    /** Top of the row, in page space. */
    top: number;
    /** The page the row is on, once the table is placed on its page (a table may run over several). */
    page?: number;
}
export interface GridTable {
    top: number;
    bottom: number;
    /** x of each column boundary (bordered) or column start (borderless), left to right. */
    columns: number[];
    rows: GridRow[];
    /** Where the header's cells lie, for a borderless table read by its header (headed-tables.ts). */
    header?: {
        left: number;
        right: number;
    }[];
    /** Where the text of the page column the table is set in starts, on a page set in columns (page-columns.ts). */
    columnLeft?: number;
}
/** Rulings this close are one line (a border drawn twice, or by two adjacent cells). */
export declare const SAME_LINE = 2;
export declare function touches(h: Ruling, v: Ruling): boolean;
/**
 * The bordered tables of a page, and the fragments that lie outside them. A fragment belongs
 * to the cell its start and baseline fall in.
 */
export declare function gridTables(rulings: readonly Ruling[], fragments: readonly Fragment[]): {
    tables: GridTable[];
    rest: Fragment[];
};
