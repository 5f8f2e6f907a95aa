/**
 * Rating counts stated in prose: "ten of the fifty seven criteria we were assessed as
 * Compliance Plus", "There were two Partial Compliances and no non-compliances", "securing full
 * compliance across all 57 criteria", "four partial compliances were identified in Criterion 4".
 * Only these shapes are read; anything looser is left alone. A limit ("the maximum of three
 * partial compliances allowed") is not a count, nor is a count placed in another visit before it
 * is given ("From a start of 2 compliance plus …").
 */
import type { Rating } from '../schema/report.js';
import { codesInText } from './codes.js';
import { CRITERION_NUMBER, criterionNumberOf } from './criterion-numbers.js';
import { labelCountRun } from './label-count-runs.js';
import { NUMBER_PATTERN, parseNumber } from './numbers.js';
import { aboutOtherVisitBefore } from './other-visit.js';
import { parseRatingCell, ratingMentions } from './ratings.js';
import { escapeRegExp, sentences } from './text.js';

export interface StatedCount {
  rating: Rating;
  count: number;
  /** The one criterion the sentence counts in ("in Criterion 4"), or null for the whole standard. */
  criterion: number | null;
  sentence: string;
  /** The words that named the rating ("full compliance", "Compliance Plus"), where a rating phrase did. */
  words?: string;
}

const ALL_ELEMENTS = String.raw`(?:57|fifty[\s-]seven)`;
/** Codes in a list: "1.3.4, 4.2.3 and 5.3.3". */
const CODE_LIST = String.raw`(?:\d\.\d\.\d[\s,;&]*(?:and\s+)?)+`;
const ALL_FULL = new RegExp(String.raw`\bfull\s+compliance\s+(?:across|in|against|with|for|on)\s+all\s+(?:the\s+)?${ALL_ELEMENTS}\b`, 'i');
/**
 * "two Partial Compliances": the number just before the rating. Not "two new Compliance Plus"
 * (what changed at a review, not how many there are), nor "three of the four partial
 * compliances recorded in 2010" (a part of a set counted elsewhere), nor the value of a label
 * before it ("Compliant: 9" over "Partially Compliant: 1").
 */
