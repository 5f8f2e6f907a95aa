/** Counting ratings per criterion, the way several rules need them. */
import type { Assessment, Location, Rating } from '../schema/report.js';
import { type CriterionNumber } from '../standard/catalogue.js';
export declare const RATING_WORDS: Record<Rating, {
    one: string;
    many: string;
}>;
export declare function ratingPhrase(rating: Rating, count: number): string;
/** Elements the document itself rates (not derived), optionally in one criterion and with one rating. */
export declare function statedElements(assessment: Assessment, criterion?: number, rating?: Rating): string[];
/** Does the stage rate every element of the criterion (or of the standard) one by one? */
export declare function ratesEveryElement(assessment: Assessment, criterion?: CriterionNumber): boolean;
/** The count of a rating in a criterion: as stated by the totals where they state it, else as the element ratings give it when complete. */
export declare function knownCount(assessment: Assessment, criterion: CriterionNumber, rating: Rating): number | null;
/** Where the stage states the totals a finding is about: its per-criterion table, or its overall totals. */
export declare function totalsLocation(assessment: Assessment, criterion: number | null): Location | null;
