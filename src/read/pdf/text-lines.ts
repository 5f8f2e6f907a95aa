/** Lines of text, as a PDF lays them out, joined back into the text they break. */

/**
 * Lines joined into one text. A word broken at a line end is joined back: a soft hyphen is
 * dropped; a hyphen is kept ("Non-" + "Compliance"), since word processors do not hyphenate
 * unless asked and a hyphen that ends a line is almost always part of the word.
 */
export function joinLines(texts: readonly string[]): string {
  let out = '';
  for (const text of texts) {
    if (out === '') out = text;
    else if (/\p{L}\u00ad$/u.test(out)) out = out.slice(0, -1) + text;
    else if (/\p{L}-$/u.test(out) && /^\p{L}/u.test(text)) out += text;
    else out += `\n${text}`;
  }
  return out;
}
