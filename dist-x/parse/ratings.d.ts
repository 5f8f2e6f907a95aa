/**
 * Rating words and abbreviations: "Full Compliance", "Compliant", "C" are compliance;
 * "Compliant Plus", "C+", "CP" compliance plus; "Partial Compliant", "Part Compliant", "PC" partial; "NC" non-compliance.
 */
import type { Rating } from '../schema/report.js';
/** A rating as a sentence names it ("partial compliance"). */
export declare function ratingName(rating: Rating): string;
/**
 * The rating a table cell holds when the cell is nothing but a rating ("Compliance plus", "C+",
 * "Partial Compliant"), or null.
 */
export declare function parseRatingCell(cell: string): Rating | null;
export interface RatingMention {
    rating: Rating;
    index: number;
    text: string;
}
/** Every rating phrase in running text, in order. Abbreviations are not read from prose. */
export declare function ratingMentions(text: string): RatingMention[];
/** The one rating a heading or label names ("Partial Compliance Elements"), or null when none or several. */
export declare function ratingNamedBy(text: string): Rating | null;
/**
 * The rating a column or row header names: any rating cell, "Compliance Plus (C+)", "No. of
 * C+", "Number of partial compliances", or the short words of a matrix header ("Partial", "Non",
 * "Full", "Plus"); null when it names none.
 */
export declare function ratingOfColumnHeader(cell: string): Rating | null;
