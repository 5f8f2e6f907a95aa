import { findDates, visitStart } from '../../parse/dates.js';
import { splitPersonNames } from '../../parse/names.js';
import { TITLE_ORGANISATION_NOUN, tidyOrganisationName } from '../../parse/organisation.js';
import { stageOfLabel } from '../../parse/stages.js';
import { tidy, withoutEndRemark } from '../../parse/text.js';
import { isBodyName } from '../../standard/bodies.js';
import { FIELD_LABELS } from '../../standard/field-labels.js';
import { labelledValues } from '../blocks.js';
/** A value that is only the word a holder's name ends with ("Council", "The Trust"). */
const BARE_NOUN = new RegExp(String.raw `^(?:the\s+)?${TITLE_ORGANISATION_NOUN}$`, 'i');
function read(kind, raw) {
    const value = tidy(raw);
    if (!value)
        return null;
    switch (kind) {
        case 'organisation': {
            // "3. Information": a numbered section heading a broken table left under a cell that said "Organisation".
            if (/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s/.test(value))
                return null;
            // "Brackenridge Homes (Housing Management, Repairs …)": the description in brackets is not the name.
            // The name as the field writes it ("Pennine Prisons Group – Visits and Family Services": a service holds the certificate).
            const name = tidyOrganisationName(withoutEndRemark(value.split(/\s+\|\s+/)[0]));
            // "Council" alone, the tail of a name a broken table left under its label, names nobody.
            if (name && BARE_NOUN.test(name))
                return null;
            return name && !isBodyName(name) && name.length <= 120 ? name : null;
        }
        case 'assessors': {
            const names = splitPersonNames(raw);
            return names.length > 0 ? names : null;
        }
        case 'stage':
            return stageOfLabel(value);
        case 'visitDate':
            return visitStart(value);
        default:
            return findDates(value)[0]?.iso ?? null;
    }
}
/** Every labelled fact the blocks state, in document order. */
/** A sign-off line with no colon: "Assessed by Margaret Ellison FCMI (lead assessor) and Dr Peter Harrop". */
const BY_LINE = /^(?:assessed|prepared|written|report(?:\s+prepared)?|reviewed)\s+by\s+(.+)$/i;
export function recogniseFields(blocks) {
    const fields = [];
    blocks.forEach((block, index) => {
        if (block.kind !== 'paragraph')
            return;
        const by = BY_LINE.exec(tidy(block.text.split('\n')[0] ?? ''));
        const names = by ? splitPersonNames(by[1].replace(/[*_]/g, '')) : [];
        if (names.length > 0)
            fields.push({ kind: 'assessors', value: names, index });
    });
    const pairs = labelledValues(blocks);
    // A document's own header of metadata ("Title:", "Author:", "Date:", as MultiMarkdown and
    // Pandoc write it) dates the document with its bare "Date".
    const metadata = new Set(pairs.filter((p) => p.key === 'author').map((p) => p.index));
    for (const pair of pairs) {
        if (pair.key === 'date' && metadata.has(pair.index)) {
            const date = read('reportDate', pair.value);
            if (date)
                fields.push({ kind: 'reportDate', value: date, index: pair.index });
            continue;
        }
        // "Visit: AR1" is a stage, "Visit: 23 and 24 September 2020" a date: the first kind whose value reads.
        // "Lead Assessor (author)": a remark in brackets after a label is not part of it, unless the
        // label is known with it ("Stage 1 (document review)").
        const remarkless = withoutEndRemark(pair.key);
        const known = FIELD_LABELS.filter((f) => f.label.test(pair.key));
        for (const entry of known.length > 0 ? known : FIELD_LABELS.filter((f) => f.label.test(remarkless))) {
            const value = read(entry.kind, pair.value);
            if (value === null || value === undefined)
                continue;
            fields.push({ kind: entry.kind, value, index: pair.index });
            break;
        }
    }
    return fields;
}
//# sourceMappingURL=fields.js.map