/**
 * Elements rated one per line, heading or paragraph, with the rating right after the code:
 * "1.1.1 – Compliance Plus – The Council profiles…", "Element 2.1.4 (Partially Compliant)",
 * "3.2.1 Information – Rating: Compliant", a heading "1.1.1 Customer insight: C+" over the
 * assessor's paragraphs, "1.1.1 We have an in-depth understanding of… -- Green" (the standard's
 * statement, whole or cut short, then the rating). The rating must follow the code (and at most a short title) after a
 * separator, in brackets or under a "Rating:" label; a rating word later in a sentence is not one.
 * A list of codes may share one rating ("2.1.3, 2.1.4 and 2.1.5 – all Compliance"), and a report's
 * numbered notes ("9. 2.1.3 and 2.1.4 – Compliance.") are read a note at a time.
 */
import { type Block } from '../../document/model.js';
import type { Rating } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
export interface CodeLedRating {
    code: string;
    rating: Rating;
    /** The text after the rating: the reason, where one follows. */
    rest: string;
}
/** The rating written right after a code at the start of the text, or null. */
export declare function codeLedRating(text: string): CodeLedRating | null;
/** Every element rated by a line, heading or paragraph that opens with its code and rating, or by a line of codes each with its rating. */
export declare function codeLedRatings(blocks: readonly Block[]): RatedElement[];
