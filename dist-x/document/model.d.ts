/**
 * The one document model every reader produces. Nothing downstream knows which format it came from.
 */
/** Where a block came from: a 1-based line for Markdown, a page (and line) for PDF, a paragraph index for Word. */
export interface SourceLocation {
    line?: number;
    page?: number;
    /** 1-based index of the paragraph, heading, list item or table row in a Word document's body. */
    paragraph?: number;
}
export interface TableRow {
    cells: string[];
    loc: SourceLocation;
}
export type Block = {
    kind: 'heading';
    level: number;
    text: string;
    loc: SourceLocation;
} | {
    kind: 'paragraph';
    text: string;
    loc: SourceLocation;
}
/** `itemLocs`, where the reader knows them, is where each item starts (a finding about one item points at it). */
 | {
    kind: 'list';
    items: string[];
    itemLocs?: SourceLocation[];
    loc: SourceLocation;
} | {
    kind: 'table';
    rows: TableRow[];
    loc: SourceLocation;
};
export type BlockKind = Block['kind'];
/** A list's items, each with where it starts (the list's own place where the reader does not know an item's). */
export declare function placedItems(block: Extract<Block, {
    kind: 'list';
}>): {
    text: string;
    loc: SourceLocation;
}[];
/** A reader's remark about the input that a person may want to see (e.g. mammoth's messages). */
export interface ReaderDiagnostic {
    severity: 'warning' | 'info';
    message: string;
    loc?: SourceLocation;
}
export interface Document {
    blocks: Block[];
    diagnostics: ReaderDiagnostic[];
}
/** The block with every text in it (a cell, an item, a paragraph's or heading's text) passed through `f`. */
export declare function withEachText(block: Block, f: (text: string) => string): Block;
/** Heading level given to a paragraph that is only bold text: a title line, not a styled heading. */
export declare const BOLD_TITLE_LEVEL = 6;
/** Whether text set apart as a title (bold, say) is short enough, on one line, to be one. */
export declare function isTitleText(text: string): boolean;
/** Two rows are the same row (a header repeated) when every cell is. */
export declare const rowKey: (cells: readonly string[]) => string;
/** The cells of a row a page break split, joined again: each cell's text, then on a new line its rest. */
export declare function joinSplitCells(upper: readonly string[], lower: readonly string[]): string[];
/** The text a block shows a reader, tables as one line per row with cells separated by tabs. */
export declare function blockText(block: Block): string;
