/**
 * Element codes written in parts. Over three columns, criterion, sub-criterion and element ("1 | 1.1 |
 * 1", then "| | 2" with the repeated values left blank, as a merged cell prints): the three are
 * joined into one code column ("1.1.1"), the blanks filled from the rows above, so the table reads
 * as any table of codes and ratings. Every joined code must be one the standard has, and agree
 * with itself (a sub-criterion "1.2" under criterion 1), or the table is left as it is; a table's
 * part after a page break, its criterion blank, takes it from a sub-criterion written in full. Or as a
 * number within the sub-criterion a title above the table names ("1.1 Customer Identification"
 * over "Element | Rating", then "1 | Compliant"): the title's number is put before each.
 */
import { type Block } from '../../document/model.js';
type Table = Extract<Block, {
    kind: 'table';
}>;
/** The table with its first three columns joined into one code column, or the table as it was. */
export declare function withSplitCodesJoined(table: Table): Table;
/**
 * The table (the block at `index`) with each row's element number made a code by the
 * sub-criterion the title above it names, where every row's first cell (the header's aside) is a
 * number the sub-criterion has; else the table as it was.
 */
export declare function withSubCriterionCodes(blocks: readonly Block[], index: number, table: Table): Table;
export {};