const ADJACENT = new RegExp(String.raw`(?:^|(?<![:=])[^\w.:=-])(?<!\bof\s+(?:the|these|those|its|their|our)\s+)(${NUMBER_PATTERN}|no)\s+(?:[x×]\s+)?$`, 'i');
/** "ten of the fifty seven criteria we were assessed as Compliance Plus", "none of the 57 elements were …" */
const OF_ALL = new RegExp(String.raw`(?:^|[^\w.-])(${NUMBER_PATTERN}|none)\s+of\s+the\s+${ALL_ELEMENTS}\b(?:(?!\b(?:and|but)\b)[^;:])*?\b(?:as|were|was|rated|awarded|judged)\b[^;:]*$`, 'i');
/** The elements a sampled visit looked at: "the 15 elements assessed". */
const SAMPLED_ELEMENTS = String.raw`${NUMBER_PATTERN}\s+elements\s+(?:assessed|sampled|reviewed|examined|looked\s+at)`;
/** "Of the 57 elements, fourteen were assessed as Compliance Plus", "Of the 15 elements assessed, 2 were rated Compliance Plus". */
const OF_ALL_FIRST = new RegExp(String.raw`\bof\s+(?:the|our|its)\s+(?:${ALL_ELEMENTS}|${SAMPLED_ELEMENTS})(?:\s+elements)?,?\s+(${NUMBER_PATTERN}|none)\s+(?:were|was|are)\s+(?:(?:rated|assessed|judged|awarded|graded|found|scored)\s+)?(?:as\s+|to\s+be\s+|at\s+)?$`, 'i');
/** "fourteen elements were rated Compliance Plus", "14 areas of compliance plus", "3 things were Compliance Plus" (plain words for elements): a count of elements named just before the rating. */
const UNITS_BEFORE = new RegExp(
  String.raw`(?:^|[^\w.-])(?<!\ball\s+(?:the\s+)?)(?:(${NUMBER_PATTERN})\s+areas?\s+of\s+|(${NUMBER_PATTERN}|no)\s+(?:elements?|things?)\b(?:\s+(?:of|in|within)\s+(?:the\s+)?(?:standard|report))?\s+(?:of\s+|(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:(?:rated|assessed|judged|awarded|graded|identified|found|scored|recorded|achieved|attained|reached|received|gained)\s+)?(?:(?:as|at|with)\s+)?(?:being\s+)?))$`,
  'i',
);
/** "Compliance Plus was awarded for nine elements": the count after the rating. "In seven areas" is not one: an area may hold several elements. */
const UNITS_AFTER = new RegExp(
  String.raw`^\s*(?:(?:was|were|has\s+been|have\s+been|is|are)\s+)?(?:(?:achieved|awarded|reached|gained|attained|identified|found|given|recorded|granted|demonstrated)\s+)?(?:in|across|for|against|on)\s+(${NUMBER_PATTERN})\s+(?:elements?|criteria)\b`,
  'i',
);
/** "nine compliance plus, 45 compliance and three partial": "partial" alone, in a sentence that counts other ratings. */
const PARTIAL_ALONE = new RegExp(String.raw`(?:^|[^\w.-])(${NUMBER_PATTERN})\s+partials?\b(?![\s-]*complian)`, 'gi');
const OF_ALL_NAMED = new RegExp(String.raw`\bof\s+(?:the|our|its)\s+(?:${ALL_ELEMENTS}\b|${SAMPLED_ELEMENTS})`, 'i');
/**
 * A further count in a list that began "Of the 57 elements, …" or with a count: ", 44 were fully
 * compliant", ", four as compliance plus" (the verb left to the first), "; none was assessed as
 * Non-Compliance", "; the other fifty were compliant" (the rest of the list, counted).
 */
const CONTINUED = new RegExp(String.raw`(?:[,;]|\band)\s+(?:the\s+(?:other|remaining)\s+)?(${NUMBER_PATTERN}|none)\s+(?:(?:were|was|are|is)\s+(?:(?:rated|assessed|judged|found)\s+(?:as\s+)?)?|as\s+)$`, 'i');
/** A count right after its rating: "Compliance Plus 8", "Partial Compliance: 2", "Compliance Plus x 4". */
const RATING_THEN_COUNT = new RegExp(String.raw`^\s*(?:[:=–-]|[x×](?=\s))?\s*(${NUMBER_PATTERN})\b(?!\s*(?:%|\.\d|of\b|elements?\s+of))`, 'i');
/** A count after "in", ending its clause: "I found Compliance Plus in three and Partial Compliance in two". */
// Not "in 4.3.2": an element's code is no count.
const RATING_IN_COUNT = new RegExp(String.raw`^\s+in\s+(${NUMBER_PATTERN})\b(?!\.\d)(?=\s*(?:and\b|[,;.]|$))`, 'i');
/** A count and a rating's abbreviation: "6 C+", "2 PC". */
const ABBREVIATED = /(?:^|[^\w.-])(\d{1,2})\s+(?:[x×]\s+)?(C\+|CP|PC|NC|C)(?=[\s,;.)]|$)/g;
/**
 * A count described in words and its rating given after it in brackets: "Three areas of exemplary
 * practice (Compliance Plus), 51 elements fully met (Compliance)", as a report that keys its own
 * marks writes them. The count opens the words before the bracket, a few of them.
 */
