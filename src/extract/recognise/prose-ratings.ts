/**
 * Ratings stated in running text with the codes tied to the rating by the sentence's shape:
 * "The two Partial Compliances (2.2.3 and 4.3.5) were …", "Compliance Plus elements: 1.1.1,
 * 1.2.3", "Element 2.1.5 was rated Partial Compliance", "4.3.5 is now compliant". A code that
 * merely appears near a rating word ("see 1.3.5", "as at 2.1.1") is not rated: the codes must sit
 * in brackets or a colon list right after the rating, or be the subject of "was rated <rating>".
 */
import { BOLD_TITLE_LEVEL, type Block, type SourceLocation, placedItems } from '../../document/model.js';
import { codeListCell, codesInText, parseCode } from '../../parse/codes.js';
import { parseNumber } from '../../parse/numbers.js';
import { OTHER_VISIT } from '../../parse/other-visit.js';
import { nowRatedInProse, ratedNow, reRatedInProse } from '../../parse/prose-ratings.js';
import { parseRatingCell, ratingMentions } from '../../parse/ratings.js';
import type { Rating } from '../../schema/report.js';
import { sentences } from '../../parse/text.js';
import type { RatedElement } from '../element-tables.js';

/** "(2.2.3 and 4.3.5)" after a rating, or a colon and codes, a qualifier in brackets allowed before it ("Partial Compliance (Council): 3.3.2, 5.3.1"). */
const BRACKETED_AFTER = /^\s*(?:elements?|areas?|ratings?)?\s*(?:\((?:elements?\s+)?([^()]*)\)(?!\s*:)|(?:\([^()]{1,40}\)\s*)?:\s*((?:\d\.\d\.\d|[IV]+\.\d\.\d)[\d.,;&\sandIV]*)$)/i;
/** "The two Partial Compliances are 4.2.3 (benchmarking …) and 5.3.3 (…)", "The Compliance Plus ratings were for 2.2.2 (…) and 4.3.3 (…)": the codes a rating's sentence says they are. */
const NAMED_AFTER = /^\s*(?:(?:elements?|ratings?|areas?)\s+)?(?:are|were|is|was)(?:\s+(?:(?:awarded|given|achieved)\s+)?(?:for|in)(?=\s))?\s*:?\s*((?:\(?(?:\d|[IV]+)\.\d\.\d\)?(?:\s*\([^()]*\))?[\s,;&]*(?:and\s+)?)+)(?:[.;]|$)/i;
const SUBJECT_BEFORE = /(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:rated|assessed|judged|found|graded|awarded|scored)\s+)(?:as\s+|to\s+be\s+|at\s+)?(?:an?\s+)?|(?:has\s+|have\s+)?(?:reached|attained|achieved|earned|merited)\s+(?:the\s+level\s+of\s+|an?\s+)?|(?:is|are)\s+(?:now\s+|also\s+|still\s+)?(?:fully\s+)?|(?:has|have)\s+(?:been\s+)?(?:returned|moved|changed|downgraded|upgraded|raised|lowered|gone\s+back)\s+to\s+(?:being\s+)?)$/i;
/** "Compliance Plus ratings at this review: 111, 122, 135": a few words, a colon, then codes and nothing else to the sentence's end. */
const LISTED_AFTER = /^\s*(?:[A-Za-z'’]+\s+){0,6}?[A-Za-z'’]*\s*:\s*(.+?)\s*\.?$/;
/** "If 4.2.3 is compliant by then", "whether 5.3.1 is compliant": a rating supposed, not stated. */
const CONDITIONAL = /\b(?:if|whether|unless|until|once|when|could|would|should|will|may|might)\b[^.;:()]*$/i;
/** "could again reach the level of Compliance Plus (3.4.1)", "aims for Compliance Plus (1.3.4)": a rating hoped for, not given. */
const ASPIRED = /\b(?:(?:could|would|should|will|may|might|can)\s+(?:\w+\s+){0,3}?(?:reach|achieve|attain|gain|regain|obtain|secure|earn|be\s+awarded|move\s+(?:up\s+)?to|progress\s+to|work\s+towards)|aim(?:s|ing)?\s+(?:for|to|at)|ambitions?\s+(?:for|to|of)|aspir\w*\s+(?:for|to)|hop(?:e|es|ing)\s+to|potential\s+(?:for|to))\b[^.;:()]{0,40}$/i;
/** "I am not persuaded 2.2.3 is Compliance Plus", "we doubt that 4.1.1 is compliant": a rating questioned, not stated (a reviewer's comment on a draft). */
const DOUBTED = /\b(?:not\s+(?:(?:yet|fully|entirely|wholly)\s+)?(?:persuaded|convinced|sure|certain|satisfied)|doubts?|doubtful|question(?:s|ed)?|quer(?:y|ies|ied))\b[^.;:()]*$/i;
/** "(see 5.1.1, compliant)", "(4.3.3: Compliance Plus)": a code and its rating alone in brackets. */
const BRACKETED_PAIR = /\((?:see\s+|cf\.?\s+)?((?:\d|[IV]+)\.\d\.\d)\s*[,:–—-]\s*([^()]{1,30})\)/gi;
/** "… with 4.3.3, which is compliant": the one code a relative clause rates. */
const WHICH = /((?:\d|[IV]+)\.\d\.\d)\)?\s*,\s*which\s*$/i;
/** "…, with 2.1.3 at Compliance Plus", "with 1.2.2 and 1.3.5 rated Compliance Plus": the codes a "with" clause sets at a rating. */
const WITH_AT = /\bwith\s+((?:elements?\s+)?(?:\(?(?:\d|[IV]+)\.\d\.\d\)?[\s,;&]*(?:and\s+)?)+)\s*(?:at|rated(?:\s+(?:as|at))?)\s+(?:an?\s+)?$/i;
const CROSS_REFERENCE = /\b(?:see|cf\.?|refer(?:s|red)?\s+to|also|under|as\s+in|with)\s*$/i;

