/**
 * Ticks and crosses, read as the mark they show: `✓` for a tick and `✗` for a cross, whatever
 * drew them. Reports mark an element matrix with a character of a symbol font (Word's Insert >
 * Symbol: Wingdings 0xFC, ZapfDingbats "4", Symbol's radical sign) or with one of Unicode's
 * several ticks and crosses; a symbol font's character means nothing read as text ("ü", "4",
 * or a private-use code point). Shared by the Word and PDF readers, so an element matrix is the
 * same table whichever format it arrived in.
 */
export type Mark = '✓' | '✗';
/**
 * The mark a run of text in the font `fontName` shows, when the run is a symbol font's tick or
 * cross and nothing else; null otherwise (a bullet, a letter, a font that is not a symbol font).
 */
export declare function markInSymbolFont(text: string, fontName: string): Mark | null;
/** Text with every Unicode tick as `✓` and every cross as `✗`. */
export declare function withPlainMarks(text: string): string;
