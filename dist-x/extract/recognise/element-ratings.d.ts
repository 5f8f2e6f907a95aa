/**
 * Tables that rate elements one by one, whoever laid them out: a column of codes and a column of
 * ratings ("1.1.1 | Compliance Plus", "111 | C+"), or an element matrix (a column per rating,
 * "C+ | C | PC | NC", with a mark in one of them), each with an optional column of the assessor's
 * comments, read as the justification. The columns are told by the header row where there is
 * one, and by what the cells hold where there is not. A row whose code the text lost, or whose
 * code the standard lacks, is reported and its rating left out.
 */
import type { Block } from '../../document/model.js';
import type { Rating } from '../../schema/report.js';
import { type FindingDraft } from '../draft.js';
import type { RatedElement } from '../element-tables.js';
export interface Columns {
    header: number;
    code: number | null;
    rating: number | null;
    matrix: Map<number, Rating>;
    comment: number | null;
    /** "Meets?" (Yes / Partly / No) and "Exceeds?" (a mark for compliance plus): a rating told by two columns. */
    met?: {
        meets: number;
        exceeds: number;
    };
}
export interface ElementTableReading {
    rated: RatedElement[];
    /** The columns read, for a continuation of the table with no header row of its own. */
    columns: Columns | null;
    /** Cells a row has. */
    width: number;
    /** Whether the table had a place for the assessor's reason (a comments column). */
    hasComments: boolean;
}
/**
 * The elements a table rates, or undefined when it is not such a table. Needs a header naming a
 * rating column or a matrix, or, with no header, three rows pairing a code with a rating cell.
 */
export declare function readElementRatingTable(block: Block, notes: FindingDraft[], continuing?: ElementTableReading): ElementTableReading | undefined;
/**
 * A table that is only a header row naming a matrix or rating column ("Sub-criterion | Element |
 * NC | PC | C | C+"), its rows in tables of their own below it (Word splits a table at each row
 * merged across it, a criterion's title): the columns the rows below are read by.
 */
export declare function headerOnly(block: Block): ElementTableReading | undefined;
