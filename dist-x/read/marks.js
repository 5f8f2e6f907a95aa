/**
 * Ticks and crosses, read as the mark they show: `✓` for a tick and `✗` for a cross, whatever
 * drew them. Reports mark an element matrix with a character of a symbol font (Word's Insert >
 * Symbol: Wingdings 0xFC, ZapfDingbats "4", Symbol's radical sign) or with one of Unicode's
 * several ticks and crosses; a symbol font's character means nothing read as text ("ü", "4",
 * or a private-use code point). Shared by the Word and PDF readers, so an element matrix is the
 * same table whichever format it arrived in.
 */
/**
 * The marks of each symbol font, by the character code the font draws them at. Word writes
 * symbol-font characters in the private-use area (U+F0FC for Wingdings 0xFC); PDF producers
 * keep either form. The first font whose name matches is taken (Wingdings 2 before Wingdings).
 */
const SYMBOL_FONTS = [
    // Wingdings 2: P a tick, O a cross, R a ticked box, T a crossed box.
    { font: /wingdings\s*-?\s*2/i, marks: { 0x50: '✓', 0x4f: '✗', 0x52: '✓', 0x54: '✗' } },
    // Wingdings: 0xFC a tick, 0xFB a cross, 0xFE a ticked box, 0xFD a crossed box.
    { font: /wingdings/i, marks: { 0xfc: '✓', 0xfb: '✗', 0xfe: '✓', 0xfd: '✗' } },
    // ZapfDingbats (and URW's D050000L, which stands in for it): 3 and 4 ticks, 5 to 8 crosses.
    { font: /zapf\s*dingbats|dingbats|d050000l/i, marks: { 0x33: '✓', 0x34: '✓', 0x35: '✗', 0x36: '✗', 0x37: '✗', 0x38: '✗' } },
    // Symbol: the radical sign (0xD6) is the tick it offers, the multiplication sign (0xB4) the cross.
    { font: /symbol/i, marks: { 0xd6: '✓', 0xb4: '✗' } },
];
/** The private-use block Word puts symbol-font characters in. */
const SYMBOL_PRIVATE_USE = 0xf000;
/**
 * The mark a run of text in the font `fontName` shows, when the run is a symbol font's tick or
 * cross and nothing else; null otherwise (a bullet, a letter, a font that is not a symbol font).
 */
export function markInSymbolFont(text, fontName) {
    const chars = [...text.trim()];
    if (chars.length !== 1)
        return null;
    const marks = SYMBOL_FONTS.find((s) => s.font.test(fontName))?.marks;
    if (!marks)
        return null;
    const code = chars[0].codePointAt(0);
    return marks[code >= SYMBOL_PRIVATE_USE && code <= SYMBOL_PRIVATE_USE + 0xff ? code - SYMBOL_PRIVATE_USE : code] ?? null;
}
/** Unicode's ticks and crosses other than ✓ and ✗ (heavy, ballot-box and emoji forms). */
const TICKS = /[\u2714\u2705\u2611\u{1F5F8}]/gu;
const CROSSES = /[\u2718\u274C\u2612\u2715\u2716\u274E]/gu;
const ANY_MARK = /[\u2714\u2705\u2611\u2718\u274C\u2612\u2715\u2716\u274E\u{1F5F8}]/u;
/** Text with every Unicode tick as `✓` and every cross as `✗`. */
export function withPlainMarks(text) {
    return ANY_MARK.test(text) ? text.replace(TICKS, '✓').replace(CROSSES, '✗') : text;
}
//# sourceMappingURL=marks.js.map