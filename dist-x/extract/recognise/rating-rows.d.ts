/**
 * A table with a row per rating, naming the elements at that level and, often, how many: "Level of
 * compliance | Elements | Number" over "Compliance Plus | 1.3.5, 3.3.1, 4.3.2 | 3", "Compliance |
 * 1.1.1 – 1.3.4; all of Criterion 3 except 3.3.1; … | 52", "Non-Compliance | None | 0". Elements
 * may be named by codes, ranges or whole criteria (parse/code-ranges.ts). The counts are the
 * overall totals where every rating row gives one.
 */
import type { Block } from '../../document/model.js';
import type { CriterionTotals } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
export interface RatingRowsReading {
    rated: RatedElement[];
    /** The overall totals, where every rating row counts its elements. */
    totals: CriterionTotals | null;
}
/** The elements each rating's row names, or undefined when the table is not one row per rating. */
export declare function ratingRows(block: Block): RatingRowsReading | undefined;
