/**
 * Does the text after a code restate the standard's statement for it (a quotation, not a
 * reason)? It does when it opens with the statement's first three words, or when most of its
 * words are the statement's and it gives most of the statement. Sharing words alone is not
 * enough: "Performance against the timeliness standards is not published" is a reason, though
 * nearly all its words are in 5.3.1's statement.
 */
export declare function restatesStandard(code: string, text: string): boolean;
