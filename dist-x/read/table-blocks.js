/**
 * A table as a reader rebuilt it (merged cells already spread) into blocks, the same for Word,
 * PDF and Markdown: a row merged across the whole table is a title between two tables, and a
 * header row repeated inside the table (a table pasted after another, or a header repeated at a
 * page break) is not a row of data. Tables that say where cells merge (HTML's colspan and
 * rowspan, a grid table's spans) are spread here too, one way for every reader.
 */
import { BOLD_TITLE_LEVEL, rowKey } from '../document/model.js';
export function tableBlocks(table) {
    const blocks = [];
    let rows = [];
    const flush = () => {
        // One cell alone is a box drawn round text (a cover panel, a callout), not a table: its lines are read as prose.
        if (rows.length === 1 && rows[0].cells.length === 1) {
            const text = rows[0].cells[0].trim();
            if (text)
                blocks.push({ kind: 'paragraph', text, loc: rows[0].loc });
        }
        else if (rows.length > 0)
            blocks.push({ kind: 'table', rows, loc: rows[0].loc });
        rows = [];
    };
    const header = table[0] && rowKey(table[0].cells);
    for (const row of table) {
        if (row.spansTable) {
            flush();
            const text = row.cells[0].replace(/\s+/g, ' ').trim();
            if (text)
                blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc: row.loc });
            continue;
        }
        if (rows.length > 0 && rowKey(row.cells) === header)
            continue;
        rows.push({ cells: row.cells, loc: row.loc });
    }
    flush();
    return blocks;
}
/** Most columns or rows one merged cell is spread over: a span of millions is damage, not layout. */
const MAX_SPAN = 1000;
/**
 * Rows of cells that may span, with every merged cell spread over the cells it covers, its text
 * in each: a cell spanning rows fills its column in the rows below before their own cells are
 * placed, left to right.
 */
export function spreadSpans(rows) {
    const carried = [];
    const out = [];
    for (const row of rows) {
        const cells = [];
        const takeCarried = () => {
            for (let c = carried[cells.length]; c && c.rows > 0; c = carried[cells.length]) {
                c.rows -= 1;
                cells.push(c.text);
            }
        };
        for (const cell of row.cells) {
            takeCarried();
            const colSpan = spanOf(cell.colSpan);
            const rowSpan = spanOf(cell.rowSpan);
            for (let i = 0; i < colSpan; i++) {
                if (rowSpan > 1)
                    carried[cells.length] = { text: cell.text, rows: rowSpan - 1 };
                cells.push(cell.text);
            }
        }
        takeCarried();
        const only = row.cells.length === 1 && carried.every((c) => !c || c.rows === 0) ? row.cells[0] : undefined;
        out.push({ cells, spanned: only ? spanOf(only.colSpan) : null, loc: row.loc });
    }
    let width = 0;
    for (const r of out)
        width = Math.max(width, r.cells.length);
    return out.map((r) => ({ cells: r.cells, spansTable: width > 1 && r.spanned === width, loc: r.loc }));
}
function spanOf(value) {
    return Number.isInteger(value) && value > 0 ? Math.min(value, MAX_SPAN) : 1;
}
//# sourceMappingURL=table-blocks.js.map