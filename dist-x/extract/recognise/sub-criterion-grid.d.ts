/**
 * All 57 ratings as a grid: a row per sub-criterion ("1.1 Customer Identification", "3.4") and a
 * column per element number within it ("1" … "6", perhaps under a merged "Element" header), each
 * cell a rating ("C+", "C", "PC", "NC", or in words); row 2.1, column 3 is element 2.1.3. The same
 * grid turned over (a column per sub-criterion, a row per element number) reads the same way. A
 * blank or dashed cell is no element, or no rating: never a guess. A rating in a cell the standard
 * has no element for is a finding, not a rating.
 */
import type { Block } from '../../document/model.js';
import { type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';
type Table = Extract<Block, {
    kind: 'table';
}>;
export interface GridReading {
    rated: RatedElement[];
    notes: FindingDraft[];
    /** The grid's header rows (none where it was read turned over): they head the grid's pieces after a title splits it. */
    header: Table['rows'];
}
/**
 * A table of the grid's header alone ("Sub-criterion | Element …" over "| 1 | 2 | 3 …"), which a
 * Word file leaves standing over one table per criterion where a criterion's title row split it.
 */
export declare function isGridHeader(table: Table): boolean;
/** `continued`: the table is a piece of a grid whose header stood alone above it, and may hold a single sub-criterion. */
export declare function subCriterionGrid(table: Table, continued?: boolean): GridReading | null;
export {};
