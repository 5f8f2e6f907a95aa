/**
 * Header cells set closer together than a column gap. A header centred over narrow columns of
 * numbers ("Compliant Plus", "Compliant", "Partial", "Non" over 1, 10, 0, 0) can sit so close
 * that the line reads as one piece across every column, and the table as two columns. Where
 * the rows below keep to columns, and the gaps between the line's fragments fall in the gutters
 * between those columns, each fragment starts a cell: the line is split there, and only where
 * no part of it then crosses a gutter (a line of prose would). Rows of two pieces are left
 * alone: a number hung before its paragraph ("3.1  The Council…") lines up the same way.
 */
import { type TextLine } from './fragments.js';
export declare function splitHeaderCells(lines: readonly TextLine[], cuts?: HeaderCuts): TextLine[];
/**
 * The header cells of every page. A table's header repeated over each page break is cut on every
 * page as it is where its rows show the cut (splitOverRowCells): a page whose rows have no mark in
 * one column still has the header's two labels.
 */
export declare function splitHeaderCellsOfPages(pages: readonly (readonly TextLine[])[]): TextLine[][];
/** Where header items were cut (splitOverRowCells), by the item's text: the items, each with its cut indexes. */
type HeaderCuts = Map<string, {
    x: number;
    right: number;
    indexes: number[];
}[]>;
export {};
