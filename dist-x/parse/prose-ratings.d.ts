/**
 * Ratings a report states in prose for the visit it reports: "Element 4.3.5 is now compliant",
 * "elements 1.2.2 and 1.3.2, which were Partially Compliant at that stage, are now Compliant".
 * Only the "now <rating>" shape is read: it is unambiguous about which visit it means.
 */
import type { Rating } from '../schema/report.js';
export interface ProseRating {
    code: string;
    rating: Rating;
    sentence: string;
}
/** The rating a sentence says something now has ("… is now compliant", "are now rated Compliance Plus", "this element is compliant"), and where "is now" stands; null where it says none. */
export declare function ratedNow(sentence: string): {
    rating: Rating;
    index: number;
} | null;
export declare function nowRatedInProse(text: string): ProseRating[];
/** An element the report re-rates: the rating it now has and the one it replaces. */
export interface ReRating extends ProseRating {
    replaces: Rating;
}
/**
 * Ratings a report changes in its own words, an addendum or a draft's response: "Element 1.3.4
 * (satisfaction targets) is re-rated from Partial Compliance to Compliance", "2.2.3 was changed
 * from Compliance Plus to Compliance". Both ratings must follow "from" and "to" directly; the
 * codes are those the sentence names before the verb.
 */
export declare function reRatedInProse(text: string): ReRating[];
/**
 * Elements prose says keep their rating: "The other partial compliances (1.3.4 and 4.1.2)
 * remain", "1.2.2 and 1.3.2 remain partially compliant". The rating must be tied to the codes,
 * so "Those elements that were Compliant Plus remain key strengths, as well as 1.1.3" is not one.
 */
export declare function remainingInProse(text: string): ProseRating[];
