/**
 * How wide each character of a font is drawn, in type sizes (ems), from the font pdfjs has
 * loaded (its `widths` by character code and its `toUnicode` map, which pdfjs gives only with
 * `fontExtraProperties`). A text item's own width says where it ends; these widths say where
 * each word inside it starts, which is what is needed where pdfjs has joined the text of
 * neighbouring table cells into one item.
 */
export function glyphWidthsOf(font) {
    const { widths, toUnicode, fontMatrix, defaultWidth } = (font ?? {});
    const map = toUnicode?._map;
    if (!widths || !Array.isArray(map))
        return null;
    const scale = fontMatrix?.[0] ?? 0.001;
    const out = new Map();
    map.forEach((unicode, code) => {
        if (typeof unicode !== 'string' || unicode.length !== 1 || out.has(unicode))
            return;
        const width = widths[code] ?? defaultWidth;
        if (typeof width === 'number' && width > 0)
            out.set(unicode, width * scale);
    });
    return out.size > 0 ? out : null;
}
/** The width of a text in ems, or null where the font does not map one of its characters. */
export function textWidth(text, widths) {
    let sum = 0;
    for (const char of text) {
        const width = widths.get(char);
        if (width === undefined)
            return null;
        sum += width;
    }
    return sum;
}
//# sourceMappingURL=glyph-widths.js.map