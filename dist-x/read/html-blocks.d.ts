/**
 * HTML into blocks, for every reader that meets HTML: the Word reader (mammoth's output) and the
 * Markdown reader (raw HTML in a report exported from the web). Headings, paragraphs (a bold-only
 * one is a title), lists and tables, merged cells spread as table-blocks.ts does for every
 * format. Where each block came from is the caller's to say: a paragraph's index for Word, a
 * source line for Markdown.
 */
import type { Element } from 'hast';
import { type Block, type SourceLocation } from '../document/model.js';
/**
 * Where a heading, paragraph, list item or table row came from. Called once for each, in
 * document order, empty ones included, so a caller may number them.
 */
export type Locate = (node: Element) => SourceLocation;
/** The blocks of an HTML fragment, each where `locate` says. */
export declare function htmlBlocks(html: string, locate: Locate): Block[];
