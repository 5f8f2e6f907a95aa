/**
 * One judgement for a group of elements listed together (a sub-criterion's row, its codes stacked
 * in one cell): "Compliant", "Compliant (all elements)", "Compliant; 1.1.3 Compliant Plus",
 * "Compliant, except 1.3.4: Partially Compliant", "All compliant except 1.3.4 (PC)",
 * "Compliance; Compliance Plus for 1.1.3". The rating with no code beside it rates every listed
 * element; one a code is named with rates that element instead. Read only where the cell holds
 * nothing but ratings, codes and the small words that join them: "1.1.3 could become Compliant
 * Plus" or "(see 3.2.1)" is a remark, not a judgement, and gives none.
 */
import type { Rating } from '../schema/report.js';
/**
 * Each listed element's rating by a judgement given to them all, or null where the cell is not
 * such a judgement, names an element not listed, or leaves a listed element with no rating.
 */
export declare function groupJudgement(cell: string, listed: readonly string[]): Map<string, Rating> | null;
