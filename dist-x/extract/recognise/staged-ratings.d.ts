/**
 * An element table with a column of ratings per visit ("Element | Statement | Initial Jun-2023 |
 * AR Yr 1 Jun-2024 | AR Yr 2 May-2025"): each column rates the elements for the stage its header
 * names. Only a header naming two or more stages, each once, is such a table.
 */
import type { Block } from '../../document/model.js';
import type { CriterionTotals, Stage } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
import { type ScoreTable } from '../score-table.js';
/** The stage a column or row header names: "Initial" alone is the initial assessment there. */
export declare function stageOfHeader(cell: string): Stage | null;
/** The stage each column of a header names, where it names two or more, each once; else null. */
export declare function visitColumns(header: readonly string[]): (Stage | null)[] | null;
export declare function stagedRatings(block: Block): (RatedElement & {
    stage: Stage;
})[] | undefined;
/**
 * A score table with a column naming each row's stage ("Stage | Rating | 1 Customer Insight | …",
 * "First Assessment" merged down four rows, then "Annual Review 1"): one score table per stage.
 */
export declare function stagedScoreTables(block: Block): {
    stage: Stage;
    table: ScoreTable;
}[] | undefined;
/**
 * A table of counts with a column per visit and a row per rating ("Rating | 2019 Initial | 2020
 * AR1 | 2021 AR2" over "Compliance Plus | 2 | 3 | 4"): each visit's overall totals. Rows that
 * name no rating ("Elements | 57 | 57 | 57") are not counts; two rating rows at least, each a
 * number in every visit's column, or it is not such a table.
 */
export declare function visitTotalsColumns(block: Block): {
    stage: Stage;
    totals: CriterionTotals;
}[] | undefined;
