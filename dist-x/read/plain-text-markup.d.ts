/**
 * Plain-text markup a report saved as Markdown may be written in instead (reStructuredText and
 * the conventions of text exports): titles underlined (and overlined) with `~`, `^`, `*` and the
 * like, tables drawn between rules of `=` ("=====  ======"), field lists (":Organisation: …").
 * Markdown reads an underline of `~` as the start of a code block, which swallows the rest of
 * the report, and a table between rules as lines of text. Each is rewritten as the Markdown that
 * means the same, line for line, so every block keeps its line number. One pass over the lines.
 */
/** Whether the text has any of the markup this module rewrites, so Markdown without it costs one scan. */
export declare function hasPlainTextMarkup(text: string): boolean;
/** The text with its plain-text markup rewritten as Markdown, line for line. */
export declare function withPlainTextMarkup(text: string): string;
