/**
 * Elements named by ranges of codes: "1.1.1 – 1.3.4", "5.1.1 to 5.3.2", "all of Criterion 3
 * except 3.3.1", "2.1.1 – 2.2.3 and 2.2.5". A range runs from its first code to its last in the
 * order of the standard, across sub-criteria ("4.1.1 – 4.3.1" is 4.1.1 … 4.2.4 and 4.3.1). Read
 * only from text that holds nothing else (a table's cell of elements), never from prose, where
 * "(1.3.1 – 1.3.3)" is a reference to evidence and not a list of ratings.
 */
import { allElementCodes, elementOrder, elementsOfCriterion } from '../standard/catalogue.js';
import { parseCode } from './codes.js';
/** One piece of such text: a code, a range's dash or "to", a whole criterion, "except", or a separator. */
const TOKEN = /\s*(?:(\(?(?:[1-5]|I{1,3}|IV|V)\s?\.\s?\d\s?\.\s?\d{1,2}\.?\)?)|(–|—|-|\bto\b|\bthrough\b|\bthru\b)|((?:(?:all|every\s+element)\s+(?:of\s+|in\s+)?)?(?:the\s+)?criterion\s+([1-5])(?:\s+in\s+full)?)|(\bexcept(?:\s+for)?\b|\bexcluding\b|\bbut\s+not\b|\bother\s+than\b)|(;)|(,|&|\band\b))\s*/iy;
function tokens(text) {
    const out = [];
    TOKEN.lastIndex = 0;
    const source = text.replace(/\s+/g, ' ').trim().replace(/[.]$/, '');
    while (TOKEN.lastIndex < source.length) {
        const at = TOKEN.lastIndex;
        const m = TOKEN.exec(source);
        if (!m || TOKEN.lastIndex === at)
            return null;
        if (m[1]) {
            const code = parseCode(m[1].replace(/\s/g, ''));
            if (!code)
                return null;
            out.push({ kind: 'code', code });
        }
        else if (m[2])
            out.push({ kind: 'to' });
        else if (m[3])
            out.push({ kind: 'criterion', codes: elementsOfCriterion(Number(m[4])) });
        else if (m[5])
            out.push({ kind: 'except' });
        else if (m[6])
            out.push({ kind: 'end' });
        else
            out.push({ kind: 'and' });
    }
    return out;
}
/** Every element from `first` to `last` in the standard's order, or null when `last` comes before `first`. */
function range(first, last) {
    const from = elementOrder(first);
    const to = elementOrder(last);
    return to < from ? null : allElementCodes().filter((code) => elementOrder(code) >= from && elementOrder(code) <= to);
}
/**
 * The elements text names by codes, ranges and whole criteria, in the standard's order, when it
 * holds nothing else and names at least one range or criterion; null otherwise (a plain list of
 * codes is codeListCell's). After "except", codes are taken out of the criterion or range before
 * them, until a ";" or a code outside it.
 */
export function codesWithRanges(text) {
    const list = tokens(text);
    if (!list || list.length === 0)
        return null;
    const named = new Set();
    let ranged = false;
    let last = [];
    let excepting = false;
    for (let i = 0; i < list.length; i++) {
        const token = list[i];
        if (token.kind === 'end') {
            excepting = false;
            continue;
        }
        if (token.kind === 'and')
            continue;
        if (token.kind === 'except') {
            if (last.length === 0)
                return null;
            excepting = true;
            continue;
        }
        if (token.kind === 'to')
            return null;
        let codes;
        if (token.kind === 'criterion') {
            codes = token.codes;
            ranged = true;
        }
        else if (list[i + 1]?.kind === 'to') {
            const end = list[i + 2];
            if (end?.kind !== 'code')
                return null;
            const spanned = range(token.code, end.code);
            if (!spanned)
                return null;
            codes = spanned;
            ranged = true;
            i += 2;
        }
        else {
            codes = [token.code];
        }
        // "all of Criterion 3 except 3.3.1 and 3.3.2, 4.1.1": a code outside what is excepted from names an element again.
        if (excepting && codes.every((code) => last.includes(code))) {
            for (const code of codes)
                named.delete(code);
            continue;
        }
        excepting = false;
        for (const code of codes)
            named.add(code);
        last = codes;
    }
    if (!ranged || named.size === 0)
        return null;
    return [...named].sort((a, b) => elementOrder(a) - elementOrder(b));
}
//# sourceMappingURL=code-ranges.js.map