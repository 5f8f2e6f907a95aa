/**
 * A sentence that gives every element of one criterion the same rating, the exceptions named by
 * code: "Under Criterion 2 every element was met, with 2.1.3 at Compliance Plus", "In Criterion 3
 * all elements were met except 3.3.2, which is partially compliant", "Criterion 4 was fully met",
 * "All other elements of Criterion 1 were assessed as Compliance". The elements of that criterion
 * the sentence does not name are compliant; what it names keeps whatever rating is stated for it.
 * A sentence that leaves an exception unnamed ("every element was met except one", "with two at
 * Compliance Plus"), names an element of another criterion, or speaks of another visit, an aim or
 * a condition states nothing here.
 */
import { codesInText } from './codes.js';
import { OTHER_VISIT } from './other-visit.js';
import { ratingMentions } from './ratings.js';
import { sentences } from './text.js';

export interface CriterionMet {
  criterion: number;
  /** The codes the sentence names: its exceptions, never rated by it. */
  named: string[];
  sentence: string;
}

/** "were met", "is compliant", "were assessed as Compliance", "was fully met": compliance, never compliance plus. */
const MET = String.raw`(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:all|each)\s+)?(?:fully\s+|wholly\s+)?(?:met|compliant|(?:assessed|rated|judged|found|graded)\s+(?:as\s+|to\s+be\s+|at\s+)?(?:fully\s+)?(?:compliant|compliance|met))(?:\s+in\s+full)?\b(?![\s-]*(?:plus|\+))`;
const EVERY = String.raw`(?:(?:every|each)\s+(?:single\s+)?element|all\s+(?:(?:of\s+)?(?:the|its)\s+)?(?:other\s+|remaining\s+)?(?:\d{1,2}\s+|[a-z]+\s+)?elements|everything|all\s+(?:the\s+)?(?:other|remaining)\s+elements)`;
const SHAPES: readonly RegExp[] = [
  // "Under Criterion 2 every element was met", "In criterion 5, all eleven elements are compliant"
  new RegExp(String.raw`\b(?:under|in|for|within|across|throughout)\s+criterion\s+([1-5])\b\s*,?\s*${EVERY}\s+${MET}`, 'i'),
  // "Every element of Criterion 2 was met", "All other elements of Criterion 1 were assessed as Compliance"
  new RegExp(String.raw`\b${EVERY}\s+(?:of|in|under|within)\s+criterion\s+([1-5])\b\s*${MET}`, 'i'),
  // "Criterion 4 was fully met", "Criterion 4 was met in full"
  /\bcriterion\s+([1-5])\b\s*(?:was|is|has\s+been)\s+(?:fully|wholly|entirely)\s+met\b|\bcriterion\s+([1-5])\b\s*(?:was|is|has\s+been)\s+met\s+in\s+full\b/i,
];

/** Words before the statement that make it something other than this visit's finding: a cross-reference, an aim, a condition, a doubt. */
const NOT_A_FINDING = /\b(?:see|cf|refer|if|whether|unless|until|once|when|would|should|could|will|may|might|must|aim\w*|hope\w*|expect\w*|plan\w*|intend\w*|ensure|target\w*|not|never|nor|no)\b/i;
/** Words that say the statement has exceptions. */
const EXCEPT = /\b(?:except|excepting|apart\s+from|other\s+than|save|but|bar|excluding|exceptions?)\b/i;
/** A count in the words after the statement, where they speak of exceptions or ratings: an exception counted, not named ("except one", "with two at Compliance Plus"). */
const COUNTED = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|several|some|a\s+few|\d{1,2})\b/i;

function statement(sentence: string): { criterion: number; index: number; end: number } | null {
  for (const shape of SHAPES) {
    const m = shape.exec(sentence);
    if (!m) continue;
    const criterion = Number(m[1] ?? m[2]);
    return { criterion, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

export function criteriaStatedMet(text: string): CriterionMet[] {
  const found: CriterionMet[] = [];
  for (const sentence of sentences(text)) {
    const s = statement(sentence);
    if (!s || OTHER_VISIT.test(sentence) || NOT_A_FINDING.test(sentence.slice(0, s.index))) continue;
    const named = codesInText(sentence);
    if (named.some((code) => !code.startsWith(`${s.criterion}.`))) continue;
    // The clause the statement stands in, to a colon or semicolon: what follows is the reason.
    const tail = sentence.slice(s.end).split(/[:;]/)[0] ?? '';
    const bare = tail.replace(/\(?(?:\d|[IV]+)\.\d\.\d\)?/g, ' ');
    // An exception or a rating that names no element leaves the criterion's other elements unknown.
    if ((EXCEPT.test(tail) || ratingMentions(tail).length > 0) && named.length === 0) continue;
    if (COUNTED.test(bare) && (EXCEPT.test(bare) || ratingMentions(bare).length > 0 || /\belements?\b/i.test(bare))) continue;
    found.push({ criterion: s.criterion, named, sentence });
  }
  return found;
}
