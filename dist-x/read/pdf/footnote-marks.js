/** A mark: a number or a footnote symbol, a few characters long. */
const MARK = /^(?:\d{1,3}|[*†‡§¶]{1,3}|[a-z])$/;
/** A mark is set smaller than its line's text. */
const SMALLER = 0.9;
/** How far above the line's baseline a superscript is raised, in the line's type sizes. */
const RAISED = { least: 0.15, most: 0.7 };
/** Whether `line` is only footnote marks raised above the `below` line, within its width. */
function marksOver(line, below) {
    if (!below || line.size > below.size * SMALLER)
        return false;
    const raised = line.y - below.y;
    if (raised < below.size * RAISED.least || raised > below.size * RAISED.most)
        return false;
    return line.fragments.every((f) => MARK.test(f.text.trim()) && f.x >= below.x - below.size && f.right <= below.right + below.size * 2);
}
/**
 * The page's lines without the lines that are only superscript footnote marks. A word processor
 * sets the line a mark stands on further down, by as much as the mark reaches above the line's
 * own text: the line keeps that as space a paragraph's gap does not include.
 */
export function withoutFootnoteMarks(lines) {
    const out = [];
    let raisedBy = 0;
    lines.forEach((line, i) => {
        const below = lines[i + 1];
        if (marksOver(line, below))
            raisedBy = Math.max(0, line.y + line.size - (below.y + below.size));
        else {
            out.push(raisedBy > 0 ? { ...line, raisedBy } : line);
            raisedBy = 0;
        }
    });
    return out;
}
//# sourceMappingURL=footnote-marks.js.map