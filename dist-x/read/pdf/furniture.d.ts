/**
 * Running headers, footers and page numbers: lines in the top or bottom margin that repeat on
 * most pages (digits aside), that are only a page number, or that set a page number apart
 * beside other text ("Official – Sensitive      Page 3", on a report of one page too). They are
 * not part of the report.
 */
import { type TextLine } from './fragments.js';
export interface PageLines {
    height: number;
    lines: TextLine[];
}
/** Each page's lines without its running header, footer and page number. */
export declare function dropPageFurniture(pages: readonly PageLines[]): TextLine[][];
