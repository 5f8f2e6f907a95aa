/**
 * How reports number a criterion: a digit, a roman numeral ("Criterion III", "I." in a count
 * table) or a word ("Criterion Four"). One reading for every recogniser that meets one.
 */
const ROMAN = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5 };
/** A regular-expression source matching a criterion's number in any of those spellings (use with the `i` flag). */
export const CRITERION_NUMBER = String.raw `(?:[1-5]|I{1,3}|IV|V|one|two|three|four|five)`;
/** The criterion a number names, or null where it names none. */
export function criterionNumberOf(text) {
    const t = text.trim();
    if (/^[1-5]$/.test(t))
        return Number(t);
    return ROMAN[t.toUpperCase()] ?? WORDS[t.toLowerCase()] ?? null;
}
//# sourceMappingURL=criterion-numbers.js.map