/**
 * Element codes a report spells its own way, written as the standard writes them before any
 * recogniser reads the text: "2. 2. 4" and "1-3-4" become "2.2.4" and "1.3.4" wherever they stand,
 * and "1.2 (3)" becomes "1.2.3" where it is a whole cell or opens a line (elsewhere "1.2 (3)" may
 * be a sub-criterion and a count); "sub-criterion 1.2, element 3" and "element 3 of sub-criterion
 * 1.2" become "element 1.2.3"; "1 1 1", spaces for dots, only where it is a whole cell or line (a
 * sentence's "1 1 1" may be three counts). Only spellings of codes the standard has are rewritten, so a
 * recogniser reading "x.y.z" reads every report alike, and sentences are not split at "2. 2".
 */
import { withEachText, type Document } from '../document/model.js';
import { parseCode } from '../parse/codes.js';

/** A code with a space beside a dot, or hyphens for dots: not the standard's spelling. */
const SPELT = /(?<![\d.-])(?:[1-5]\s?\.\s?[1-4]\s?\.\s?[1-9]|[1-5]-[1-4]-[1-9])(?![\d]|[.-]\d)/g;
const BRACKETED_OPENING = /^(\s*(?:[•·▪◦*-]\s*)?)([1-5]\.[1-4])\s?\(([1-9])\)(?=$|[\s:;,.–—-])/gm;

/** "sub-criterion 1.2 (Engagement and Consultation), element 3", "Element 2 of sub-criterion 4.2". */
const SUB_THEN_ELEMENT = /\bsub-?criterion\s+([1-5])\.([1-4])(?:\s*\([^()]{1,60}\))?,?\s+element\s+([1-9])\b/gi;
const ELEMENT_OF_SUB = /\belement\s+([1-9])\s+(?:of|in|within)\s+sub-?criterion\s+([1-5])\.([1-4])\b/gi;

/** "1 1 1" alone in a cell or on a line: a code with spaces for its dots. */
const SPACED_WHOLE = /^(\s*)([1-5]) {1,2}([1-4]) {1,2}([1-9])(\s*)$/gm;

function named(m: string, criterion: string, sub: string, element: string, capital: boolean): string {
  const code = parseCode(`${criterion}.${sub}.${element}`);
  return code ? `${capital ? 'E' : 'e'}lement ${code}` : m;
}

function respelt(text: string): string {
  // Every text of the document passes here and few hold a code: one without a digit that opens a code holds none.
  if (!/[1-5]/.test(text)) return text;
  const worded = /criterion/i.test(text)
    ? text
        .replace(SUB_THEN_ELEMENT, (m, c: string, s: string, e: string) => named(m, c, s, e, /^S/.test(m)))
        .replace(ELEMENT_OF_SUB, (m, e: string, c: string, s: string) => named(m, c, s, e, /^E/.test(m)))
    : text;
  return worded
    .replace(SPELT, (m) => (/[\s-]/.test(m) ? (parseCode(m.replace(/\s/g, '')) ?? m) : m))
    .replace(BRACKETED_OPENING, (m, lead: string, sub: string, element: string) => {
      const code = parseCode(`${sub}.${element}`);
      return code ? `${lead}${code}` : m;
    })
    .replace(SPACED_WHOLE, (m, lead: string, c: string, sub: string, element: string, trail: string) => {
      const code = parseCode(`${c}.${sub}.${element}`);
      return code ? `${lead}${code}${trail}` : m;
    });
}

export function withStandardCodeSpellings(document: Document): Document {
  return { ...document, blocks: document.blocks.map((block) => withEachText(block, respelt)) };
}
