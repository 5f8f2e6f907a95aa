/**
 * Rating counts stated in prose: "ten of the fifty seven criteria we were assessed as
 * Compliance Plus", "There were two Partial Compliances and no non-compliances", "securing full
 * compliance across all 57 criteria", "four partial compliances were identified in Criterion 4".
 * Only these shapes are read; anything looser is left alone. A limit ("the maximum of three
 * partial compliances allowed") is not a count, nor is a count placed in another visit before it
 * is given ("From a start of 2 compliance plus …").
 */
import type { Rating } from '../schema/report.js';
export interface StatedCount {
    rating: Rating;
    count: number;
    /** The one criterion the sentence counts in ("in Criterion 4"), or null for the whole standard. */
    criterion: number | null;
    sentence: string;
}
/** The criterion a sentence is about, when it names exactly one ("in Criterion 4 Delivery", "Criterion Four", "Criterion IV", a line opening "C4:"). */
export declare function criterionNamed(sentence: string): number | null;
export declare function countsInProse(text: string): StatedCount[];
