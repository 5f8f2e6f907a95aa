import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksText } from './mdast-text.js';
const processor = unified().use(remarkParse);
const FULL_RULE = /^-{3,}\s*$/;
/** Two or more groups of dashes parted by spaces: the line that sets the columns. */
const GROUPS = /^-{2,}(?: +-{2,})+\s*$/;
/** Most header lines over the groups, and most lines a table may run to. */
const MAX_HEADER_LINES = 6;
const MAX_TABLE_LINES = 5000;
/** Where each column ends (exclusive), the last column running on to the end of the line. */
function columnEnds(groups) {
    return [...groups.trimEnd().matchAll(/-+/g)].map((m) => m.index + m[0].length);
}
/** The text of a cell, its Markdown read ("\*", "**bold**"). */
function cellText(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    return /[\\*_`[<~]/.test(t) ? blocksText(processor.parse(t).children).replace(/\s+/g, ' ').trim() : t;
}
/** A row's lines cut into its cells, each cell's lines joined. */
function rowCells(lines, ends) {
    const cells = ends.map(() => []);
    for (const line of lines) {
        const chars = [...line];
        ends.forEach((end, c) => {
            const start = c === 0 ? 0 : ends[c - 1];
            cells[c].push(chars.slice(start, c === ends.length - 1 ? undefined : end).join(''));
        });
    }
    return cells.map((parts) => cellText(parts.join(' ')));
}
const blank = (line) => line === undefined || line.trim() === '';
/** The table starting at line `i` (0-based), and the line after it; null where none starts there. */
function tableAt(lines, i) {
    if (!blank(lines[i - 1]))
        return null;
    const row = (group, first) => ({ cells: rowCells(group, ends), loc: { line: first + 1 } });
    let ends = [];
    // A multiline table: a full rule, header lines, the groups, rows parted by blank lines, a full rule.
    if (FULL_RULE.test(lines[i])) {
        let groups = i + 1;
        while (groups < lines.length && groups <= i + MAX_HEADER_LINES && !GROUPS.test(lines[groups]) && !blank(lines[groups]))
            groups++;
        if (groups === i + 1 || !GROUPS.test(lines[groups] ?? ''))
            return null;
        let close = groups + 1;
        while (close < lines.length && close < i + MAX_TABLE_LINES && !FULL_RULE.test(lines[close]))
            close++;
        if (!FULL_RULE.test(lines[close] ?? '') || !blank(lines[close + 1]))
            return null;
        ends = columnEnds(lines[groups]);
        const rows = [row(lines.slice(i + 1, groups), i + 1)];
        let start = groups + 1;
        for (let k = groups + 1; k <= close; k++) {
            if (k < close && !blank(lines[k]))
                continue;
            if (k > start)
                rows.push(row(lines.slice(start, k), start));
            start = k + 1;
        }
        return rows.length > 1 ? { rows, end: close + 1 } : null;
    }
    // A simple table: a header line, the groups, a row a line to a blank line.
    if (blank(lines[i]) || !GROUPS.test(lines[i + 1] ?? ''))
        return null;
    ends = columnEnds(lines[i + 1]);
    let end = i + 2;
    while (end < lines.length && end < i + MAX_TABLE_LINES && !blank(lines[end]))
        end++;
    if (end === i + 2)
        return null;
    const rows = [row([lines[i]], i), ...lines.slice(i + 2, end).map((line, k) => row([line], i + 2 + k))];
    return { rows, end };
}
/** The document's lines with its dashed tables blanked, and each table's block by its first line (1-based). */
export function takeDashedTables(lines) {
    const out = [...lines];
    const tables = new Map();
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith('-') && !(lines[i + 1] ?? '').startsWith('-'))
            continue;
        const table = tableAt(lines, i);
        if (!table)
            continue;
        tables.set(i + 1, [{ kind: 'table', rows: table.rows, loc: { line: i + 1 } }]);
        out.fill('', i, table.end);
        i = table.end - 1;
    }
    return { lines: out, tables };
}
//# sourceMappingURL=markdown-dashed-tables.js.map