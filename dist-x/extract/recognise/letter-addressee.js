/**
 * The holder named only in a letter's address block: an assessment body's outcome letter opens
 * with its letterhead, then the addressee ("Mrs Grace Okonjo / Town Clerk / Tarrant Minster Town
 * Council / The Guildhall / …"), the date and "Dear …", and calls the holder "your Council" after.
 * The address block is the block of short lines nearest above the salutation that is not the date
 * and names no assessment body; the holder is its one line that ends as a holder's name ends.
 */
import { blockText } from '../../document/model.js';
import { findDates } from '../../parse/dates.js';
import { ORGANISATION_NOUN, tidyOrganisationName } from '../../parse/organisation.js';
import { tidy } from '../../parse/text.js';
import { isBodyName } from '../../standard/bodies.js';
/** How far into a document its salutation may stand. */
const SALUTATION_WITHIN = 12;
const SALUTATION = /^dear\s+\S/i;
/** An address has at least this many lines. */
const ADDRESS_LINES = 3;
/** A line longer than this is a sentence, not a line of an address. */
const ADDRESS_LINE_LENGTH = 80;
const HOLDER_LINE = new RegExp(String.raw `^(?:the\s+)?[A-Z][\p{L}'’&.,\s-]*\s${ORGANISATION_NOUN}$`, 'u');
/** Lines of a letter's own header, beside the address: "Our ref: …", "Date: …". */
const HEADER_LINE = /^(?:our|your)\s+ref|^ref(?:erence)?\b|^date\b/i;
export function letterAddressee(blocks) {
    const salutation = blocks.slice(0, SALUTATION_WITHIN).findIndex((b) => b.kind === 'paragraph' && SALUTATION.test(b.text.trim()));
    if (salutation < 0)
        return null;
    for (let index = salutation - 1; index >= 0; index--) {
        const block = blocks[index];
        if (block.kind !== 'paragraph')
            return null;
        const lines = blockText(block).split('\n').map((l) => tidy(l)).filter((l) => l !== '');
        // The date and reference lines between the address and "Dear …".
        if (lines.every((l) => HEADER_LINE.test(l) || findDates(l).length > 0))
            continue;
        if (lines.length < ADDRESS_LINES || lines.some((l) => l.length > ADDRESS_LINE_LENGTH) || lines.some((l) => isBodyName(l)))
            return null;
        const holders = lines.filter((l) => HOLDER_LINE.test(l));
        if (holders.length !== 1)
            return null;
        const name = tidyOrganisationName(holders[0]);
        return name ? { name, index } : null;
    }
    return null;
}
//# sourceMappingURL=letter-addressee.js.map