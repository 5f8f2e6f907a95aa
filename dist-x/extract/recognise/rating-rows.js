import { codeListCell } from '../../parse/codes.js';
import { codesWithRanges } from '../../parse/code-ranges.js';
import { parseNumber } from '../../parse/numbers.js';
import { parseRatingCell } from '../../parse/ratings.js';
import { tidy } from '../../parse/text.js';
import { emptyTotals, isTotalLabel, RATING_KEY } from '../score-table.js';
const NOTHING = /^(?:n\/?a|none|nil|-|–|—|no elements?|not applicable)$/i;
/** The elements a cell names: a list of codes, or codes with ranges; [] for "None"; null for anything else. */
function elementsOf(cell) {
    const text = tidy(cell);
    if (text === '' || NOTHING.test(text))
        return [];
    return codeListCell(text) ?? codesWithRanges(text);
}
/** The elements each rating's row names, or undefined when the table is not one row per rating. */
export function ratingRows(block) {
    if (block.kind !== 'table')
        return undefined;
    const rows = block.rows.filter((row) => parseRatingCell(tidy(row.cells[0] ?? '')) !== null);
    // The rest: a header above them and a total below, nothing else.
    const others = block.rows.filter((row) => !rows.includes(row));
    if (rows.length < 2 || others.length > 2 || others.some((row, i) => i > 0 && !isTotalLabel(tidy(row.cells[0] ?? ''))))
        return undefined;
    const ratings = rows.map((row) => parseRatingCell(tidy(row.cells[0])));
    if (new Set(ratings).size !== ratings.length)
        return undefined;
    // The column of elements: the one every rating row names elements (or none) in, and one at least names some.
    const width = Math.max(...rows.map((row) => row.cells.length));
    let column = null;
    for (let c = 1; c < width && column === null; c++) {
        const cells = rows.map((row) => elementsOf(row.cells[c] ?? ''));
        if (cells.every((codes) => codes !== null) && cells.some((codes) => codes.length > 0))
            column = c;
    }
    if (column === null)
        return undefined;
    const rated = [];
    const totals = emptyTotals();
    let counted = true;
    rows.forEach((row, i) => {
        const rating = ratings[i];
        for (const code of elementsOf(row.cells[column] ?? ''))
            rated.push({ code, rating, justification: null, loc: row.loc });
        const count = row.cells.map((cell, c) => (c > column ? parseNumber(tidy(cell)) : null)).find((n) => n !== null) ?? null;
        if (count === null)
            counted = false;
        else
            totals[RATING_KEY[rating]] = count;
    });
    return { rated, totals: counted ? totals : null };
}
//# sourceMappingURL=rating-rows.js.map