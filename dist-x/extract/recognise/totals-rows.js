import { parseNumber } from '../../parse/numbers.js';
import { parseRatingCell, ratingOfColumnHeader } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import { emptyTotals, isTotalLabel, RATING_KEY } from '../score-table.js';
import { stageOfHeader } from './staged-ratings.js';
/** "Totals", "Totals (C+ / C / PC / NC)": the label, and the ratings its key lists in order. */
function totalsLabel(cell) {
    const m = /^(.*?)\s*(?:\(([^()]*)\))?\s*:?$/.exec(tidy(cell));
    if (!m || !isTotalLabel(m[1]))
        return undefined;
    if (!m[2])
        return null;
    const key = m[2].split(/\s*[\/,;|]\s*/).map(parseRatingCell);
    return key.length >= 2 && key.every((r) => r !== null) ? key : undefined;
}
/** Whether a row's first cell labels it a totals row ("Totals", "Total (C+ / C / PC / NC)"). */
export function isTotalsRowLabel(cell) {
    return totalsLabel(cell) !== undefined;
}
function count(text) {
    const n = parseNumber(text.trim());
    return n !== null && Number.isInteger(n) && n >= 0 && n <= 57 ? n : null;
}
/** "2 / 52 / 3 / 0" in the order of the label's key. */
function inKeyOrder(cell, key) {
    const parts = cell.split(/\s*\/\s*/);
    if (parts.length !== key.length)
        return null;
    const totals = emptyTotals();
    for (const [i, part] of parts.entries()) {
        const n = count(part);
        if (n === null)
            return null;
        totals[RATING_KEY[key[i]]] = n;
    }
    return totals;
}
/** "C+ 4", "4 C+", "PC: 2": a rating and its count. */
function labelledCount(cell) {
    const m = /^(.+?)\s*[:=–-]?\s*(\d{1,2})$/.exec(cell) ?? null;
    const rating = m ? parseRatingCell(m[1]) : null;
    if (m && rating)
        return { rating, count: Number(m[2]) };
    const before = /^(\d{1,2})\s+(.+)$/.exec(cell);
    const after = before ? parseRatingCell(before[2]) : null;
    return before && after ? { rating: after, count: Number(before[1]) } : null;
}
function rowTotals(cells, header, labelAt, key, ratingColumns) {
    const label = tidy(cells[labelAt]);
    // A merged label cell repeats its text in the cells it covers.
    const values = cells.map((c, i) => ({ text: tidy(c), column: i })).filter((v, i) => i > labelAt && v.text !== '' && v.text !== label);
    if (values.length === 0)
        return null;
    if (key) {
        const read = values.map((v) => ({ totals: inKeyOrder(v.text, key), stage: stageOfHeader(header[v.column] ?? '') }));
        if (read.some((r) => r.totals === null))
            return null;
        if (read.length === 1)
            return [{ totals: read[0].totals }];
        // Several value cells are several visits' totals: each column must name its visit.
        if (read.some((r) => r.stage === null) || new Set(read.map((r) => r.stage)).size !== read.length)
            return null;
        return read.map((r) => ({ totals: r.totals, stage: r.stage }));
    }
    const totals = emptyTotals();
    const seen = new Set();
    // "Totals | AR1 | 2 | 52 | 3 | 0": a cell naming the visit the row's counts are of.
    const visit = values.find((v) => stageOfHeader(v.text) !== null);
    // "C+ 4 | C 51 | PC 2 | NC 0" may share one cell.
    const parts = values.filter((v) => v !== visit).flatMap((v) => v.text.split(/\s*[|;,]\s*/).map((text) => ({ text, column: v.column })));
    for (const v of parts) {
        const pair = labelledCount(v.text);
        const columnRating = pair ? null : (ratingColumns?.get(v.column) ?? ratingOfColumnHeader(header[v.column] ?? ''));
        const rating = pair?.rating ?? columnRating;
        const n = pair ? pair.count : count(v.text);
        if (!rating || n === null || seen.has(rating))
            return null;
        seen.add(rating);
        totals[RATING_KEY[rating]] = n;
    }
    if (seen.size < 2)
        return null;
    return visit ? [{ totals, stage: stageOfHeader(visit.text) }] : [{ totals }];
}
/**
 * The totals rows of a table with a header row, or undefined when it has none. `ratingColumns`:
 * the rating each column holds, where the element table's reading knows it from a header of two
 * rows or from the table's part before a page break.
 */
export function totalsRows(block, ratingColumns) {
    if (block.kind !== 'table' || block.rows.length < 3)
        return undefined;
    const header = block.rows[0].cells;
    const found = [];
    for (const row of block.rows.slice(1)) {
        const labelAt = row.cells.findIndex((c) => tidy(c) !== '');
        if (labelAt < 0)
            continue;
        const key = totalsLabel(row.cells[labelAt]);
        if (key === undefined)
            continue;
        const read = rowTotals(row.cells, header, labelAt, key, ratingColumns);
        if (!read)
            continue;
        // One totals row, or one per visit: rows of no visit after the first are not this table's totals.
        if (found.length === 0 || (read.every((r) => r.stage) && found.every((r) => r.stage)))
            found.push(...read);
    }
    return found.length > 0 ? found : undefined;
}
//# sourceMappingURL=totals-rows.js.map