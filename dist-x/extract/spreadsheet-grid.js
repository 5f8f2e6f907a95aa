import { BOLD_TITLE_LEVEL, rowKey } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
/** The fewest column letters that make a row a sheet's column headings (two could be a key's "A | B"). */
const MIN_LETTERS = 3;
/** The share of the rows below the letters that must start with a row number. */
const NUMBERED_SHARE = 0.8;
/** The name a spreadsheet gives its column `i` (0-based): A … Z, AA, AB … */
export function columnLetters(i) {
    let name = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
        name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
}
/** A row of column letters: an empty corner (over the row numbers), then A, B, C … in order, blanks between allowed (a PDF's reader may split a column). */
function isColumnLettersRow(cells) {
    if ((cells[0] ?? '').trim() !== '')
        return false;
    const letters = cells.slice(1).map((c) => c.trim()).filter((c) => c !== '');
    return letters.length >= MIN_LETTERS && letters.every((letter, i) => letter === columnLetters(i));
}
const ROW_NUMBER = /^\d{1,5}$/;
const rowNumberOf = (cells) => (ROW_NUMBER.test((cells[0] ?? '').trim()) ? Number(cells[0].trim()) : null);
const isBlank = (cells) => cells.every((c) => c.trim() === '');
/** The texts of a row, a merged cell written once per column counted once. */
const textsOf = (cells) => [...new Set(cells.map((c) => c.trim()).filter((c) => c !== ''))];
/** A value a row of data holds: a number, a date, an element's code. A header is only labels. */
const VALUE = /^(?:[-–]?\d[\d,.]*%?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|#{3,})$/;
/** A row of one label from the sheet's first column: a banner ("CRITERION 2 – …", "SUMMARY"), not a row of data. */
const isBanner = (cells) => {
    const texts = textsOf(cells);
    return texts.length === 1 && (cells[0] ?? '').trim() !== '' && !VALUE.test(texts[0]) && leadingCode(texts[0]) === null;
};
/** A row of two labels or more and no value: the header of a block ("Rating | Count | Pts"). */
const isHeaderRow = (cells) => {
    const texts = textsOf(cells);
    return texts.length >= 2 && texts.every((t) => !VALUE.test(t) && leadingCode(t) === null);
};
/** The first column a row writes in. */
const leftEdgeOf = (cells) => cells.findIndex((c) => c.trim() !== '');
/**
 * The rows of a grid's piece without the row numbers, or null when most rows do not start with
 * one or the numbers do not rise from `after` (a table of other numbered things). A header
 * repeated on a later page repeats its own number and is dropped; a banner merged across the
 * sheet is written once, in its first cell.
 */
function numberedRows(rows, after, header) {
    const numbers = rows.map((r) => rowNumberOf(r.cells));
    if (rows.length === 0 || numbers.filter((n) => n !== null).length < rows.length * NUMBERED_SHARE)
        return null;
    let last = after;
    const out = [];
    for (const [i, row] of rows.entries()) {
        const cells = row.cells.slice(1);
        const n = numbers[i];
        if (header && out.length > 0 && rowKey(cells) === rowKey(header))
            continue;
        if (n !== null && n !== undefined) {
            if (n <= last) {
                if (out.length === 0)
                    return null;
                continue;
            }
            last = n;
        }
        out.push({ ...row, cells: isBanner(cells) ? cells.map((c, j) => (j === 0 ? c : '')) : cells });
    }
    return out.length > 0 ? { rows: out, last } : null;
}
/** A grid printed with its headings: the letters first, then the numbered rows (more letters rows, a page's, dropped). */
function gridRows(table) {
    const [letters, ...rest] = table.rows;
    if (!letters || !isColumnLettersRow(letters.cells))
        return null;
    const body = rest.filter((r) => !isColumnLettersRow(r.cells));
    return numberedRows(body, 0, body[0]?.cells.slice(1) ?? null);
}
/** A block's rows with only the columns it writes in. */
function compact(rows) {
    const width = Math.max(...rows.map((r) => r.cells.length));
    const used = Array.from({ length: width }, (_, c) => rows.some((r) => (r.cells[c] ?? '').trim() !== '' && !isBanner(r.cells)));
    return rows.map((row) => ({ ...row, cells: row.cells.filter((_, c) => used[c]) }));
}
/** The grid cut into its blocks, each a table (with its banner before it as a heading). */
function blocksOf(rows) {
    const parts = [];
    let current = [];
    let left = -1;
    let afterBlank = false;
    let banners = [];
    for (const row of rows) {
        if (isBlank(row.cells)) {
            afterBlank = current.length > 0;
            continue;
        }
        if (isBanner(row.cells)) {
            banners.push(row);
            continue;
        }
        const edge = leftEdgeOf(row.cells);
        const starts = current.length === 0 || edge !== left || (afterBlank && isHeaderRow(row.cells));
        if (starts) {
            if (current.length > 0)
                parts.push(current);
            current = [...banners];
            left = edge;
        }
        else {
            current.push(...banners);
        }
        banners = [];
        afterBlank = false;
        current.push(row);
    }
    current.push(...banners);
    if (current.length > 0)
        parts.push(current);
    return parts.flatMap((part, p) => {
        // A banner over a later block of its own ("SUMMARY") is its title; a banner over the first block, or inside
        // one (a criterion's, between its rows), stays in it as the table's own row.
        const lead = [];
        let start = 0;
        while (p > 0 && start < part.length - 1 && isBanner(part[start].cells)) {
            lead.push({ kind: 'heading', level: 3, text: textsOf(part[start].cells)[0], loc: part[start].loc });
            start++;
        }
        const body = part.slice(start);
        return [...lead, { kind: 'table', rows: compact(body), loc: body[0].loc }];
    });
}
/**
 * Grids read, and the pieces a PDF's reader cut a grid into at its page breaks (a piece with no
 * letters over it, whose row numbers carry on from the grid's) read as the grid's rows.
 */
export function withSpreadsheetGridsRead(document) {
    let changed = false;
    // The last row number of the grid read last, while its pieces may follow.
    let last = null;
    const blocks = document.blocks.flatMap((block) => {
        if (block.kind === 'heading' && block.level < BOLD_TITLE_LEVEL)
            last = null;
        if (block.kind !== 'table')
            return [block];
        const grid = gridRows(block) ?? (last === null ? null : numberedRows(block.rows, last, null));
        last = grid?.last ?? null;
        if (!grid)
            return [block];
        changed = true;
        return blocksOf(grid.rows);
    });
    return changed ? { ...document, blocks } : document;
}
//# sourceMappingURL=spreadsheet-grid.js.map