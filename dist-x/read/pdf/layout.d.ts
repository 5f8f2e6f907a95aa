/**
 * A PDF's pages (lines of text and bordered tables, in page order) into the document model:
 * headings from font size, title lines from bold or italic, lists from bullets, paragraphs from line
 * spacing, lines laid out in columns by tabs as tables, and a table that runs over a page break
 * as one table, its repeated header dropped and a row the break split joined again.
 */
import { type Block } from '../../document/model.js';
import { type TextLine } from './fragments.js';
import type { GridTable } from './grid-tables.js';
export type PageItem = {
    kind: 'table';
    table: GridTable;
} | {
    kind: 'line';
    line: TextLine;
};
export interface PageLayout {
    page: number;
    items: PageItem[];
}
/**
 * Headings are told by a size larger than the body's, the body's being the size most text is set
 * in. Where lists or tables set in a smaller size outweigh the paragraphs, the paragraphs' size
 * looks like a heading's; a size that sets prose is then taken as the body's and laid out again.
 */
export declare function layoutBlocks(pages: readonly PageLayout[]): Block[];
/**
 * The leading of the body's paragraphs: the distance, most often seen, from a line of several
 * words that runs to the right edge of the document's text (a line the paragraph wrapped) to the
 * next line, set where the
 * line's text starts, in the body's size. Null where fewer than LEADING_SAMPLES such pairs are seen.
 */
export declare function leadingOf(pages: readonly PageLayout[], body: number): number | null;
