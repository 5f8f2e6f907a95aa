/**
 * Element codes in every spelling reports use: `1.1.1`, `1.1.1.`, `I.1.1`, `2. 2. 4`, `111`,
 * `1-3-4`, `1.2 (3)`, an evidence point of one `1.1.1(a)`, and codes in bracketed prose
 * `(3.4.1, 3.4.2)`. Only codes that exist in the standard are returned.
 */
import { isElementCode } from '../standard/catalogue.js';
import { criterionNumberOf } from './criterion-numbers.js';

const DOTTED_ONLY = String.raw`(?:[1-5]|I{1,3}|IV|V)\s?\.\s?[1-4]\s?\.\s?[1-9]`;
/** "1-3-4": hyphens for dots, the same between each part. */
const HYPHENED = String.raw`[1-5]-[1-4]-[1-9]`;
/** "1.2 (3)": the element's number in brackets after its sub-criterion. */
const BRACKETED = String.raw`[1-5]\.[1-4]\s?\([1-9]\)`;
const DOTTED = `(?:${BRACKETED}|${DOTTED_ONLY}|${HYPHENED})`;
const UNDOTTED = String.raw`[1-5][1-4][1-9]`;

function canonical(criterion: string, sub: string, element: string): string | null {
  const c = String(criterionNumberOf(criterion) ?? criterion);
  const code = `${c}.${sub}.${element}`;
  return isElementCode(code) ? code : null;
}

const DOTTED_TOKEN = /^([1-5]|I{1,3}|IV|V)\s?\.\s?([1-4])\s?\.\s?([1-9])$|^([1-5])-([1-4])-([1-9])$|^([1-5])\.([1-4])\s?\(([1-9])\)$/;
/** "1.1.1(a)": one of the evidence points some reports split an element into. */
const EVIDENCE_POINT = /\s?\([a-h]\)$/;
/** What some bodies write before a code: "Element 1.1.1", "CSE 1.1.1", "E1.1.1", "El. 1.1.1". */
const PREFIX = String.raw`(?:(?:[Ee]lement|[Ee]l\.|[Ee]l(?=\s)|CSE|cse)\s*|E(?=[1-5]))`;
const PREFIX_TOKEN = new RegExp(`^${PREFIX}`, 'i');

/** One token that is a code and nothing else (trailing dot or colon allowed). */
/** No code in any spelling ("Element 1.1.1.", "CSE 1.1.1") is longer. */
const LONGEST_CODE_TOKEN = 20;

export function parseCode(token: string): string | null {
  if (token.length > LONGEST_CODE_TOKEN + 4) return null;
  const bare = token.trim().replace(/[.:;,]+$/, '').replace(EVIDENCE_POINT, '');
  // "1.2 (3)" keeps its closing bracket; "(1.1.1)" and "1.1.1)" lose theirs.
  const t = (/\(\d\)$/.test(bare) ? bare : bare.replace(/\)+$/, '').replace(/[.:;,]+$/, '')).replace(/^\(/, '').replace(PREFIX_TOKEN, '');
  let m = DOTTED_TOKEN.exec(t);
  if (m) {
    const [c, sub, el] = m.slice(1).filter((part) => part !== undefined);
    return canonical(c!, sub!, el!);
  }
  m = /^([1-5])([1-4])([1-9])$/.exec(t);
  if (m) return canonical(m[1]!, m[2]!, m[3]!);
  return null;
}

// Compiled once; matchAll works on a copy, so the shared 'g' patterns keep no state between calls.
const DOTTED_IN_TEXT = new RegExp(String.raw`(?<![\d.-])(${DOTTED})(?![\d]|[.-]\d)`, 'g');
const UNDOTTED_LIST = new RegExp(String.raw`(?<![\d.])${UNDOTTED}(?:\s*,\s*${UNDOTTED})+(?![\d.]\d)`, 'g');
const INTRODUCED = new RegExp(String.raw`\((?:ie|i\.e\.|eg|e\.g\.|element)\s+(${UNDOTTED})\)`, 'gi');
const LEADING_CODE = new RegExp(String.raw`^\s*\(?${PREFIX}?(${DOTTED}|${UNDOTTED})\.?(?=$|[\s:;,)(–-])`);

/** The code a cell or line starts with ("1.1.1 We have an in-depth…", "I.2.1", "112"), or null. */
export function leadingCode(text: string): string | null {
  const m = LEADING_CODE.exec(text);
  return m ? parseCode(m[1]!.replace(/\s/g, '')) : null;
}

const OPENING_CODE = new RegExp(String.raw`^\s*${PREFIX}?\(?(${DOTTED}|${UNDOTTED})\.?\)?(?=$|[\s:;,)(–—-])`, 'i');

/** The code an item opens with in any spelling ("Element 2.1.4", "(3.2.1)", "1.1.2.", "113"), and the text after it; null when it opens with none. */
export function splitLeadingCode(text: string): { code: string; rest: string } | null {
  const m = OPENING_CODE.exec(text);
  const code = m ? parseCode(m[1]!.replace(/\s/g, '')) : null;
  return code ? { code, rest: text.slice(m![0].length).trim() } : null;
}

/**
 * Codes in a cell that holds only codes ("1.1.1", "3.4.1, 3.4.2", "111, 113 and 121"), or null
 * when the cell holds anything else.
 */
export function codeListCell(text: string): string[] | null {
  const parts = text
    .trim()
    .split(/\s*(?:,|;|&|\band\b|\s)\s*/)
    .filter((p) => p.length > 0);
  if (parts.length === 0) return null;
  // Every cell of a table is asked, most of them prose: the first word that is not a code settles it.
  const codes: string[] = [];
  for (const part of parts) {
    const code = parseCode(part);
    if (code === null) return null;
    codes.push(code);
  }
  return codes;
}

/**
 * Codes cited in prose. Dotted codes anywhere; undotted three-digit codes only in a comma list
 * of two or more that are all real codes ("111,113,121"), because a lone "365" or "300" in prose
 * is a number, not a code.
 */
export function codesInText(text: string): string[] {
  const found: { index: number; code: string }[] = [];

  for (const m of text.matchAll(DOTTED_IN_TEXT)) {
    const code = parseCode(m[1]!.replace(/\s/g, ''));
    if (code) found.push({ index: m.index, code });
  }

  for (const m of text.matchAll(UNDOTTED_LIST)) {
    const codes = m[0].split(/\s*,\s*/).map(parseCode);
    if (codes.every((c) => c !== null)) {
      codes.forEach((code, i) => found.push({ index: m.index + i, code: code! }));
    }
  }
  // One undotted code is read only where the text introduces it as a reference: "(ie 411)",
  // "(eg 213)"; a lone number elsewhere is a quantity, a year or a product name.

  for (const m of text.matchAll(INTRODUCED)) {
    const code = parseCode(m[1]!);
    if (code) found.push({ index: m.index, code });
  }
  found.sort((a, b) => a.index - b.index);
  return [...new Set(found.map((f) => f.code))];
}

/**
 * A cell that holds one code-shaped token the standard lacks ("1.4.1", "6.1.2"), as written; null
 * when the cell holds a real code or no code at all. Such a cell is a wrong code, not a lost one.
 */
export function codeNotInStandard(cell: string): string | null {
  const m = /^\s*\(?((?:\d|I{1,3}|IV|V)\s?\.\s?\d\s?\.\s?\d)\.?\)?\s*$/.exec(cell);
  if (!m) return null;
  return parseCode(m[1]!) ? null : m[1]!.replace(/\s/g, '');
}
