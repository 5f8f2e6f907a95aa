/**
 * "Full compliance" is, in most reports, another name for compliance. In some (the standard's
 * early wording: full / partial / non compliance, Compliance Plus a mark on a fully compliant
 * element) it counts the compliance plus elements too: "Elements marked Compliance Plus are
 * counted as full compliance", "Of the elements in full compliance, two were marked Compliance
 * Plus", an element "– Full compliance – Compliance Plus". Where a document says so, a count of
 * its "full compliance" is not a count of compliance, and the compliance count is not stated.
 */
import { sentences } from './text.js';

const FULL = String.raw`full(?:y)?[\s-]+complian(?:ce|t)`;
const PLUS = String.raw`complian(?:ce|t)[\s-]*(?:plus|\+)`;

const INCLUDES_PLUS: readonly RegExp[] = [
  // "Elements marked Compliance Plus are counted as full compliance", "Compliance Plus is included in the full compliance figures".
  new RegExp(String.raw`\b${PLUS}\b[^.;]*?\b(?:counted|included|recorded|shown|treated|reported)\s+(?:as|in|among|within|under|with)\s+(?:the\s+)?${FULL}`, 'i'),
  // "Full compliance includes the two Compliance Plus elements", "full compliance (including 2 compliance plus)".
  new RegExp(String.raw`\b${FULL}\b[^.;]{0,40}?\binclud(?:es?|ing)\s+(?:the\s+|any\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:elements?\s+)?(?:(?:marked|rated|awarded|judged)\s+(?:as\s+)?)?${PLUS}`, 'i'),
  // "Of the elements in full compliance, two were marked Compliance Plus".
  new RegExp(String.raw`\bof\s+(?:the|these|those)\s+(?:[\w-]+\s+)?elements?\s+(?:in|at|with|rated|judged|assessed\s+as|found\s+(?:to\s+be\s+)?in)\s+${FULL}\b[^.;]*\b${PLUS}`, 'i'),
  // An element marked "Full compliance – Compliance Plus": compliance plus is a mark on a fully compliant element.
  new RegExp(String.raw`\b${FULL}\s*[–—-]\s*${PLUS}\b`, 'i'),
];

/** Whether some text says its "full compliance" counts include the compliance plus elements. */
export function fullComplianceIncludesPlus(text: string): boolean {
  return sentences(text).some((sentence) => INCLUDES_PLUS.some((p) => p.test(sentence))) || INCLUDES_PLUS[3]!.test(text);
}

/** Whether a rating's words (a column's header, a count's phrase) say "full compliance" ("Full compliance", "fully compliant", "Full"). */
export function namesFullCompliance(words: string): boolean {
  return /^\s*full(?:y)?\b/i.test(words);
}
