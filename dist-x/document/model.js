/**
 * The one document model every reader produces. Nothing downstream knows which format it came from.
 */
/** A list's items, each with where it starts (the list's own place where the reader does not know an item's). */
export function placedItems(block) {
    return block.items.map((text, i) => ({ text, loc: block.itemLocs?.[i] ?? block.loc }));
}
/** The block with every text in it (a cell, an item, a paragraph's or heading's text) passed through `f`. */
export function withEachText(block, f) {
    switch (block.kind) {
        case 'table':
            return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(f) })) };
        case 'list':
            return { ...block, items: block.items.map(f) };
        default:
            return { ...block, text: f(block.text) };
    }
}
/** Heading level given to a paragraph that is only bold text: a title line, not a styled heading. */
export const BOLD_TITLE_LEVEL = 6;
/** A bold line longer than this is emphasised prose, not a title. */
const MAX_TITLE_LENGTH = 160;
/** Whether text set apart as a title (bold, say) is short enough, on one line, to be one. */
export function isTitleText(text) {
    return text.length > 0 && text.length <= MAX_TITLE_LENGTH && !text.includes('\n');
}
/** Two rows are the same row (a header repeated) when every cell is. */
export const rowKey = (cells) => cells.join('\u0000');
/** The cells of a row a page break split, joined again: each cell's text, then on a new line its rest. */
export function joinSplitCells(upper, lower) {
    return upper.map((cell, c) => [cell, lower[c] ?? ''].filter((text) => text.trim() !== '').join('\n'));
}
/** The text a block shows a reader, tables as one line per row with cells separated by tabs. */
export function blockText(block) {
    switch (block.kind) {
        case 'heading':
        case 'paragraph':
            return block.text;
        case 'list':
            return block.items.join('\n');
        case 'table':
            return block.rows.map((row) => row.cells.join('\t')).join('\n');
    }
}
//# sourceMappingURL=model.js.map