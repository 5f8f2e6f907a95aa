/** People's names as reports write assessors: "Andrew Mackey/Hugh Keachie", "Priya Shah & Tom Okafor", "Dr Jane Whitaker". */
// Mc… and O'… first: unanchored in running text, the plain word would match just "Mc" of "McAllister".
const NAME_WORD = String.raw `(?:(?:Mc|Mac|Fitz|De|Di|Da|La|Le)[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|[A-Z]\.?)`;
const TITLE = String.raw `(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Rev|Revd|Cllr|Councillor|Capt|Maj|Col|Lt|Lt\s+Col|Brig|Cdr|Supt|Ch\s+Supt|Insp|DCI|DI)\.?(?:\s+\((?:Retd|Rtd|Ret)\.?\))?\s+)+`;
const NAME = new RegExp(String.raw `^(?:${TITLE})?${NAME_WORD}(?:\s+${NAME_WORD}){1,3}$`);
/** Words of a role, a body or a place, never of a person's name: "Lead Assessor", "Assessment Services". */
const NOT_NAME_WORDS = /\b(?:Assessors?|Lead|Team|Manager|Officer|Director|Head|Chief|Council|Services?|Limited|Ltd|Assessment|Report|Review|Customer|Excellence|Standard|Date|Organi[sz]ation|Client|Criterion|Compliance|Compliant|Element|Section|University|Trust|College|Authority|Library|Police|Association|Centre|Group|Department|Executive|Partnership|Visit|Name|Signed|Signature|Registered|Certification|Committee|Board)\b/;
export function looksLikePersonName(text) {
    const t = text.trim();
    return NAME.test(t) && !NOT_NAME_WORDS.test(t);
}
/** A name without its title (Dr, Ms, Mr) or letters after it (MBE, FCMI): titles are not part of a name. */
export function withoutTitles(name) {
    return name
        .replace(new RegExp(String.raw `^${TITLE}`), '')
        // Letters after a name: "MBE", "FCIM", "MInstCS", "PhD" (two capitals or more in a short token),
        // never a surname with a capital inside it ("McTavish", "MacDonald", "DeVries").
        .replace(/(?:,?\s+(?![A-Z][a-z]{1,3}[A-Z][a-z]{3,}\b)(?=(?:[a-z]*[A-Z]){2})[A-Za-z]{2,9}\.?)+$/, '')
        .trim();
}
/** The names in an assessor field, in order, without titles; parts that are not names are dropped. */
export function splitPersonNames(text) {
    // A bracket says who a person is ("(emqc Associate)") and may wrap over a line: it goes first.
    return text
        .replace(/\([^()]*\)/g, ' ')
        .split(/\s*(?:\/|&|,|;|\band\b|\n|\s[–—-]\s|(?<=[a-z])\.\s+(?=[A-Z][a-z]))\s*/)
        .map((part) => withoutTitles(part.replace(/\s+/g, ' ').replace(/\(.*?\)/g, '').trim()))
        .filter((part) => looksLikePersonName(part));
}
/** Names that appear in running text, at the position a pattern anchors them. */
export const PERSON_NAME_PATTERN = String.raw `((?:${NAME_WORD})(?:\s+${NAME_WORD}){1,2})`;
//# sourceMappingURL=names.js.map