/** "For each of these five elements — 1.1.3, 2.1.2 and 5.2.4 — I have awarded Compliance Plus": the codes, then who awarded the rating. */
const AWARDED_AFTER_CODES = /^(?:(?:for|to)\s+)?(?:(?:each|all)\s+(?:of\s+)?)?(?:these|the(?:\s+following)?)?\s*(?:[\w-]+\s+)?elements?\s*[—–:-]?\s*((?:\(?(?:\d|[IV]+)\.\d\.\d\)?[\s,;&]*(?:and\s+)?)+)\s*[—–:-]?\s*,?\s*(?:I|we|the\s+assessors?)\s+(?:have|has)\s+(?:awarded|given|assigned|rated\s+them)\s+(?:as\s+|at\s+)?$/i;

const MET = /((?:\d|[IV]+)\.\d\.\d)\s+(?:is|are)\s+(?:also\s+)?now\s+(?:fully\s+)?met\b|\(((?:\d|[IV]+)\.\d\.\d)\s+(?:now\s+)?met\)/gi;

/** Ratings said to still hold: "All four CPs awarded at the initial assessment (1.2.1, 2.2.4) remain in place". */
const STILL_HOLDS = /\b(?:remain(?:s|ed)?(?:\s+in\s+place|\s+unchanged)?|(?:are|is|were|have\s+been|has\s+been)\s+retained|still\s+stands?)\b/i;
const NOT_HELD = /\b(?:no\s+longer|not|never)\s+(?:\w+\s+)?(?:remain|retained|stand)/i;
const ABBREVIATED_RATING = /\b(CP|C\+|PC|NC)s?\b/g;

/** The one rating a sentence that says ratings still hold is about, in words or abbreviations. */
function heldRating(sentence: string): Rating | null {
  const named = new Set([...ratingMentions(sentence).map((m) => m.rating), ...[...sentence.matchAll(ABBREVIATED_RATING)].map((m) => parseRatingCell(m[1]!)!)]);
  return named.size === 1 ? [...named][0]! : null;
}

