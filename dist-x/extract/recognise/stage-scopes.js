import { findDates, findMonths } from '../../parse/dates.js';
import { stageNamedBy } from '../../parse/stages.js';
import { titleText } from '../blocks.js';
const FILLER = /\b(?:section|part|stage|full|report|accreditation|review|annual|year|cycle|outcome|feedback|overview|details|record|visit|assessment|assessor'?s?|visit|findings|results?|scores?|scoring|summary|of|the|for|and|on|at|to|cse|customer|service|excellence|standard|table|ratings?|elements?|[a-e]|\d+(?:\.\d+)*)\b|[()[\]:.,–—\-/&|]/gi;
/** At most this many other words beside the stage's name in a stage title. */
const OTHER_WORDS = 0;
/** A title about another visit than the one it names: "Progress since the initial assessment". */
export const ABOUT_ANOTHER = /\b(?:since|from|previous(?:ly)?|last|next|after|before|progress|actions?|updates?|following|prior|changes?)\b/i;
function stripDates(text) {
    let out = text;
    for (const d of [...findDates(text), ...findMonths(text)])
        out = out.replace(d.text, ' ');
    return out;
}
/** The title that opens a stage's part, or null. */
export function stageTitleOf(block) {
    const title = titleText(block);
    if (!title || title.length > 100)
        return null;
    const named = stageNamedBy(title);
    if (!named || ABOUT_ANOTHER.test(title))
        return null;
    // The stage named twice ("Annual Review 1 (AR1)") is still only the stage's name.
    let rest = stripDates(title);
    // … and a label that names no visit by itself ("Surveillance visit — Year 1") beside one that does.
    for (let again = stageNamedBy(rest); again && (again.stage === named.stage || again.stage === 'unknown'); again = stageNamedBy(rest))
        rest = rest.replace(again.words, ' ');
    rest = rest.replace(FILLER, ' ').trim();
    return rest === '' || rest.split(/\s+/).length <= OTHER_WORDS ? named : null;
}
export function stageTitles(blocks) {
    const titles = [];
    blocks.forEach((block, index) => {
        const named = stageTitleOf(block);
        // A label that names no visit ("outcome of the 2016 surveillance visit") opens no part: the text may still say which visit it was.
        if (named && named.stage !== 'unknown')
            titles.push({ index, named, heading: block.kind === 'heading' });
    });
    return titles;
}
//# sourceMappingURL=stage-scopes.js.map