/**
 * A statement that every element a report does not name is compliant: "All other elements were
 * assessed as Compliant", "The remaining 43 elements were found to be fully compliant". With it,
 * the unnamed elements' rating follows (derived); without it, nothing is assumed.
 */
import { OTHER_VISIT } from './other-visit.js';
import { sentences } from './text.js';
const REST_COMPLIANT = /\b(?:all|the)\s+(?:of\s+the\s+)?(?:other|remaining|rest\s+of\s+the)\s+(?:\d{1,2}\s+|[a-z-]+\s+)?(?:elements|criteria|areas)\b[^.;]*?\b(?:(?:were|are|was|have\s+been|has\s+been)\s+(?:(?:rated|assessed|judged|found|graded|scored|deemed)\s+(?:as\s+|to\s+be\s+|at\s+)?)?|remain(?:s|ed)?\s+(?:at\s+)?)(?:fully\s+|full\s+)?(?:compliant|compliance|met)\b(?![\s-]*(?:plus|\+))/i;
/** "…, the remaining 49 Compliant": the same said in a list, with no verb. */
const REST_COMPLIANT_SHORT = /\b(?:all|the)\s+(?:other|remaining)\s+(?:\d{1,2}\s+|[a-z-]+\s+)?(?:elements\s+)?(?:fully\s+)?(?:compliant|compliance)\b(?![\s-]*(?:plus|\+))/i;
export function statesRestCompliant(text) {
    return sentences(text).some((s) => {
        const m = REST_COMPLIANT.exec(s) ?? REST_COMPLIANT_SHORT.exec(s);
        if (m === null || OTHER_VISIT.test(s))
            return false;
        // "… compliant, except 5.3.3, which is partially compliant" is no such statement; "with no partial or non-compliances" is.
        const rest = s.slice(m.index).replace(/\bno\s+(?:partial(?:ly)?|non)(?:[\s-]*complian\w*)?(?:\s+(?:or|and|nor)\s+(?:partial(?:ly)?|non)[\s-]*complian\w*)?/gi, '');
        return !/\b(?:partial|non|except|apart from|other than|but)\b/i.test(rest);
    });
}
//# sourceMappingURL=rest-compliant.js.map