/** Whitespace collapsed to single spaces and trimmed, lines broken at a hyphen joined: how cell and paragraph text is compared and stored. */
const HYPHENATED_BREAK = /\w-[ \t]*\n/;
const HYPHENATED_BREAKS = /(\w)-[ \t]*\n\s*(?=[a-z0-9])/g;
/** Text to match literally inside a regular expression. */
export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Text with any whitespace but single spaces between words: most text is already tidy, and is returned as it is. */
const UNTIDY = /[^\S ]| {2}|^ | $/;
export function tidy(text) {
    if (!UNTIDY.test(text))
        return text;
    // "forty-\nthree", "48-\nhour": a line a word's own hyphen broke joins without a space.
    const joined = HYPHENATED_BREAK.test(text) ? text.replace(HYPHENATED_BREAKS, '$1-') : text;
    return joined.replace(/\s+/g, ' ').trim();
}
/** Lower case with punctuation and spacing made uniform, for matching labels. */
export function normaliseLabel(text) {
    // "Visit Date(s)", "Assessor(s)": a plural in brackets is the plural.
    return tidy(text.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/(\w)\(s\)/g, '$1s').replace(/[:.*_]+/g, ' '));
}
/** A text without the remark in brackets it ends with: "Lead Assessor (author)", "Lydmouth Libraries (Lydmouth County Council)". */
export const withoutEndRemark = (text) => text.replace(/\s*\([^()]*\)\s*$/, '');
/**
 * A cell's text without the footnote marks it ends with: "C+†", "PC*", "3‡", and a superscript
 * "C¹" (a reader turns a raised mark into superscript digits). The mark points to a note under
 * the table; it is never part of a rating or a count.
 */
export const withoutFootnoteMark = (cell) => cell.trim().replace(/(?<=\S)\s?[*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹]+$/u, '');
/** Sentences of a paragraph, for prose parsers that must not read across a full stop. */
export function sentences(text) {
    // Every prose parser splits the same paragraphs: each is split once while it is in use.
    const known = SENTENCES.get(text);
    if (known)
        return known;
    const split = tidy(text)
        .split(SENTENCE_END)
        .filter((s) => s.length > 0);
    if (SENTENCES.size >= SENTENCE_CACHE)
        SENTENCES.clear();
    SENTENCES.set(text, split);
    return split;
}
/**
 * A full stop, semicolon, ! or ? and the space after it, before a capital, a number or a bracket;
 * not the stop of an abbreviation that comes before a name or a number ("El. 4.1.2", "No. 3",
 * "Dr. Whitaker", "e.g. 1.1.3").
 */
const SENTENCE_END = /(?<=[.;!?][*†‡⁰¹²³⁴⁵⁶⁷⁸⁹]*)(?<!\b(?:El|Elem|Els|No|Nos|Dr|Mr|Mrs|Ms|St|cf|e\.g|i\.e|approx|para|Para|ref|Ref|ca)\.)\s+(?=[A-Z0-9(])/;
/** Paragraphs whose sentences are kept: more than a long report has, few enough to hold little memory. */
const SENTENCE_CACHE = 4096;
const SENTENCES = new Map();
//# sourceMappingURL=text.js.map