import { allText } from './blocks.js';
import { escapeRegExp } from '../parse/text.js';
const INITIALLED = /^([A-Z])\.?(?:\s*[A-Z]\.)*\s+((?:Mc|Mac|O')?[A-Z][\p{L}'’-]+)$/u;
export function fullName(name, text) {
    const m = INITIALLED.exec(name.trim());
    if (!m)
        return name;
    const [, initial, surname] = m;
    const full = new Set([...text.matchAll(new RegExp(`\\b(${initial}[a-z\\p{Ll}'’-]+)\\s+${escapeRegExp(surname)}\\b`, 'gu'))].map((f) => `${f[1]} ${surname}`));
    return full.size === 1 ? [...full][0] : name;
}
export function withFullNames(draft, document) {
    if (!draft.assessments.some((a) => a.assessors.some((n) => INITIALLED.test(n))))
        return draft;
    const text = allText(document.blocks);
    return { ...draft, assessments: draft.assessments.map((a) => ({ ...a, assessors: [...new Set(a.assessors.map((n) => fullName(n, text)))] })) };
}
//# sourceMappingURL=full-names.js.map