/** "…; the assessor considered it compliant": a clause that rates "it", after one that names one element. */
const IT_RATED = /^\s*(?:the\s+assessors?|we|I)\s+(?:considered|judged|found|rated|assessed|deemed)\s+it\s+(?:as\s+|to\s+be\s+)?$/i;

/**
 * The element a clause rates by "it", the clause before it naming that one element and no other
 * ("The 2018 compliance plus for 3.3.1 was not repeated this year; the assessor considered it
 * compliant"): the rating is this report's, whatever visit the clause before speaks of.
 */
function ratedAsIt(sentence: string, loc: SourceLocation): RatedElement[] {
  const clauses = sentence.split(';');
  return clauses.slice(1).flatMap((clause, k) => {
    const [mention] = ratingMentions(clause);
    const codes = codesInText(clauses[k]!);
    if (!mention || codes.length !== 1 || !IT_RATED.test(clause.slice(0, mention.index))) return [];
    // Its own clause is the sentence that rates it: the clause before may be dated by another visit.
    return [{ code: codes[0]!, rating: mention.rating, justification: null, loc, sentence: clause.trim() }];
  });
}

function ratedInSentence(sentence: string, loc: SourceLocation): RatedElement[] {
  const asIt = ratedAsIt(sentence, loc);
  if (asIt.length > 0) return asIt;
  if (STILL_HOLDS.test(sentence) && !NOT_HELD.test(sentence)) {
    const rating = heldRating(sentence);
    const codes = codesInText(sentence.replace(/\b(?:see|cf\.?)\s+[\d.]+/gi, ''));
    if (rating && codes.length > 0) return codes.map((code) => ({ code, rating, justification: null, loc }));
  }
  if (OTHER_VISIT.test(sentence)) return [];
  const rated: RatedElement[] = [];
  // "so 4.2.3 is also now met", "(5.1.2 met)": an element met is compliant.
  for (const m of sentence.matchAll(MET)) for (const code of codesInText(m[1] ?? m[2] ?? '')) rated.push({ code, rating: 'compliance', justification: null, loc });
  for (const m of sentence.matchAll(BRACKETED_PAIR)) {
    const code = parseCode(m[1]!);
    const rating = parseRatingCell(m[2]!);
    if (code && rating) rated.push({ code, rating, justification: null, loc });
  }
  const mentions = ratingMentions(sentence);
  if (mentions.length === 1) {
    const awarded = AWARDED_AFTER_CODES.exec(sentence.slice(0, mentions[0]!.index));
    if (awarded) return codesInText(awarded[1]!).map((code) => ({ code, rating: mentions[0]!.rating, justification: null, loc }));
  }
  for (const mention of ratingMentions(sentence)) {
    if (ASPIRED.test(sentence.slice(0, mention.index))) continue;
    const rest = sentence.slice(mention.index + mention.text.length).replace(/^(?:e?s)\b/, '');
    const after = BRACKETED_AFTER.exec(rest) ?? NAMED_AFTER.exec(rest);
    if (after) {
      // The codes, without what a bracket says of each: "4.2.3 (benchmarking …) and 5.3.3 (…)".
      for (const code of codesInText((after[1] ?? after[2] ?? '').replace(/\([^()]*\)/g, ' '))) rated.push({ code, rating: mention.rating, justification: null, loc });
      continue;
    }
    const listed = LISTED_AFTER.exec(rest);
    const codes = listed ? codeListCell(listed[1]!) : null;
    if (codes) {
      for (const code of codes) rated.push({ code, rating: mention.rating, justification: null, loc });
      continue;
    }
    const before = sentence.slice(0, mention.index);
    const withAt = WITH_AT.exec(before);
    if (withAt && !CONDITIONAL.test(before.slice(0, withAt.index)) && !ASPIRED.test(before.slice(0, withAt.index))) {
      for (const code of codesInText(withAt[1]!)) rated.push({ code, rating: mention.rating, justification: null, loc });
      continue;
    }
    const subject = SUBJECT_BEFORE.exec(before);
    if (!subject) continue;
    const which = WHICH.exec(before.slice(0, subject.index));
    if (which && !CONDITIONAL.test(before.slice(0, which.index))) {
      const code = parseCode(which[1]!);
      if (code) rated.push({ code, rating: mention.rating, justification: null, loc });
      continue;
    }
    // "Element 2.1.2, the use of offender and victim insight to shape policy, is rated …": what the element is, set between commas, stands between.
    const head = before.slice(0, subject.index).replace(/(\d\.\d\.\d\)?),\s+[^,;.()]{3,90},\s*$/, '$1 ');
    // The codes that open the clause: "Element 2.1.5 was rated …", "2.1.5 and 3.2.1 were assessed as …".
    const clause = /((?:elements?\s+)?(?:\(?(?:\d|[IV]+)\.\d\.\d\)?[\s,;&]*(?:and\s+)?)+)\s*$/i.exec(head);
    if (!clause || CROSS_REFERENCE.test(head.slice(0, clause.index)) || CONDITIONAL.test(head.slice(0, clause.index)) || DOUBTED.test(head.slice(0, clause.index))) continue;
    for (const code of codesInText(clause[1]!)) rated.push({ code, rating: mention.rating, justification: null, loc });
    rated.push(...gapped(sentence.slice(mention.index + mention.text.length), mention.rating, loc));
  }
  return rated;
}

