import { isStackOverflow } from '../errors.js';
import { htmlBlocks } from './html-blocks.js';
const TABLE_TAG = /<(\/?)table\b/gi;
/** Where the tables that a piece of HTML opens are closed, found in one pass over the file's lines. */
export class HtmlTableSpans {
    lines;
    /** Tables opened less those closed, up to the end of each line (index 0 before line 1). */
    depth = null;
    /** For each index of `depth`, the first later one at which fewer tables are open, or -1. */
    fewerOpen = null;
    constructor(lines) {
        this.lines = lines;
    }
    /**
     * The last line of the piece of HTML that starts at line `start` and that CommonMark ended at
     * line `end`: past `end`, to where every table it opened is closed, if they all are.
     */
    pieceEnd(start, end) {
        if (!/<table\b/i.test(this.lines.slice(start - 1, end).join('\n')))
            return end;
        const depth = (this.depth ??= tableDepths(this.lines));
        const fewerOpen = (this.fewerOpen ??= nextSmaller(depth));
        let at = end;
        while (at >= 0 && depth[at] > depth[start - 1])
            at = fewerOpen[at];
        return at < 0 ? end : Math.max(end, at);
    }
}
/**
 * The blocks of a piece of HTML whose first line is line `firstLine` of the file; where the
 * walker finds no block in it (bare text, `<small>…</small>`, markup nested too deeply to walk),
 * its text without tags, as one paragraph.
 */
export function htmlPieceBlocks(html, firstLine) {
    let blocks = [];
    try {
        blocks = htmlBlocks(html, (node) => {
            const line = node.position?.start.line;
            return line === undefined ? {} : { line: firstLine + line - 1 };
        });
    }
    catch (error) {
        if (!isStackOverflow(error))
            throw error;
    }
    if (blocks.length > 0)
        return blocks;
    const text = html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').trim();
    return text ? [{ kind: 'paragraph', text, loc: { line: firstLine } }] : [];
}
function tableDepths(lines) {
    const depth = new Int32Array(lines.length + 1);
    lines.forEach((line, i) => {
        let change = 0;
        if (line.includes('<'))
            for (const tag of line.matchAll(TABLE_TAG))
                change += tag[1] ? -1 : 1;
        depth[i + 1] = depth[i] + change;
    });
    return depth;
}
/** For each index, the first later index holding a smaller value, or -1: one pass, with a stack. */
function nextSmaller(values) {
    const out = new Int32Array(values.length).fill(-1);
    const waiting = [];
    values.forEach((value, i) => {
        while (waiting.length > 0 && values[waiting.at(-1)] > value)
            out[waiting.pop()] = i;
        waiting.push(i);
    });
    return out;
}
//# sourceMappingURL=markdown-html.js.map