/**
 * Footnote marks set raised and small ("C¹" beside a rating, "2015.²" in prose) are written as
 * superscript characters in every format, so "C" and a raised "1" never read as "C1" (a
 * criterion) and "14" with a raised "2" never reads as "142". Cells drop them (parse/text.ts).
 */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A footnote mark that may be raised: a number of up to three digits, or footnote symbols. */
export const RAISED_MARK = /^(?:\d{1,3}|[*†‡§¶]{1,3})$/;
/** The mark written as a superscript: digits as superscript digits, symbols as they are. */
export function asSuperscript(mark) {
    return mark.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}
//# sourceMappingURL=superscript.js.map