/**
 * Overall totals written as a row of an element table rather than a table of their own:
 * "Totals | C+ 4 | C 51 | PC 2 | NC 0" (each cell, or each part of one cell, a rating and its count), "Totals (C+ / C / PC /
 * NC) | 2 / 52 / 3 / 0" (the label's key gives the order; one cell per visit where the columns are
 * visits), or "Total | | 4 | 51 | 2 | 0" under rating column headers, a row per visit where a cell
 * names the visit ("Totals | AR1 | 2 | 52 | 3 | 0"). A row is read only when every
 * value cell reads one of these ways; a "Total | 57" row counts elements, not ratings.
 */
import type { Block } from '../../document/model.js';
import type { CriterionTotals, Rating, Stage } from '../../schema/report.js';
export interface TotalsRow {
    totals: CriterionTotals;
    /** The visit the value's column names, where the table has a column per visit. */
    stage?: Stage;
}
/** Whether a row's first cell labels it a totals row ("Totals", "Total (C+ / C / PC / NC)"). */
export declare function isTotalsRowLabel(cell: string): boolean;
/**
 * The totals rows of a table with a header row, or undefined when it has none. `ratingColumns`:
 * the rating each column holds, where the element table's reading knows it from a header of two
 * rows or from the table's part before a page break.
 */
export declare function totalsRows(block: Block, ratingColumns?: ReadonlyMap<number, Rating>): TotalsRow[] | undefined;
