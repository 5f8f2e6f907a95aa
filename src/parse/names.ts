/** People's names as reports write assessors: "Andrew Mackey/Hugh Keachie", "Priya Shah & Tom Okafor". */
// Mc… and O'… first: unanchored in running text, the plain word would match just "Mc" of "McAllister".
const NAME_WORD = String.raw`(?:Mc[A-Z][a-z]+|O['’][A-Z][a-z]+|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|[A-Z]\.?)`;
const NAME = new RegExp(String.raw`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){1,3}$`);

export function looksLikePersonName(text: string): boolean {
  return NAME.test(text.trim());
}

/** The names in an assessor field, in order; parts that are not names are dropped. */
export function splitPersonNames(text: string): string[] {
  return text
    .split(/\s*(?:\/|&|,|;|\band\b|\n)\s*/)
    .map((part) => part.replace(/\s+/g, ' ').replace(/\(.*?\)/g, '').trim())
    .filter((part) => looksLikePersonName(part));
}

/** Names that appear in running text, at the position a pattern anchors them. */
export const PERSON_NAME_PATTERN = String.raw`((?:${NAME_WORD})(?:\s+${NAME_WORD}){1,2})`;
