/**
 * The PDF reader's default limits. Apart from the reader, so that code which only enforces the
 * time limit from outside (the parser pool) does not load pdfjs.
 */
export const DEFAULT_MAX_PAGES = 500;
export const DEFAULT_MAX_SECONDS = 120;
//# sourceMappingURL=limits.js.map