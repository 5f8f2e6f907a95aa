/**
 * How wide each character of a font is drawn, in type sizes (ems), from the font pdfjs has
 * loaded (its `widths` by character code and its `toUnicode` map, which pdfjs gives only with
 * `fontExtraProperties`). A text item's own width says where it ends; these widths say where
 * each word inside it starts, which is what is needed where pdfjs has joined the text of
 * neighbouring table cells into one item.
 */
/** Widths of a font's characters in ems; a character the font does not map is absent. */
export type GlyphWidths = ReadonlyMap<string, number>;
export declare function glyphWidthsOf(font: unknown): GlyphWidths | null;
/** The width of a text in ems, or null where the font does not map one of its characters. */
export declare function textWidth(text: string, widths: GlyphWidths): number | null;
