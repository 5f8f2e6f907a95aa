import { isElementCode } from '../../standard/catalogue.js';
import { parseRatingCell, ratingName } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import { locationOf } from '../draft.js';
/** "1.1", "1.1 Customer Identification", "Sub-criterion 2.3": a sub-criterion, and not an element ("1.1.1"). */
const SUB_CRITERION = /^(?:sub[- ]?criterion\s+)?([1-5])\s*\.\s*([1-9])(?![.\d])/i;
/** "1", "Element 1", "El. 1", "1st": an element's number within its sub-criterion. */
const ELEMENT_NUMBER = /^(?:el(?:ement)?\.?\s*)?([1-9])(?:st|nd|rd|th)?$/i;
/** A cell that says there is nothing there: blank, a dash, "n/a". */
const EMPTY = /^(?:|[-–—]|n\/?a|not applicable)$/i;
/** Header rows looked at above the grid (a merged "Element" row may stand over the numbers). */
const HEADER_ROWS = 3;
/** Fewer sub-criteria than this is no grid (a table of two sub-criteria is something else). */
const MIN_SUB_CRITERIA = 3;
/** Columns numbered 1, 2, 3 … in order (at least three), with where they start. */
function numberedColumns(cells) {
    const columns = new Map();
    cells.forEach((cell, at) => {
        const number = ELEMENT_NUMBER.exec(tidy(cell))?.[1];
        if (number)
            columns.set(at, Number(number));
    });
    const numbers = [...columns.values()];
    if (numbers.length < 3 || numbers.some((n, i) => n !== i + 1))
        return null;
    return columns;
}
/** The sub-criterion a row (or column) names in its leading cells, before the numbered ones. */
function subCriterionOf(cells, before) {
    for (const cell of cells.slice(0, before)) {
        const m = SUB_CRITERION.exec(tidy(cell));
        if (m)
            return `${m[1]}.${m[2]}`;
    }
    return null;
}
/** The grid's cells, read as rows of sub-criteria under a header of element numbers. */
function gridCells(rows, least) {
    for (let h = 0; h < Math.min(HEADER_ROWS, rows.length); h++) {
        const columns = numberedColumns(rows[h].cells);
        if (!columns)
            continue;
        const first = Math.min(...columns.keys());
        const cells = [];
        const seen = new Set();
        for (const row of rows.slice(h + 1)) {
            const subCriterion = subCriterionOf(row.cells, first);
            // A header repeated where the grid runs over a page, or a note row: not a sub-criterion.
            if (!subCriterion || seen.has(subCriterion))
                continue;
            seen.add(subCriterion);
            for (const [at, number] of columns)
                cells.push({ subCriterion, number, text: tidy(row.cells[at] ?? ''), loc: row.loc });
        }
        return seen.size >= least ? { cells, headerRows: h + 1 } : null;
    }
    return null;
}
/**
 * A table of the grid's header alone ("Sub-criterion | Element …" over "| 1 | 2 | 3 …"), which a
 * Word file leaves standing over one table per criterion where a criterion's title row split it.
 */
export function isGridHeader(table) {
    return table.rows.length <= HEADER_ROWS && table.rows.some((r) => numberedColumns(r.cells) !== null) && table.rows.every((r) => subCriterionOf(r.cells, r.cells.length) === null);
}
/** The table turned over: a row per column, each cell at the header row's location. */
function transposed(table) {
    const width = Math.max(...table.rows.map((r) => r.cells.length));
    return Array.from({ length: width }, (_, c) => ({ cells: table.rows.map((r) => r.cells[c] ?? ''), loc: table.rows[0].loc }));
}
/** `continued`: the table is a piece of a grid whose header stood alone above it, and may hold a single sub-criterion. */
export function subCriterionGrid(table, continued = false) {
    const least = continued ? 1 : MIN_SUB_CRITERIA;
    const rowWise = gridCells(table.rows, least);
    const read = rowWise ?? gridCells(transposed(table), least);
    if (!read)
        return null;
    const { cells } = read;
    const filled = cells.filter((c) => !EMPTY.test(c.text));
    const ratings = filled.map((c) => parseRatingCell(c.text));
    // A grid of sub-criteria whose cells are mostly not ratings (numbers of staff met, dates) is not this.
    if (ratings.filter((r) => r !== null).length < filled.length * 0.8 || filled.length < least)
        return null;
    const rated = [];
    const notes = [];
    filled.forEach((cell, i) => {
        const code = `${cell.subCriterion}.${cell.number}`;
        const rating = ratings[i];
        if (!rating) {
            if (isElementCode(code)) {
                notes.push({
                    rule: 'incomplete-reading',
                    message: `The rating of element ${code} could not be read from its cell of the grid of ratings ("${cell.text.slice(0, 40)}"); it was left out.`,
                    stage: null,
                    criterion: Number(code[0]),
                    elements: [code],
                    location: locationOf(cell.loc),
                });
            }
            return;
        }
        if (!isElementCode(code)) {
            notes.push({
                rule: 'element-in-standard',
                severity: 'error',
                message: `The grid of ratings rates element ${code} (${ratingName(rating)}), which the standard does not have (sub-criterion ${cell.subCriterion}, column ${cell.number}); it was not recorded. Correct the grid.`,
                stage: null,
                criterion: null,
                elements: [],
                location: locationOf(cell.loc),
            });
            return;
        }
        rated.push({ code, rating, justification: null, loc: cell.loc });
    });
    return { rated, notes, header: rowWise ? table.rows.slice(0, rowWise.headerRows) : [] };
}
//# sourceMappingURL=sub-criterion-grid.js.map