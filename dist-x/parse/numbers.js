/** Numbers written as words ("ten of the fifty seven", "fourteen", "fifty-seven") or digits. */
const UNITS = {
    zero: 0, no: 0, none: 0, nil: 0, one: 1, a: 1, an: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
    eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
    sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60 };
const UNIT_WORDS = Object.keys(UNITS).filter((w) => !['a', 'an', 'no', 'none', 'nil', 'single'].includes(w));
/** A regular-expression source matching one number in words or digits. */
export const NUMBER_PATTERN = String.raw `(?:\d{1,3}|(?:${Object.keys(TENS).join('|')})(?:[\s-](?:${UNIT_WORDS.join('|')}))?|${UNIT_WORDS.join('|')})`;
export function parseNumber(text) {
    const t = text.trim().toLowerCase();
    if (/^\d+$/.test(t))
        return Number(t);
    if (t in UNITS)
        return UNITS[t];
    const m = /^([a-z]+)(?:[\s-]+([a-z]+))?$/.exec(t);
    if (!m)
        return null;
    const tens = TENS[m[1]];
    if (tens === undefined)
        return null;
    if (!m[2])
        return tens;
    const unit = UNITS[m[2]];
    return unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
}
//# sourceMappingURL=numbers.js.map