const COUNT_THEN_BRACKET = new RegExp(String.raw`(?:^|[\s,;:])(${NUMBER_PATTERN})\s+(?:[\p{L}’'-]+\s+){0,7}[\p{L}’'-]+\s*\($`, 'iu');
/**
 * A count whose elements are listed between it and the rating: "these five elements — 1.1.3,
 * 2.1.2, 3.2.4, 4.2.1 and 5.2.4 — I have awarded Compliance Plus", "three elements (1.3.4, 4.2.3
 * and 5.3.3) were rated Partial Compliance". It counts only where the list holds that many codes.
 */
const COUNT_THEN_CODES = new RegExp(String.raw`(?:^|[^\w.-])(${NUMBER_PATTERN})\s+elements?\s*[—–(:,-]\s*(${CODE_LIST})\s*[—–)]?\s*(?:,\s*)?(?:(?:were|was|are|is|have\s+been|has\s+been|I|we|the\s+assessors?|they)\s+)?(?:(?:have|has)\s+)?(?:rated|assessed|judged|awarded|graded|given|found|scored|achieved|received|gained)\s+(?:as\s+|at\s+)?$`, 'i');

/**
 * Words right after a rating that place the count before it in another visit: "the three
 * Compliance Plus ratings from 2014", "two partial compliances recorded at the previous review".
 */
const OTHER_VISIT_AFTER = /^\s*(?:(?:ratings?|elements?|awards?|grades?)\s+)?(?:(?:awarded|given|recorded|identified|found|achieved|gained|held|made)\s+)?(?:from\s+(?:19|20)\d{2}\b|(?:from|at|in|during)\s+(?:the|our|its|their|that)\s+(?:last|previous|prior|earlier|initial)\b)/i;

/** "compliant or better": a floor, not a rating. */
const OR_BETTER = /^\s*(?:or|and)\s+(?:better|above|higher|over)\b/i;
const NO_PARTIAL_OR_NON = /\bno\s+(?:partial(?:ly)?|non)(?:[\s-]*complian\w*)?\s+(?:or|and|nor)\s+(?:partial(?:ly)?|non)[\s-]*complian\w*/i;
/**
 * How far before a rating's mention its count is looked for. The longest shape read ("none of the
 * fifty seven elements we were assessed on were rated as") is well within it; without a bound, a
 * "sentence" that is a whole table's text run together costs time in the square of its length.
 */
const LOOK_BEHIND = 400;
const LIMIT = /\b(?:maximum|at most|allowed|permitted|tolerance|no more than|limit)\b/i;
/** A table of contents: "Contents: 1 Introduction · 2 Overall result · … · 5 Compliance Plus and Partial Compliance". */
const CONTENTS = /^(?:table of )?contents\b|(?:[·•…]\s*\d+(?:\.\d+)*\s+\p{Lu}.*){2}/u;
/** Counts of one part of the holder ("Service totals: …", "… in this service"), not of the report's result. */
const PART_ONLY = /\b(?:service|site|department|directorate|team|branch|unit|location)\s+totals?\b|\bin\s+this\s+(?:service|site|department|directorate|team|branch|unit|location)\b/i;
/** An aim, not a result: "We aim for 10 compliance plus next year", "a target of twelve compliance plus by 2024". */
const AIM = /\b(?:aim(?:s|ing)?\s+(?:for|to|at)|targets?|ambitions?|aspir(?:e|es|ation|ations)|goal|hop(?:e|es|ing)\s+to|plan(?:s|ning)?\s+to|want(?:s)?\s+to|next\s+(?:year|time))\b/i;

/** Is a count at `index` of the sentence another visit's, or an aim rather than a result ("We aim for 10 compliance plus")? */
function notThisResult(sentence: string, index: number): boolean {
  return aboutOtherVisitBefore(sentence, index) || AIM.test(sentence.slice(Math.max(0, index - LOOK_BEHIND), index));
}

const CRITERION_NAMED = new RegExp(String.raw`\bcriteri(?:on|a)\s+(${CRITERION_NUMBER})\b|^\s*C([1-5])\s*[:.–—-]`, 'gi');

