/**
 * Rating words and abbreviations: "Full Compliance", "Compliant", "C" are compliance;
 * "Compliant Plus", "C+", "CP" compliance plus; "Partial Compliant", "Part Compliant", "PC" partial; "NC" non-compliance.
 */
import type { Rating } from '../schema/report.js';
import { withoutFootnoteMark } from './text.js';

// The stems real reports spell: "Compliant", "Compliance", and the misspellings "Complaint Plus"
// "Complaince", "Complient" and "Partialy" (never "complaint" alone: that is a word of the standard's own).
const STEM = String.raw`(?:complian(?:ce|ces|t)|complaince|complien(?:ce|t))`;
const PHRASES: { rating: Rating; pattern: string }[] = [
  { rating: 'non-compliance', pattern: String.raw`non[\s-]?(?:${STEM}|complaint)|not\s+compliant` },
  { rating: 'partial-compliance', pattern: String.raw`part(?:ial(?:l?y)?)?[\s-]?(?:${STEM}|complaint)|partially\s+met` },
  { rating: 'compliance-plus', pattern: String.raw`(?:${STEM}|complaint)[\s-]?plus|complian(?:ce|t)\s*\+` },
  { rating: 'compliance', pattern: String.raw`(?:full(?:y)?\s+)?${STEM}|fully\s+complaint` },
];

const ABBREVIATIONS: Record<string, Rating> = {
  nc: 'non-compliance',
  pc: 'partial-compliance',
  'c+': 'compliance-plus',
  // "C+" set over two lines of a narrow header cell, read with a space between them.
  'c +': 'compliance-plus',
  cp: 'compliance-plus',
  cplus: 'compliance-plus',
  'c plus': 'compliance-plus',
  'c-plus': 'compliance-plus',
  c: 'compliance',
  fc: 'compliance',
  // A rating column or heading may say whether the element was met.
  'fully met': 'compliance',
  met: 'compliance',
  'partially met': 'partial-compliance',
  'part met': 'partial-compliance',
  'not met': 'non-compliance',
};

const NAMES: Record<Rating, string> = {
  'non-compliance': 'non-compliance',
  'partial-compliance': 'partial compliance',
  compliance: 'compliance',
  'compliance-plus': 'compliance plus',
};

/** A rating as a sentence names it ("partial compliance"). */
export function ratingName(rating: Rating): string {
  return NAMES[rating];
}

// Not "\b" at the end: "Compliant+ 3" ends in no word character.
const ANY_RATING = new RegExp(String.raw`\b(${PHRASES.map((p) => p.pattern).join('|')})(?!\w)`, 'gi');

const WHOLE_PHRASES = PHRASES.map(({ rating, pattern }) => ({ rating, whole: new RegExp(String.raw`^(?:${pattern})$`, 'i') }));

function ratingOfPhrase(phrase: string): Rating | null {
  const trimmed = phrase.trim();
  return WHOLE_PHRASES.find(({ whole }) => whole.test(trimmed))?.rating ?? null;
}

/** Longer than any rating cell ("Partial Compliance → Compliance Plus†" is 37 characters), spacing made single. */
const LONGEST_RATING_CELL = 80;

/** A change of rating written with an arrow ("PC → C", "C+ -> C"): the rating after the change is the one the cell gives. */
const RATING_CHANGE = /^([^→⇒➔➜⟶>]+?)\s*(?:→|⇒|➔|➜|⟶|-+>|=>)\s*([^→⇒➔➜⟶>]+)$/;

/**
 * The rating a table cell holds when the cell is nothing but a rating ("Compliance plus", "C+",
 * "Partial Compliant"), or null.
 */
export function parseRatingCell(cell: string): Rating | null {
  // Every cell of a row is asked, most of them prose: no rating, nor a change of one, is this long.
  if (cell.length > LONGEST_RATING_CELL && cell.replace(/\s+/g, ' ').trim().length > LONGEST_RATING_CELL) return null;
  const change = RATING_CHANGE.exec(cell.trim());
  if (change) return parseRatingCell(change[1]!) ? parseRatingCell(change[2]!) : null;
  const t = withoutFootnoteMark(cell).replace(/[.*]+$/, '').replace(/^\*+/, '').trim();
  const abbreviation = ABBREVIATIONS[t.toLowerCase()];
  if (abbreviation) return abbreviation;
  return ratingOfPhrase(t);
}

export interface RatingMention {
  rating: Rating;
  index: number;
  text: string;
}

/** Every rating phrase in running text, in order. Abbreviations are not read from prose. */
export function ratingMentions(text: string): RatingMention[] {
  const mentions: RatingMention[] = [];
  for (const m of text.matchAll(ANY_RATING)) {
    const rating = ratingOfPhrase(m[1]!);
    if (rating) mentions.push({ rating, index: m.index, text: m[1]! });
  }
  return mentions;
}

/** The one rating a heading or label names ("Partial Compliance Elements"), or null when none or several. */
export function ratingNamedBy(text: string): Rating | null {
  const distinct = new Set(ratingMentions(text).map((m) => m.rating));
  if (distinct.size !== 1) return null;
  return [...distinct][0]!;
}

/** Short words a column header uses for a rating where the table's other headers make the meaning plain. */
const HEADER_WORDS: Record<string, Rating> = {
  partial: 'partial-compliance',
  partially: 'partial-compliance',
  non: 'non-compliance',
  full: 'compliance',
  fully: 'compliance',
  plus: 'compliance-plus',
  '+': 'compliance-plus',
};

/**
 * The rating a column or row header names: any rating cell, "Compliance Plus (C+)", "No. of
 * C+", "Number of partial compliances", or the short words of a matrix header ("Partial", "Non",
 * "Full", "Plus"); null when it names none.
 */
export function ratingOfColumnHeader(cell: string): Rating | null {
  const t = cell.trim().replace(/\s+/g, ' ').replace(/^(?:no\.?|number|count|total)\s+(?:of\s+)?/i, '');
  const direct = parseRatingCell(t);
  if (direct) return direct;
  const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(t);
  if (bracket) {
    const outer = parseRatingCell(bracket[1]!);
    const inner = parseRatingCell(bracket[2]!);
    if (outer && (!inner || inner === outer)) return outer;
    if (!bracket[1]!.trim() && inner) return inner;
    if (inner && !outer) return inner;
  }
  return HEADER_WORDS[t.toLowerCase().replace(/[.:]+$/, '')] ?? null;
}
