import { parseCode } from './codes.js';
import { ratingMentions } from './ratings.js';
import { tidy } from './text.js';
/** A dotted code as a judgement names an exception: "1.3.4", "1.3.4:". */
const CODE = /(?<![\d.])[1-5]\s?\.\s?[1-4]\s?\.\s?[1-9](?![\d]|\.\d)/g;
/** The short forms a judgement cell may use for an exception's rating ("1.3.4 (PC)", "1.3.4 (partial)"). */
const SHORT_RATING = /(?<![\w+])(C\+|CP|PC|NC|partial|partially)(?![\w+])/gi;
const SHORT_RATINGS = { 'c+': 'compliance-plus', cp: 'compliance-plus', pc: 'partial-compliance', nc: 'non-compliance', partial: 'partial-compliance', partially: 'partial-compliance' };
/** What parts the judgement for the rest from the exceptions: "; ", ", except", "but", "apart from". */
const BREAKS = /;|\.(?=\s|$)|\b(?:except(?:\s+for)?|excepting|but|apart\s+from|save(?:\s+for)?|other\s+than|excluding|with\s+the\s+exception\s+of)\b/gi;
/** The only other words a judgement may hold: they join codes to ratings and say "all of them". */
const FILLER = /^(?:and|&|for|in|at|is|are|was|were|which|rated|as|element|elements|all|other|others|otherwise|the|rest|remaining|of|=)$/i;
/** The judgement cut into codes, ratings and breaks, or null where it holds any other word. */
function piecesOf(text) {
    const marks = [];
    for (const m of ratingMentions(text))
        marks.push({ index: m.index, end: m.index + m.text.length, piece: { kind: 'rating', rating: m.rating } });
    const phrases = marks.slice();
    for (const m of text.matchAll(SHORT_RATING)) {
        if (phrases.some((p) => m.index >= p.index && m.index < p.end))
            continue;
        marks.push({ index: m.index, end: m.index + m[0].length, piece: { kind: 'rating', rating: SHORT_RATINGS[m[1].toLowerCase()] } });
    }
    for (const m of text.matchAll(CODE)) {
        const code = parseCode(m[0].replace(/\s/g, ''));
        if (!code)
            return null;
        marks.push({ index: m.index, end: m.index + m[0].length, piece: { kind: 'code', code } });
    }
    for (const m of text.matchAll(BREAKS))
        marks.push({ index: m.index, end: m.index + m[0].length, piece: { kind: 'break' } });
    marks.sort((a, b) => a.index - b.index);
    const pieces = [];
    let at = 0;
    for (const mark of marks) {
        if (mark.index < at)
            return null;
        if (!isFiller(text.slice(at, mark.index)))
            return null;
        pieces.push(mark.piece);
        at = mark.end;
    }
    return isFiller(text.slice(at)) ? pieces : null;
}
function isFiller(gap) {
    return gap
        .split(/[\s,:()\-–—/]+/)
        .filter((w) => w !== '')
        .every((w) => FILLER.test(w));
}
/**
 * The ratings of one clause naming codes: codes then their rating ("1.3.4 and 1.3.5: Partially
 * Compliant", "1.3.4 PC, 1.3.5 C+") or a rating then its codes ("Compliance Plus for 1.1.3"), the
 * same way round throughout; null when the clause pairs them neither way.
 */
function exceptions(clause) {
    for (const codesFirst of [true, false]) {
        const pairs = pairsOf(clause, codesFirst);
        if (pairs)
            return pairs;
    }
    return null;
}
/** The clause read as pairs of codes and a rating, the codes first or the rating first; null where it does not pair so. */
function pairsOf(clause, codesFirst) {
    const out = new Map();
    let codes = [];
    let rating = null;
    const close = () => {
        if (codes.length === 0 || rating === null)
            return false;
        for (const code of codes) {
            if (out.has(code))
                return false;
            out.set(code, rating);
        }
        codes = [];
        rating = null;
        return true;
    };
    for (const piece of clause) {
        if (piece.kind === 'code') {
            // Codes first: a code after a pair's rating starts the next pair.
            if (codesFirst && rating !== null && !close())
                return null;
            codes.push(piece.code);
        }
        else if (piece.kind === 'rating') {
            // Rating first: a rating after a pair's codes starts the next pair.
            if (!codesFirst && codes.length > 0 && !close())
                return null;
            if (rating !== null || (codesFirst && codes.length === 0))
                return null;
            rating = piece.rating;
        }
    }
    return close() && out.size > 0 ? out : null;
}
/**
 * Each listed element's rating by a judgement given to them all, or null where the cell is not
 * such a judgement, names an element not listed, or leaves a listed element with no rating.
 */
export function groupJudgement(cell, listed) {
    const pieces = piecesOf(tidy(cell));
    if (!pieces)
        return null;
    const clauses = [[]];
    for (const piece of pieces) {
        if (piece.kind === 'break')
            clauses.push([]);
        else
            clauses.at(-1).push(piece);
    }
    let rest = null;
    const named = new Map();
    for (const clause of clauses) {
        if (clause.length === 0)
            continue;
        if (clause.every((p) => p.kind === 'rating')) {
            if (clause.length !== 1 || rest !== null)
                return null;
            rest = clause[0].rating;
            continue;
        }
        const some = exceptions(clause);
        if (!some)
            return null;
        for (const [code, rating] of some) {
            if (named.has(code) || !listed.includes(code))
                return null;
            named.set(code, rating);
        }
    }
    const out = new Map();
    for (const code of listed) {
        const rating = named.get(code) ?? rest;
        if (rating === null)
            return null;
        out.set(code, rating);
    }
    return out.size > 0 ? out : null;
}
//# sourceMappingURL=group-judgement.js.map