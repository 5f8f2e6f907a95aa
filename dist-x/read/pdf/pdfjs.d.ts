import * as api from 'pdfjs-dist/legacy/build/pdf.mjs';
export declare const getDocument: typeof api.getDocument, OPS: typeof api.OPS;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
/**
 * The document pdfjs loads fonts into for drawing (its `ownerDocument` option). cse never draws a
 * page; but with no document at all (`disableFontFace`, the default in Node) pdfjs builds the
 * outline of every glyph shown as a path, a fifth of the cost of an operator list. This one
 * takes the font face rules pdfjs writes and drops them. Should a later pdfjs ask it for
 * something else, that font falls back to outlines, as without it: slower, never wrong.
 */
export declare const FONTLESS_DOCUMENT: {
    createElement: () => {
        sheet: {
            cssRules: never[];
            insertRule: () => number;
        };
        remove: () => void;
    };
    documentElement: {
        getElementsByTagName: () => {
            append: () => void;
        }[];
    };
};
/**
 * Loads the worker into this thread (pdfjs takes `globalThis.pdfjsWorker` for it) before the
 * first document, so its polyfills are in place, and undone, before any page is read.
 */
export declare function loadWorker(): Promise<void>;
