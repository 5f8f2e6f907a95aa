/**
 * A table per element, laid out as a record: a label and a value to a row ("Element | 1.1.2",
 * "Assessment | Compliant", "Evidence / comment | …"). Turned into one header row of its labels
 * over one row of its values, it reads as any table of codes and ratings. Only a two-column table
 * with a row labelled as the element, whose value is a code, is such a record; several records
 * in one table (each opening with its element's row, all with the same labels) are a row each.
 */
import type { Block } from '../../document/model.js';
type Table = Extract<Block, {
    kind: 'table';
}>;
export declare function recordAsRow(table: Table): Table;
export {};
