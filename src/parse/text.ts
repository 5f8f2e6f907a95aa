/** Whitespace collapsed to single spaces and trimmed: how cell and paragraph text is compared and stored. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Lower case with punctuation and spacing made uniform, for matching labels. */
export function normaliseLabel(text: string): string {
  return tidy(text.toLowerCase().replace(/[\u2010-\u2015]/g, '-').replace(/[:.*_]+/g, ' '));
}

/** Sentences of a paragraph, for prose parsers that must not read across a full stop. */
export function sentences(text: string): string[] {
  return tidy(text)
    .split(/(?<=[.;!?])\s+(?=[A-Z0-9(])/)
    .filter((s) => s.length > 0);
}
