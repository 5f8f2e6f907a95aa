/** A regular-expression source matching a criterion's number in any of those spellings (use with the `i` flag). */
export declare const CRITERION_NUMBER: string;
/** The criterion a number names, or null where it names none. */
export declare function criterionNumberOf(text: string): number | null;
