/** A footnote mark that may be raised: a number of up to three digits, or footnote symbols. */
export declare const RAISED_MARK: RegExp;
/** The mark written as a superscript: digits as superscript digits, symbols as they are. */
export declare function asSuperscript(mark: string): string;
