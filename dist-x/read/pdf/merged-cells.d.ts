/**
 * Table cells pdfjs has joined into one text item. pdfjs joins two runs of text on a line into
 * one item, with a space between, wherever the gap between them is under about 0.6 of the type
 * size, which is often the case in a table printed with narrow padding ("5 Timeliness and Quality
 * of Service 1", or a whole header "Compliance Plus Compliance Partial Compliance"). Such an item
 * crosses the columns the rows around it keep to. It is split at the columns' starts when the
 * font's widths allow exactly one way of doing so: each part starting in its column and ending
 * before the next column starts, the parts drawn at their widths, the gaps between them wider than
 * a space pdfjs would not have marked, and the last part ending where the item ends; and only
 * where the item is wider than its words set with spaces between them (see MIN_EXCESS).
 */
import { type TextLine } from './fragments.js';
import { type GlyphWidths } from './glyph-widths.js';
export type WidthsOf = (font: string) => GlyphWidths | null;
export declare function splitMergedCells(pageLinesAsRead: readonly TextLine[], widthsOf: WidthsOf): TextLine[];
