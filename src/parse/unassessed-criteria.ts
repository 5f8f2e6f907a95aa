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

/**
 * A criterion's own label that says the visit did not assess it: the band over its rows in a
 * table of every element ("Criterion 3 – Information and Access – not assessed at this visit;
 * earlier ratings carried forward"), or a heading ("Criterion 5 (not sampled)"). The ratings set
 * under it restate an earlier visit's for completeness and are not this visit's. The label may name
 * elements it re-examined all the same ("… except 1.3.2, re-examined"), which are.
 */
const LABEL_NOT_ASSESSED =
  /^\W*criterion\s+([1-5])\b[^.;]{0,80}?(?:[–—:(,-]|\bwas\b|\bis\b)\s*(?:not\s+(?:re-?)?(?:assessed|sampled|examined|reviewed|covered|visited)|not\s+in\s+(?:the\s+)?scope|outside\s+(?:the\s+)?scope)\b/i;
/** A label is short: a sentence of running text about the criterion is not one. */
const LONGEST_LABEL = 200;
const ELEMENT_CODE = /\b[1-5]\.[1-4]\.\d{1,2}\b/g;

export interface CriteriaLabelledNotAssessed {
  criteria: number[];
  /** Elements of those criteria the labels say were re-examined all the same. */
  except: string[];
}

/** The criteria whose labels (one line each: a heading, a paragraph, a table's band row) say the visit did not assess them. */
export function criteriaLabelledNotAssessed(labels: readonly string[]): CriteriaLabelledNotAssessed {
  const criteria = new Set<number>();
  const except = new Set<string>();
  for (const raw of labels) {
    const label = raw.replace(/\s+/g, ' ').trim();
    if (label.length > LONGEST_LABEL) continue;
    const m = LABEL_NOT_ASSESSED.exec(label);
    if (!m) continue;
    criteria.add(Number(m[1]));
    const exception = EXCEPT.exec(label);
    if (exception) for (const code of label.slice(exception.index).match(ELEMENT_CODE) ?? []) if (code[0] === m[1]) except.add(code);
  }
  return { criteria: [...criteria].sort(), except: [...except].sort() };
}