/** "; element 4.2.1, agreeing at the outset what service users can expect, for the new …": a clause that leaves out the verb and rating of the one before. */
const GAPPED = /^\s*(?:and\s+)?(?:elements?\s+)?((?:\d|[IV]+)\.\d\.\d)\s*,\s*([^;]{3,120}?),\s*for\b/i;
const VERB = /\b(?:is|are|was|were|has|have|had)\b/i;

/**
 * The elements of clauses after a ";" that share the rating of the clause before, the words that
 * would repeat left out ("Element 2.1.2, …, is rated compliance plus for …; element 4.2.1, …,
 * for …"). Only a clause that names one element, then what it is between commas, then "for" the
 * reason, with no verb and no rating of its own.
 */
function gapped(after: string, rating: Rating, loc: SourceLocation): RatedElement[] {
  return after
    .split(';')
    .slice(1)
    .flatMap((clause) => {
      const m = GAPPED.exec(clause);
      const code = m && !VERB.test(m[2]!) && ratingMentions(clause).length === 0 ? parseCode(m[1]!) : null;
      return code ? [{ code, rating, justification: null, loc }] : [];
    });
}

/** "Both were resolved … and remain compliant", "All three are now Compliance": a sentence about the elements the one before cited. */
const ANAPHOR = /^(?:both|(?:all|these|the)\s+(\w+))(?:\s+(?:elements?|of\s+them))?\s+(?:were|are|have|has|remain)\b/i;

/**
 * A sentence that names no element but rates the ones the sentence before cited, by "both" or a
 * count ("The C2 reassessment found two partial compliances (1.3.2 and 4.3.6). Both were resolved
 * … and remain compliant."): each has the rating it says they keep or now have. Only where the
 * count is the number of codes cited, and the rating is said to hold or to be so now.
 */
function ratedByAnaphor(sentence: string, before: string | undefined, loc: SourceLocation): RatedElement[] {
  const m = ANAPHOR.exec(sentence);
  if (!m || !before || codesInText(sentence).length > 0) return [];
  const count = m[1] === undefined ? 2 : parseNumber(m[1]);
  const codes = codesInText(before);
  if (count === null || codes.length !== count) return [];
  const rating = ratedNow(sentence)?.rating ?? (STILL_HOLDS.test(sentence) && !NOT_HELD.test(sentence) ? heldRating(sentence) : null);
  return rating ? codes.map((code) => ({ code, rating, justification: null, loc })) : [];
}

