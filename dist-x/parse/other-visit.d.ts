/**
 * Words that place a sentence's ratings or counts in another visit than the one reported:
 * "at last year's review", "previously", "From a start of 2 compliance plus", "At that assessment"
 * (a visit the sentence before named).
 */
export declare const OTHER_VISIT: RegExp;
/** Is the sentence, up to `index`, about another visit? Words after a count ("…, up from eleven at last year's review") do not move the count itself. */
export declare function aboutOtherVisitBefore(sentence: string, index: number): boolean;
/** A column or caption that names the visit reported: "2019 (this visit)", "This year", "Current review". */
export declare const THIS_VISIT: RegExp;
