/**
 * Per-criterion score tables, found by what they hold: rating labels down one side, criteria
 * across the other (either way round), a title row or two above the header allowed, a `Total`
 * row or column read as the overall totals. Criterion headers are read by number or by name
 * ("1 – Customer insight", "Criterion 3", "C4", "Timeliness & Quality"); where the text of a
 * header is lost (a PDF that broke it syllable by syllable), a table of exactly five count
 * columns whose readable headers stand in the standard's order is still read in that order.
 * Cells left blank state nothing (null).
 */
import type { Block } from '../document/model.js';
import type { CriterionTotals, Rating, StatedTotals } from '../schema/report.js';
type ByCriterion = NonNullable<StatedTotals['byCriterion']>;
export declare const RATING_KEY: Record<Rating, keyof CriterionTotals>;
export declare function emptyTotals(): CriterionTotals;
/** The criterion a header cell names: "1 – Customer insight", "4- Delivery", "Criterion 3", "C4", "Timeliness & Quality". */
export declare function criterionOfHeader(cell: string): number | null;
export declare function isTotalLabel(cell: string): boolean;
export interface ScoreTable {
    byCriterion: ByCriterion | null;
    overall: CriterionTotals | null;
}
/**
 * The totals a table states, or undefined when the table is not a score table. A score table
 * with every cell blank states nothing and gives nulls.
 */
export declare function readScoreTable(block: Block): ScoreTable | undefined;
/**
 * The per-criterion totals a table states, or undefined when the table is not a score table.
 * A score table with every cell blank states nothing and gives null.
 */
export declare function parseScoreTable(block: Block): ByCriterion | null | undefined;
/**
 * Overall totals laid out as labels and numbers ("Compliant Plus | 6", or a label cell with its
 * number in the next row, or a row of labels over a row of numbers), a "Totals" label beside
 * them (written once, or repeated down a merged cell) allowed: each rating label takes its number.
 */
export declare function parseTotalsTable(block: Block): CriterionTotals | undefined;
export {};
