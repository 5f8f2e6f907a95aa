/**
 * Tables with borders ("lattice"): ruling lines that meet make a grid; each cell's text is the
 * fragments inside it, however many lines it wraps over. A missing border between two grid
 * cells means a merged cell, whose text is spread over every cell it covers, as in Word.
 */
import { joinFragments, linesOf } from './fragments.js';
import { joinLines } from './text-lines.js';
/** Rulings this close are one line (a border drawn twice, or by two adjacent cells). */
export const SAME_LINE = 2;
function cluster(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const out = [];
    for (const v of sorted) {
        const last = out.at(-1);
        if (last && v - last.at(-1) <= SAME_LINE)
            last.push(v);
        else
            out.push([v]);
    }
    return out.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
}
export function touches(h, v) {
    return v.at >= h.from - SAME_LINE && v.at <= h.to + SAME_LINE && h.at >= v.from - SAME_LINE && h.at <= v.to + SAME_LINE;
}
/** Two rulings of one orientation that carry on one line: a border a browser draws cell by cell. */
const carriesOn = (r, s) => Math.abs(r.at - s.at) <= SAME_LINE && r.from <= s.to + SAME_LINE && s.from <= r.to + SAME_LINE;
/**
 * Groups of rulings that meet one another, or carry on one another's line: each is one table's
 * grid. A border under a cell merged across columns meets no column line of its own ("Client |
 * Harbourside Borough Council", the name's cell over three columns), but carries on the border
 * of the cell beside it.
 */
function grids(rulings) {
    const parent = rulings.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    rulings.forEach((r, i) => {
        rulings.forEach((s, j) => {
            if (j <= i)
                return;
            const meet = r.orientation !== s.orientation ? touches(r.orientation === 'h' ? r : s, r.orientation === 'h' ? s : r) : carriesOn(r, s);
            if (meet)
                parent[find(i)] = find(j);
        });
    });
    const groups = new Map();
    rulings.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
    return [...groups.values()].filter((g) => g.filter((r) => r.orientation === 'h').length >= 2 && g.filter((r) => r.orientation === 'v').length >= 2);
}
function covers(rulings, at, point) {
    return rulings.some((r) => Math.abs(r.at - at) <= SAME_LINE && r.from - SAME_LINE <= point && point <= r.to + SAME_LINE);
}
/** Side borders running on past a table's last horizontal border by more than this leave its edge open. */
const OPEN_EDGE = 4;
/**
 * The row boundaries (top down), with an edge the page cut closed. A browser that breaks a row
 * over pages draws no border where it cut it: the side borders run on to the foot of the page
 * (or from its head) past the last horizontal one. Where both outermost side borders do so, the
 * row ends where they end, so the text of its cut part is still the row's.
 */
function closedAtOpenEnds(ys, verticals, xs) {
    if (ys.length === 0 || xs.length < 2)
        return ys;
    const sides = [xs[0], xs.at(-1)].map((x) => verticals.filter((v) => Math.abs(v.at - x) <= SAME_LINE));
    const lowest = Math.max(...sides.map((side) => Math.min(...side.map((v) => v.from))));
    const highest = Math.min(...sides.map((side) => Math.max(...side.map((v) => v.to))));
    const closed = [...ys];
    if (lowest < closed.at(-1) - OPEN_EDGE)
        closed.push(lowest);
    if (highest > closed[0] + OPEN_EDGE)
        closed.unshift(highest);
    return closed;
}
/**
 * The bordered tables of a page, and the fragments that lie outside them. A fragment belongs
 * to the cell its start and baseline fall in.
 */
export function gridTables(rulings, fragments) {
    const claimed = new Set();
    const tables = [];
    for (const grid of grids(rulings)) {
        const horizontals = grid.filter((r) => r.orientation === 'h');
        const verticals = grid.filter((r) => r.orientation === 'v');
        const xs = cluster(verticals.map((r) => r.at));
        const ys = closedAtOpenEnds(cluster(horizontals.map((r) => r.at)).reverse(), verticals, xs);
        if (xs.length < 2 || ys.length < 2)
            continue;
        const rowCount = ys.length - 1;
        const colCount = xs.length - 1;
        const id = (r, c) => r * colCount + c;
        const parent = Array.from({ length: rowCount * colCount }, (_, i) => i);
        const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
        for (let r = 0; r < rowCount; r++) {
            const midY = (ys[r] + ys[r + 1]) / 2;
            for (let c = 0; c < colCount; c++) {
                const midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < colCount && !covers(verticals, xs[c + 1], midY))
                    parent[find(id(r, c + 1))] = find(id(r, c));
                if (r + 1 < rowCount && !covers(horizontals, ys[r + 1], midX))
                    parent[find(id(r + 1, c))] = find(id(r, c));
            }
        }
        const inCell = new Map();
        for (const f of fragments) {
            if (claimed.has(f))
                continue;
            const x = f.x + 0.5;
            const y = f.y + f.size * 0.3;
            if (x < xs[0] || x > xs.at(-1) || y > ys[0] || y < ys.at(-1))
                continue;
            const c = xs.findIndex((left, i) => i < colCount && x >= left && x < xs[i + 1]);
            const r = ys.findIndex((top, i) => i < rowCount && y <= top && y > ys[i + 1]);
            if (c < 0 || r < 0)
                continue;
            claimed.add(f);
            const key = find(id(r, c));
            inCell.set(key, [...(inCell.get(key) ?? []), f]);
        }
        const textOf = (key) => joinLines(linesOf(inCell.get(key) ?? [])
            .map((line) => joinFragments(line.fragments))
            .filter((t) => t.length > 0), { cell: true });
        const texts = new Map();
        const rows = [];
        for (let r = 0; r < rowCount; r++) {
            const keys = Array.from({ length: colCount }, (_, c) => find(id(r, c)));
            for (const key of keys)
                if (!texts.has(key))
                    texts.set(key, textOf(key));
            rows.push({ cells: keys.map((k) => texts.get(k)), spansTable: colCount > 1 && keys.every((k) => k === keys[0]), top: ys[r] });
        }
        tables.push({ top: ys[0], bottom: ys.at(-1), columns: xs, rows });
    }
    return { tables, rest: fragments.filter((f) => !claimed.has(f)) };
}
//# sourceMappingURL=grid-tables.js.map