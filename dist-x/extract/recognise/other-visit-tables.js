/**
 * A table a report restates from another visit ("Table 1 – Initial assessment, February 2010
 * (previous visit, for reference only)"): its caption, the heading or short line just above it,
 * places it in another visit and not in this one. Its counts and ratings are that visit's and are
 * not read as this visit's.
 */
import { BOLD_TITLE_LEVEL } from '../../document/model.js';
import { captionAbove, lookBack } from '../blocks.js';
import { THIS_VISIT } from '../../parse/other-visit.js';
/** A line longer than this above a table is running text, not its caption. */
const CAPTION_LENGTH = 200;
/** Words that make a caption's table another visit's: "previous visit", "for reference only", "results of the initial assessment". */
const ANOTHER_VISIT = /\b(?:previous|last|prior|earlier)\s+(?:visit|review|assessment|reassessment|year)|\bfor (?:reference|comparison)\b|\bnot the results of this\b|\bresults? (?:at|of|from) the (?:initial|previous|last|prior)\b/i;
/** Words that make the other visit a comparison for this one's table ("eleven were awarded, compared with nine last year"). */
const COMPARED = /\b(?:compared (?:with|to)|since|than|up from|down from|as at)\s/i;
export function restatesAnotherVisit(blocks, index) {
    const text = captionAbove(blocks, index, CAPTION_LENGTH);
    if (text === null || THIS_VISIT.test(text))
        return false;
    const other = ANOTHER_VISIT.exec(text);
    return !!other && !COMPARED.test(text.slice(0, other.index));
}
/** A section's heading that restates another visit: "6. Position at the 2018 reassessment (for reference)". */
const FOR_REFERENCE = /\bfor (?:reference|comparison)\b/i;
/** Whether the block at `index` stands in a section its heading gives as another visit's, restated for reference. */
export function inSectionForReference(blocks, index) {
    const heading = lookBack(blocks, index, (b) => (b.kind === 'heading' && b.level < BOLD_TITLE_LEVEL ? b.text : null));
    return heading !== null && FOR_REFERENCE.test(heading) && !THIS_VISIT.test(heading);
}
//# sourceMappingURL=other-visit-tables.js.map