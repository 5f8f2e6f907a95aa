/**
 * Pipe tables of thousands of rows, read in pieces. remark-gfm's parse of a table is linear in
 * time but holds micromark's events and the mdast of every cell until the table ends: a 3 MB
 * table of 60,000 rows needs more than a gigabyte. A table's rows after its header are
 * independent of one another, so the rows past the first PIECE_ROWS are taken out of the
 * document (each line left blank, so every other line keeps its number) and parsed PIECE_ROWS
 * at a time under the table's own header and delimiter row, by the same parser: the cells are
 * the ones remark-gfm gives, and the memory is one piece's.
 *
 * Only a table whose every row is a line starting with `|` at the left margin, after a blank line
 * or a `#` heading, is split: its end is then certain (the first line that does not start with
 * `|`), as is its being outside any list or quote.
 */
export const PIECE_ROWS = 500;
const AFTER_BLOCK = /^(?:\s*|#{1,6}(?:\s.*)?)$/;
const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/**
 * `lines` with the rows of every big table past its first PIECE_ROWS blanked, and those rows by
 * the line of their table's header.
 */
export function takeBigTableRows(lines) {
    const out = [...lines];
    const taken = new Map();
    for (let i = 0; i + 1 < lines.length; i++) {
        if (!lines[i].startsWith('|') || !DELIMITER_ROW.test(lines[i + 1]) || (i > 0 && !AFTER_BLOCK.test(lines[i - 1])))
            continue;
        let end = i + 2;
        while (end < lines.length && lines[end].startsWith('|'))
            end++;
        const first = i + 2 + PIECE_ROWS;
        // A table that goes on in rows without a leading pipe is left whole: where it ends is remark's to say.
        if (end > first && (end === lines.length || lines[end].trim() === '')) {
            taken.set(i + 1, { head: `${lines[i]}\n${lines[i + 1]}`, firstLine: first + 1, rows: lines.slice(first, end) });
            out.fill('', first, end);
        }
        i = end - 1;
    }
    return { lines: out, taken };
}
//# sourceMappingURL=markdown-big-tables.js.map