/** Whether text beside an element code quotes the standard's statement for it rather than giving a reason. */
import { ELEMENTS } from '../standard/catalogue.js';
/** Words of a sentence, lower case, without punctuation. */
const wordsOf = (s) => s.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w.length > 0);
const significant = (words) => words.filter((w) => w.length > 3);
/**
 * Does the text after a code restate the standard's statement for it (a quotation, not a
 * reason)? It does when it opens with the statement's first three words, or when most of its
 * words are the statement's and it gives most of the statement. Sharing words alone is not
 * enough: "Performance against the timeliness standards is not published" is a reason, though
 * nearly all its words are in 5.3.1's statement.
 */
export function restatesStandard(code, text) {
    const statement = wordsOf(ELEMENTS.find((e) => e.code === code)?.statement ?? '');
    const given = wordsOf(text);
    const givenSignificant = new Set(significant(given));
    if (givenSignificant.size === 0)
        return true;
    if (statement.length >= 3 && statement.slice(0, 3).every((w, i) => given[i] === w))
        return true;
    const own = new Set(significant(statement));
    const shared = [...givenSignificant].filter((w) => own.has(w)).length;
    return shared / givenSignificant.size >= 0.8 && shared / own.size >= 0.6;
}
//# sourceMappingURL=restates-standard.js.map