/** "These three elements are rated Compliance Plus.": a passage's last sentence rating the elements it cited. */
const CLOSING = /^(?:these|the(?:se)?\s+above|all)\s+(\w+)\s+elements?\s+(?:are|were)\s+(?:(?:rated|assessed|judged|graded)\s+(?:as\s+|at\s+)?)?(.+?)\.?$/i;
/** "Two elements are partially compliant.": a passage's first sentence rating the elements it goes on to cite. */
const OPENING = /^(\w+)\s+elements?\s+(?:are|were)\s+(?:(?:rated|assessed|judged|graded)\s+(?:as\s+|at\s+)?)?(.+?)\.?$/i;
/** A code cited in brackets at the end of a clause: "… the lettings strategies (2.1.2).", "(element 1.1.3)". */
const CITED = /\((?:elements?\s+)?((?:\d|[IV]+)\.\d\.\d)\)/gi;

/**
 * A passage that cites elements in brackets, one to a strength or a gap, and closes by rating
 * them all ("These three elements are rated Compliance Plus"): each cited element has that
 * rating, its sentence the reason. Only where the count the closing sentence gives is the number
 * of elements cited, and nothing in the passage places it in another visit.
 */
function ratedByClosingSentence(text: string, loc: SourceLocation): RatedElement[] {
  const all = sentences(text);
  // "All other elements are compliant." closes a passage without counting what it cited.
  const last = CLOSING.exec(all.at(-1)?.trim() ?? '');
  const closing = last && parseNumber(last[1]!) !== null ? last : null;
  // Or the passage opens by rating them: "Two elements are partially compliant. The Trust has not … (element 1.1.3). …".
  const opening = closing ? null : OPENING.exec(all[0]?.trim() ?? '');
  const rated = closing ?? opening;
  const rating = rated ? parseRatingCell(rated[2]!) : null;
  const count = rated ? parseNumber(rated[1]!) : null;
  if (!rating || count === null || all.some((sentence) => OTHER_VISIT.test(sentence))) return [];
  const cited = (closing ? all.slice(0, -1) : all.slice(1)).flatMap((sentence) => [...sentence.matchAll(CITED)].map((m) => ({ code: parseCode(m[1]!), sentence })));
  const codes = new Set(cited.map((c) => c.code));
  if (codes.has(null) || codes.size !== count || cited.length !== count) return [];
  const reasoned = rating === 'compliance-plus' || rating === 'partial-compliance';
  return cited.map(({ code, sentence }) => ({ code: code!, rating, justification: reasoned ? sentence.trim() : null, loc }));
}

export function ratedInRunningText(blocks: readonly Block[]): RatedElement[] {
  return blocks.flatMap((block, index) => {
    // A line set in bold is a title to the reader, but one that lists codes is a sentence: "Compliance plus ratings retained from the First Assessment: 1.1.2, 1.2.3."
    const boldSentence = block.kind === 'heading' && block.level === BOLD_TITLE_LEVEL && codesInText(block.text).length > 0;
    if (block.kind !== 'paragraph' && block.kind !== 'list' && !boldSentence) return [];
    const passages = block.kind === 'list' ? placedItems(block) : [{ text: block.text, loc: block.loc }];
    return passages.flatMap(({ text, loc }) => [
      ...sentences(text).flatMap((s, k, all) => [...ratedInSentence(s, loc), ...ratedByAnaphor(s, all[k - 1], loc)].map((r) => ({ ...r, sentence: r.sentence ?? s }))),
      ...nowRatedInProse(text).map(({ code, rating }) => ({ code, rating, justification: null, loc })),
      ...reRatedInProse(text).map(({ code, rating, replaces, sentence }) => ({ code, rating, replaces, justification: null, loc, sentence })),
      ...ratedByClosingSentence(text, loc),
    ]).map((r) => ({ ...r, index }));
  });
}
