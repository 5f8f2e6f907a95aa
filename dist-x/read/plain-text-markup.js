/**
 * Plain-text markup a report saved as Markdown may be written in instead (reStructuredText and
 * the conventions of text exports): titles underlined (and overlined) with `~`, `^`, `*` and the
 * like, tables drawn between rules of `=` ("=====  ======"), field lists (":Organisation: …").
 * Markdown reads an underline of `~` as the start of a code block, which swallows the rest of
 * the report, and a table between rules as lines of text. Each is rewritten as the Markdown that
 * means the same, line for line, so every block keeps its line number. One pass over the lines.
 */
/** A line of one punctuation character repeated: a title's underline or overline. */
const RULE = /^([=\-~^*+#"'`:.])\1{2,}\s*$/;
/** The rules of a table: runs of `=` parted by spaces, two columns or more. */
const TABLE_RULE = /^ *=+(?: +=+)+ *$/;
const FIELD = /^:([^:\n]{1,60}):(?:\s+(.*))?$/;
/** The longest table read: a table rule with no closing rule within this many lines is left as it is. */
const MAX_TABLE_LINES = 2000;
/** Whether the text has any of the markup this module rewrites, so Markdown without it costs one scan. */
export function hasPlainTextMarkup(text) {
    return /^(?:[~^*+#"'`]{3,}|:[^:\n]{1,60}:\s|=+(?: +=+)+ *)$/m.test(text) || /^:[^:\n]{1,60}:\s/m.test(text);
}
function columnStarts(rule) {
    return [...rule.matchAll(/=+/g)].map((m) => m.index);
}
function pipeRow(line, starts) {
    const cells = starts.map((start, c) => line.slice(start, starts[c + 1] ?? line.length).trim().replace(/\|/g, '\\|'));
    return `| ${cells.join(' | ')} |`;
}
/** The lines of a table between rules of `=` as a pipe table; `end` is the closing rule's index. */
function simpleTable(lines, out, start) {
    const starts = columnStarts(lines[start]);
    let second = -1;
    let end = -1;
    for (let i = start + 1; i < lines.length && i - start <= MAX_TABLE_LINES; i++) {
        if (TABLE_RULE.test(lines[i])) {
            if (second < 0 && lines[i + 1] !== undefined && lines[i + 1].trim() !== '' && !TABLE_RULE.test(lines[i + 1]))
                second = i;
            else {
                end = i;
                break;
            }
        }
        else if (lines[i].trim() === '')
            break;
    }
    if (end < 0)
        return null;
    out[start] = '';
    for (let i = start + 1; i < end; i++) {
        if (i === second)
            out[i] = `|${starts.map(() => ' --- |').join('')}`;
        else
            out[i] = pipeRow(lines[i], starts);
    }
    out[end] = '';
    return end;
}
/** The text with its plain-text markup rewritten as Markdown, line for line. */
export function withPlainTextMarkup(text) {
    const lines = text.split('\n');
    const out = [...lines];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (TABLE_RULE.test(line)) {
            const end = simpleTable(lines, out, i);
            if (end !== null) {
                i = end;
                continue;
            }
        }
        const rule = RULE.exec(line);
        if (rule) {
            const above = lines[i - 1];
            const below = lines[i + 1];
            // An overline: the title under it is underlined with the same character.
            // As long as the title at least, as reStructuredText asks: a short fence ("~~~") around code is not one.
            const spans = (title) => title !== undefined && title.trim() !== '' && line.trim().length >= title.trim().length - 1;
            if ((above === undefined || above.trim() === '') && spans(below) && lines[i + 2] !== undefined && RULE.exec(lines[i + 2])?.[1] === rule[1]) {
                out[i] = '';
                continue;
            }
            // An underline: Markdown's own `=` and `-` already mean one; any other becomes `-`. A title
            // numbered "1. Introduction" would open a list, which no underline makes a heading: its mark is escaped.
            if (spans(above)) {
                if (!'=-'.includes(rule[1]))
                    out[i] = '-'.repeat(Math.max(3, line.trim().length));
                out[i - 1] = out[i - 1].replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3').replace(/^(\s*)([-+*])(\s)/, '$1\\$2$3');
            }
            continue;
        }
        const field = FIELD.exec(line);
        if (field)
            out[i] = `${field[1]}: ${field[2] ?? ''}`;
    }
    return out.join('\n');
}
//# sourceMappingURL=plain-text-markup.js.map