/** The assessment body a document names, by the catalogue's aliases; the most-mentioned wins. */
import { escapeRegExp } from '../parse/text.js';
import { ASSESSMENT_BODIES } from '../standard/bodies.js';
export function findAssessmentBody(text) {
    let best = null;
    for (const body of ASSESSMENT_BODIES) {
        let remaining = text;
        let count = 0;
        let first = Number.MAX_SAFE_INTEGER;
        for (const alias of body.aliases) {
            const re = new RegExp(String.raw `\b${escapeRegExp(alias)}\b`, alias === alias.toLowerCase() ? 'gi' : 'g');
            for (const m of remaining.matchAll(re)) {
                count++;
                first = Math.min(first, m.index);
            }
            // Count each mention once: "G4S Assessment Services Ltd" is not also a mention of "G4S".
            remaining = remaining.replace(re, (m) => ' '.repeat(m.length));
        }
        if (count > 0 && (!best || count > best.count || (count === best.count && first < best.first))) {
            best = { name: body.name, count, first };
        }
    }
    return best?.name ?? null;
}
//# sourceMappingURL=body.js.map