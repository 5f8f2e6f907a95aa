/**
 * Criteria a visit says it did not look at: "Criteria 1, 2, 3 and 5 were not reassessed and their
 * AR2 ratings stand", "Criterion 3 was not assessed at this visit". A rating the visit's part then
 * gives an element of one of them ("1.2.3 remains partially compliant") is the earlier visit's
 * standing, not this visit's judgement.
 */
import { sentences } from './text.js';

const NOT_ASSESSED =
  /\bcriteri(?:on|a)\s+((?:[1-5](?:\s*(?:,|&|and)\s*)?)+?)\s+(?:were|was|are|is|have|has)\s+(?:(?:not|n[o']t)\s+(?:been\s+)?)(?:re-?)?(?:assessed|reviewed|examined|covered|sampled|visited|looked\s+at)\b/i;
/** "… were not reassessed except for 3.2.1": an exception that may still be rated. */
const EXCEPT = /\b(?:except|apart\s+from|other\s+than|but\s+for|save\s+for)\b/i;

export function criteriaNotAssessed(text: string): number[] {
  const found = new Set<number>();
  for (const sentence of sentences(text)) {
    const m = NOT_ASSESSED.exec(sentence);
    if (!m || EXCEPT.test(sentence)) continue;
    for (const d of m[1]!.match(/[1-5]/g) ?? []) found.add(Number(d));
  }
  return [...found].sort();
}
