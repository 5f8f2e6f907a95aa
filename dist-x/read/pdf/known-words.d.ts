/** The known words, lower case. */
export declare const KNOWN_WORDS: ReadonlySet<string>;
