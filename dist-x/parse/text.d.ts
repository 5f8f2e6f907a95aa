/** Text to match literally inside a regular expression. */
export declare function escapeRegExp(text: string): string;
export declare function tidy(text: string): string;
/** Lower case with punctuation and spacing made uniform, for matching labels. */
export declare function normaliseLabel(text: string): string;
/** A text without the remark in brackets it ends with: "Lead Assessor (author)", "Lydmouth Libraries (Lydmouth County Council)". */
export declare const withoutEndRemark: (text: string) => string;
/**
 * A cell's text without the footnote marks it ends with: "C+†", "PC*", "3‡", and a superscript
 * "C¹" (a reader turns a raised mark into superscript digits). The mark points to a note under
 * the table; it is never part of a rating or a count.
 */
export declare const withoutFootnoteMark: (cell: string) => string;
/** Sentences of a paragraph, for prose parsers that must not read across a full stop. */
export declare function sentences(text: string): readonly string[];
