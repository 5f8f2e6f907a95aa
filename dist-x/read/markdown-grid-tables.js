/**
 * Pandoc's grid tables, which `pandoc -t markdown` writes for any table whose cells wrap:
 *
 *     +-----------+-----------+
 *     | Criterion | Compliant |
 *     |           | Plus      |
 *     +===========+===========+
 *     | 1. ...    | 1         |
 *     +-----------+-----------+
 *
 * CommonMark reads one as a paragraph. Its lines are given to @adobe/remark-gridtables a row at a
 * time: from one full border (`+---+---+`, which no cell crosses) to the next. A cell's lines are
 * one line of text ("Compliant Plus"); merged cells are spread as for every format
 * (table-blocks.ts); the `+===+` line that ends a header makes no difference, as the document
 * model's rows are only rows. Lines the library cannot read whole as one table stay a paragraph.
 *
 * A table at the left margin is taken out of the document before CommonMark parses it, its lines
 * left blank so every other line keeps its number (as markdown-big-tables.ts does): micromark
 * takes time in the square of a paragraph's length (20,000 rows as a paragraph took 32 s). One in
 * a quote is read from the paragraph CommonMark makes of it.
 *
 * Why a row at a time, and the library's construct only at the start of its text: it starts
 * wherever a line starts with `+`, a line in a paragraph too, and on a row it cannot close it
 * reads on to the end of its input before it gives up. Given the whole document, one `+44 …`
 * line made every list and quote after it a paragraph, and a damaged table took time in the
 * square of its lines. It also holds every cell of a table until the table ends, as remark-gfm
 * does (markdown-big-tables.ts).
 */
import remarkGridtables from '@adobe/remark-gridtables';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blocksText } from './mdast-text.js';
import { spreadSpans, tableBlocks } from './table-blocks.js';
const FULL_BORDER = /^\+(?:[-=:]+\+)+$/;
/** A line that holds a border between two rows of some columns (where a cell spans rows, the border stops short). */
const SOME_BORDER = /[+|][-=:]+[+|]/;
/**
 * Most places a `|` or `+` stands at in one row's lines. The library looks each up among the
 * column edges it has seen, and sorts them at each new one: a line of a million `+-+-+` would
 * take hours.
 */
const MAX_EDGES = 64;
/**
 * Most lines from one full border to the next. The library holds every cell of what it is given
 * until its end: 40,000 lines under one cell spanning rows took 600 MB. A row of a real report's
 * table is a few dozen lines.
 */
const MAX_ROW_LINES = 1000;
/** The library's construct, let start only at the start of its input (see above). */
function atStartOnly() {
    const data = this.data();
    data.micromarkExtensions = (data.micromarkExtensions ?? []).map((extension) => {
        if (!extension.flow)
            return extension;
        const flow = {};
        for (const [code, constructs] of Object.entries(extension.flow)) {
            flow[Number(code)] = [constructs ?? []].flat().map((construct) => ({
                ...construct,
                tokenize(effects, ok, nok) {
                    return this.now().offset === 0 ? construct.tokenize.call(this, effects, ok, nok) : nok;
                },
            }));
        }
        return { ...extension, flow };
    });
}
const processor = unified().use(remarkParse).use(remarkGridtables).use(atStartOnly);
/**
 * `lines` with every grid table at the left margin that the library reads blanked, and the blocks
 * of each by the line of its top border.
 */
export function takeGridTables(lines) {
    const out = [...lines];
    const tables = new Map();
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].startsWith('+'))
            continue;
        let end = i + 1;
        while (end < lines.length && /^[|+]/.test(lines[end]))
            end++;
        const blocks = gridTableBlocks(lines.slice(i, end), i + 1);
        if (blocks) {
            tables.set(i + 1, blocks);
            out.fill('', i, end);
        }
        i = end - 1;
    }
    return { lines: out, tables };
}
/**
 * The blocks of a grid table whose lines (without any quote's `>` or list's indent) are `lines`,
 * the first of them line `firstLine` of the file; null when they are not one grid table.
 */
export function gridTableBlocks(lines, firstLine) {
    const text = lines.map((line) => line.trimEnd());
    if (text.length < 3 || !FULL_BORDER.test(text[0]) || !FULL_BORDER.test(text.at(-1)))
        return null;
    if (!text.every((line) => /^[|+]/.test(line) && edgesOf(line) !== null))
        return null;
    const borders = text.flatMap((line, i) => (FULL_BORDER.test(line) ? [i] : []));
    const rows = [];
    // Column edges of the borders so far: a row between two borders that stop at fewer edges (under a
    // cell across columns) is still read against them all, as the library reads a whole table.
    const edges = new Set();
    for (let b = 0; b + 1 < borders.length; b++) {
        const [top, bottom] = [borders[b], borders[b + 1]];
        for (const at of edgesOf(text[top]))
            edges.add(at);
        if (bottom === top + 1)
            continue;
        if (bottom - top > MAX_ROW_LINES)
            return null;
        // A border stopped short by a cell of the first column spanning rows starts `+   ` (as Pandoc
        // writes it), which CommonMark takes for a list item: it starts `|`, the same edge to the library.
        const piece = text.slice(top, bottom + 1).map((line) => line.replace(/^\+ /, '| '));
        if (new Set([...edges, ...piece.flatMap((line) => edgesOf(line))]).size > MAX_EDGES)
            return null;
        piece[0] = [...text[top]].map((_, at) => (edges.has(at) ? '+' : '-')).join('');
        const tree = processor.parse(piece.join('\n'));
        const table = tree.children[0];
        if (tree.children.length !== 1 || table?.type !== 'gridTable')
            return null;
        const pieceRows = table.children.flatMap((section) => section.children);
        const lines = rowLines(piece, pieceRows.length);
        pieceRows.forEach((row, r) => rows.push({
            cells: row.children.map((cell) => ({ text: blocksText(cell.children), colSpan: cell.colSpan ?? 1, rowSpan: cell.rowSpan ?? 1 })),
            loc: { line: firstLine + top + lines[r] },
        }));
    }
    return rows.length > 0 ? tableBlocks(spreadSpans(rows)) : null;
}
/**
 * Where each of a piece's `count` rows starts, from the piece's first line: the line after its
 * top border, then after each border inside it (where a cell spanning rows stops a border short).
 */
function rowLines(piece, count) {
    const inner = piece.slice(1, -1).flatMap((line, i) => (SOME_BORDER.test(line) ? [i + 1] : []));
    if (inner.length !== count - 1)
        return Array.from({ length: count }, () => 1);
    return [1, ...inner.map((at) => at + 1)];
}
/** Where a line has a `|` or `+`; null past MAX_EDGES of them. */
function edgesOf(line) {
    const out = [];
    for (let at = 0; at < line.length; at++) {
        if (line[at] !== '|' && line[at] !== '+')
            continue;
        if (out.push(at) > MAX_EDGES)
            return null;
    }
    return out;
}
//# sourceMappingURL=markdown-grid-tables.js.map