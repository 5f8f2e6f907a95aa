/**
 * The element whose statement a text is: a row that lost its code but kept "We can demonstrate
 * that we deliver the service we promised…" names 4.2.2 as surely as its code would. Only a text
 * that is the statement (nearly all its words, and nearly all the statement's) counts; a comment
 * that shares some words with a statement names nothing.
 */
import { ELEMENTS } from '../standard/catalogue.js';
const wordsOf = (text) => text.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w.length > 2);
const STATEMENTS = ELEMENTS.map((e) => ({ code: e.code, words: new Set(wordsOf(e.statement)) }));
/** The share of the text's words that must be the statement's, and of the statement's that the text must hold. */
const OF_TEXT = 0.9;
const OF_STATEMENT = 0.9;
export function elementOfStatement(text) {
    const words = new Set(wordsOf(text));
    if (words.size < 5)
        return null;
    const matches = STATEMENTS.filter(({ words: own }) => {
        const shared = [...words].filter((w) => own.has(w)).length;
        return shared / words.size >= OF_TEXT && shared / own.size >= OF_STATEMENT;
    });
    return matches.length === 1 ? matches[0].code : null;
}
//# sourceMappingURL=statement-match.js.map