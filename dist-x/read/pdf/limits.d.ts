/**
 * The PDF reader's default limits. Apart from the reader, so that code which only enforces the
 * time limit from outside (the parser pool) does not load pdfjs.
 */
export declare const DEFAULT_MAX_PAGES = 500;
export declare const DEFAULT_MAX_SECONDS = 120;
