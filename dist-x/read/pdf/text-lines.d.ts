/** Lines of text, as a PDF lays them out, joined back into the text they break. */
/**
 * Lines joined into one text. A word broken at a line end is joined back: a soft hyphen (or the
 * U+2010 hyphen a browser draws for one) is dropped; a hyphen is kept ("Non-" + "Compliance"),
 * since word processors do not hyphenate unless asked and a hyphen that ends a line is almost
 * always part of the word. A table cell's lines (`cell`) keep a hyphen's line break, so that
 * broken-words.ts, which knows the document's words, can tell "Non-" / "Compliance" from a
 * soft hyphen a word processor drew as a plain one ("dedi-" / "cated").
 */
export declare function joinLines(texts: readonly string[], { cell }?: {
    cell?: boolean;
}): string;
