/**
 * A report that lists only what changed: "Every element not listed in the change log keeps the
 * rating given at the 2018 reassessment", with that visit's position restated ("Compliance Plus
 * in 1.1.3, 2.2.2 and 4.3.4; Partial Compliance in 1.2.3 and 5.2.2; all other elements
 * Compliance"). With both, an element this visit does not rate has the earlier rating (derived);
 * with either missing, nothing is assumed.
 */
import type { Rating } from '../schema/report.js';
export declare function statesRatingsKept(text: string): boolean;
/**
 * The rating of every element, from a sentence that gives a visit's whole position: a rating and
 * its codes in each clause ("Compliance Plus in 1.1.3, 2.2.2 and 4.3.4"), and a clause for all the
 * others. Null where a clause is anything else, a code is named twice, or no clause covers the rest.
 */
export declare function wholePosition(sentence: string): Map<string, Rating> | null;
/** The one whole position some text gives; null where it gives none, or two that differ. */
export declare function wholePositionIn(text: string): Map<string, Rating> | null;