/** The criterion a sentence is about, when it names exactly one ("in Criterion 4 Delivery", "Criterion Four", "Criterion IV", a line opening "C4:"). */
export function criterionNamed(sentence: string): number | null {
  const named = new Set([...sentence.matchAll(CRITERION_NAMED)].map((m) => criterionNumberOf(m[1] ?? m[2]!)));
  return named.size === 1 ? [...named][0]! : null;
}

/** The codes a count names, in brackets after it: " (1.2.1)", " (1.3.4, 5.3.2)". */
const CODES_IN_BRACKETS = String.raw`(?:\s*\(\s*${CODE_LIST}\))?`;

const NUMBER_WORD = String.raw`(?:\d{1,2}|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
/**
 * "All but four of the 57 elements were rated Compliance": the count is what the exception leaves
 * of the whole the sentence states (53), never the exception's own number; with no whole stated
 * ("all but four elements") there is no count, for a visit may have looked at fewer than 57.
 */
const ALL_BUT = new RegExp(String.raw`\ball\s+(?:but|except(?:\s+for)?|bar|save)\s+(${NUMBER_WORD})(?:\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?(${NUMBER_WORD}))?`, 'gi');

function withExceptionsCounted(sentence: string): string {
  return sentence.replace(ALL_BUT, (_, except: string, whole: string | undefined) => {
    const [n, total] = [parseNumber(except), whole === undefined ? null : parseNumber(whole)];
    return n !== null && total !== null && total > n ? `${total - n} of the ${total}` : 'all bar some';
  });
}

const OUT_OF_ALL = new RegExp(String.raw`\b(${NUMBER_WORD})\s+(?:out\s+of\s+(?:the\s+|all\s+)?(?:57|fifty[\s-]seven)\b(?!\s*%)|of\s+(?:the\s+|all\s+)?(?:57|fifty[\s-]seven)(?=\s+(?:elements?\s+)?(?:are|were|is|was|have|had)\b))`, 'gi');

/** A line that opens with a criterion's label: "C1: 11 elements – 10 Compliant", "Criterion Four: Green+ 1, …". */
const CRITERION_LINE = new RegExp(String.raw`^\s*(?:C[1-5]|criterion\s+${CRITERION_NUMBER})\s*[:.–—-]`, 'i');

/** The lines of a text that counts criterion by criterion, a line each, as sentences of their own; null for other text. */
function criterionLines(text: string): string[] | null {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length >= 2 && lines.filter((line) => CRITERION_LINE.test(line)).length >= 2 ? lines.flatMap((line) => sentences(line)) : null;
}

/** A line of a numbered list of titles: "6. Compliance Plus", "11. Factual accuracy comments (to be completed by the Fund)". */
const NUMBERED_TITLE = /^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^.!?;:]*[^\d\s.!?;:]\s*$/u;

/** A contents list set as numbered titles, a line each: its numbers number sections ("6. Compliance Plus\n7. Partial Compliance"), they count nothing. */
function isNumberedTitles(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length >= 3 && lines.every((line) => NUMBERED_TITLE.test(line));
}

export function countsInProse(text: string): StatedCount[] {
  if (isNumberedTitles(text)) return [];
  return (criterionLines(text) ?? sentences(text)).flatMap((sentence) => countsInSentence(sentence).map((count) => ({ ...count })));
}

/**
 * A report's sentences are read for counts more than once (to classify it, then for each stage):
 * each sentence's counts are found once while it is in use.
 */
const COUNTS_OF_SENTENCE = new Map<string, readonly StatedCount[]>();
/** Sentences whose counts are kept: more than a long report has, few enough to hold little memory. */
const COUNTS_CACHE = 4096;

function countsInSentence(numbered: string): readonly StatedCount[] {
  const known = COUNTS_OF_SENTENCE.get(numbered);
  if (known) return known;
  const counts = countedIn(numbered);
  if (COUNTS_OF_SENTENCE.size >= COUNTS_CACHE) COUNTS_OF_SENTENCE.clear();
  COUNTS_OF_SENTENCE.set(numbered, counts);
  return counts;
}

/** The counts one sentence states. */
function countedIn(numbered: string): StatedCount[] {
  const counts: StatedCount[] = [];
  // "4.3 Compliance plus was reached …": a paragraph's number is not a count.
  // "51 out of 57 elements are compliant": the count is 51; "of 57" only says of how many.
  // Not a count that opens the sentence: "51 elements are compliant", "2 out of 57 are partial".
  const sentence = withExceptionsCounted(numbered.replace(/^\(?\d+(?:\.\d+)*\)?\s+(?=\D)(?!(?:elements?|things?|areas?|(?:out\s+)?of|were|are|was|is|[x×])(?:\b|\s))/i, '')).replace(OUT_OF_ALL, '$1');
  if (LIMIT.test(sentence) || CONTENTS.test(sentence) || PART_ONLY.test(sentence)) return counts;
  const criterion = criterionNamed(sentence);
  // "All 57 · Compliance Plus 4 · Compliance 51": chips, each label then its number (never the number before a label).
  const chips = labelCountRun(numbered);
  if (chips) return notThisResult(sentence, 0) ? [] : chips.map((c) => ({ ...c, criterion, sentence: numbered }));
  // "with no partial or non-compliances": none of either.
  const neither = NO_PARTIAL_OR_NON.exec(sentence);
  if (neither && !notThisResult(sentence, neither.index)) {
    counts.push({ rating: 'partial-compliance', count: 0, criterion, sentence: numbered }, { rating: 'non-compliance', count: 0, criterion, sentence: numbered });
  }
  const all = ALL_FULL.exec(sentence);
  if (all && !notThisResult(sentence, all.index)) {
    counts.push({ rating: 'non-compliance', count: 0, criterion: null, sentence: numbered }, { rating: 'partial-compliance', count: 0, criterion: null, sentence: numbered });
  }
  const ofAllNamed = OF_ALL_NAMED.exec(sentence);
  const mentions = ratingMentions(sentence);
  for (const mention of mentions) {
    // The text before the mention, from a word's start at most LOOK_BEHIND characters back.
    const window = sentence.slice(Math.max(0, mention.index - LOOK_BEHIND), mention.index);
    const cut = mention.index > LOOK_BEHIND ? (/^\S*\s*/.exec(window)?.[0].length ?? 0) : 0;
    const start = mention.index - window.length + cut;
    const preceding = window.slice(cut);
    const adjacent = ADJACENT.exec(preceding);
    const ofAll = adjacent ? null : (OF_ALL.exec(preceding) ?? OF_ALL_FIRST.exec(preceding));
    const units = adjacent || ofAll ? null : UNITS_BEFORE.exec(preceding);
    const after = adjacent || ofAll || units ? null : UNITS_AFTER.exec(sentence.slice(mention.index + mention.text.length));
    // "Of the 57 elements, eleven were rated Compliance Plus, 44 were fully compliant and two …"
    const ofAllBefore = ofAllNamed !== null && ofAllNamed.index + ofAllNamed[0].length <= mention.index;
    // Or a sentence that has counted already: "two elements achieved compliance plus, fifty-two are compliant and three are …".
    const continued = adjacent || ofAll || units || after || !(ofAllBefore || counts.length > 0) ? null : CONTINUED.exec(preceding);
    const match = adjacent ?? ofAll ?? units ?? after ?? continued;
    if (OR_BETTER.test(sentence.slice(mention.index + mention.text.length))) continue;
    if (!match || notThisResult(sentence, after ? mention.index : start + match.index)) continue;
    if (!after && OTHER_VISIT_AFTER.test(sentence.slice(mention.index + mention.text.length))) continue;
    const count = parseNumber(match[1] ?? match[2]!);
    if (count === null) continue;
    counts.push({ rating: mention.rating, count, criterion: adjacent || units || after ? criterion : null, sentence: numbered, words: mention.text });
  }
  // "Compliance Plus 8; Compliance 47; Partial Compliance 2": the count after each rating, where there are two or more.
  if (counts.length === 0) {
    const after = mentions
      .map((m) => ({ m, n: RATING_THEN_COUNT.exec(sentence.slice(m.index + m.text.length)) }))
      .filter(({ m, n }) => n && !notThisResult(sentence, m.index));
    // One alone counts where it is the whole of a list's item ("…found: Compliance Plus 8;", "Compliance 47;",
    // "Compliant Plus: 1 (1.2.1)", the codes it counts in brackets).
    const item = after.length === 1 && new RegExp(String.raw`^(?:[^:]*:\s*)?${escapeRegExp(after[0]!.m.text)}\s*[:=–-]?\s*${escapeRegExp(after[0]!.n![1]!)}${CODES_IN_BRACKETS}\s*[.;,]?$`, 'i').test(sentence);
    if (after.length >= 2 || item) for (const { m, n } of after) counts.push({ rating: m.rating, count: parseNumber(n![1]!)!, criterion, sentence: numbered, words: m.text });
  }
  // "Compliance Plus in three and Partial Compliance in two": where the sentence so counts two ratings or more.
  const inCounts = mentions
    .map((m) => ({ m, n: RATING_IN_COUNT.exec(sentence.slice(m.index + m.text.length)) }))
    .filter(({ m, n }) => n && !notThisResult(sentence, m.index) && !counts.some((c) => c.rating === m.rating));
  if (inCounts.length >= 2) for (const { m, n } of inCounts) counts.push({ rating: m.rating, count: parseNumber(n![1]!)!, criterion, sentence: numbered, words: m.text });
  // Counts described in words, each rating in brackets after: where the sentence so counts two or more.
  if (counts.length === 0) {
    const bracketed = mentions.flatMap((m) => {
      if (!/^\s*\)/.test(sentence.slice(m.index + m.text.length))) return [];
      const n = COUNT_THEN_BRACKET.exec(sentence.slice(Math.max(0, m.index - LOOK_BEHIND), m.index));
      const count = n ? parseNumber(n[1]!) : null;
      return count !== null && !notThisResult(sentence, m.index) ? [{ rating: m.rating, count, words: m.text }] : [];
    });
    if (bracketed.length >= 2) for (const b of bracketed) counts.push({ ...b, criterion, sentence: numbered });
  }
  // A count with its elements listed before the rating, where the list holds as many codes.
  if (counts.length === 0) {
    for (const m of mentions) {
      const listed = COUNT_THEN_CODES.exec(sentence.slice(Math.max(0, m.index - LOOK_BEHIND), m.index));
      const count = listed ? parseNumber(listed[1]!) : null;
      if (count === null || codesInText(listed![2]!).length !== count || notThisResult(sentence, m.index)) continue;
      counts.push({ rating: m.rating, count, criterion, sentence: numbered, words: m.text });
    }
  }
  // "6 C+, 49 C, 2 PC and 0 NC": abbreviations counted, where the sentence counts two or more of them.
  const abbreviated = [...sentence.matchAll(ABBREVIATED)].filter((m) => !notThisResult(sentence, m.index));
  if (counts.length === 0 && abbreviated.length >= 2) {
    for (const m of abbreviated) counts.push({ rating: parseRatingCell(m[2]!)!, count: Number(m[1]), criterion, sentence: numbered });
  }
  if (counts.length > 0 && !counts.some((c) => c.rating === 'partial-compliance')) {
    for (const m of sentence.matchAll(PARTIAL_ALONE)) {
      const count = parseNumber(m[1]!);
      if (count !== null && !notThisResult(sentence, m.index)) counts.push({ rating: 'partial-compliance', count, criterion, sentence: numbered });
    }
  }
  return counts;
}
