import { captionAbove } from '../blocks.js';
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
//# sourceMappingURL=other-visit-tables.js.map