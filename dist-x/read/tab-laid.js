/** The lines as table rows when most of them carry a tab; otherwise null (they are prose). */
export function tabLaidRows(lines) {
    const filled = lines.filter((l) => l.text.trim().length > 0);
    const tabbed = filled.filter((l) => l.text.includes('\t')).length;
    if (tabbed === 0 || tabbed * 2 < filled.length)
        return null;
    return filled.map((l) => ({ cells: l.text.split('\t').map((c) => c.trim()), loc: l.loc }));
}
const tabLaid = new WeakSet();
/** A table block made of tab-laid rows, remembered as such so that its pieces can be joined. */
export function tabLaidTable(rows, loc) {
    const table = { kind: 'table', rows, loc };
    tabLaid.add(table);
    return table;
}
/** The next line or paragraph after `a` is `b`. */
function follows(a, b) {
    if (!a || !b)
        return false;
    if (a.line !== undefined && b.line !== undefined)
        return b.line === a.line + 1;
    return a.paragraph !== undefined && b.paragraph !== undefined && b.paragraph === a.paragraph + 1;
}
function width(block) {
    return block.kind === 'table' ? Math.max(...block.rows.map((r) => r.cells.length)) : 0;
}
/**
 * Pieces of one tab-laid table are joined again: pieces that follow each other directly (a
 * table whose first line starts with a tab is parsed as an indented block and a paragraph; a
 * Word paragraph is one row) and pieces of the same width split only by a blank line.
 */
export function joinTabLaidTables(blocks) {
    const out = [];
    for (const block of blocks) {
        const previous = out.at(-1);
        if (block.kind === 'table' && previous?.kind === 'table' && tabLaid.has(previous) && tabLaid.has(block)) {
            if (follows(previous.rows.at(-1)?.loc, block.rows[0]?.loc) || width(previous) === width(block)) {
                previous.rows.push(...block.rows);
                continue;
            }
        }
        out.push(block);
    }
    return out;
}
//# sourceMappingURL=tab-laid.js.map