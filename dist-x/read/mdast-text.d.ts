/** The text of Markdown's nodes (mdast) as the Markdown reader keeps it. */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
/**
 * Inline content as text, markup dropped; a hard break (or `<br>`) is a newline, and so is a soft
 * one unless `softBreak` says otherwise. Text struck through (`~~5~~ 4`) is left out: it is what
 * the author changed, not what the report says (as the Word reader does).
 */
export declare function inlineText(nodes: readonly (PhrasingContent | Nodes)[], softBreak?: string): string;
/**
 * Blocks as text, one line for each paragraph, list item or line of code: a paragraph's lines
 * wrapped to fit a column (a grid table's cell) are one line again. An ordered list keeps its
 * numbers: a cell "1. Customer Insight" is a list to CommonMark, and its number is text to a reader.
 */
export declare function blocksText(nodes: readonly RootContent[]): string;
