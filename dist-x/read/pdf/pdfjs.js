/**
 * pdfjs-dist's legacy build (the one for Node 20), with its worker run in this thread.
 *
 * The build's core-js replaces built-ins that Node 20 has, in every thread that loads it, with
 * polyfills that behave the same for everything cse and pdfjs do but run slower:
 * - Array.prototype.push, on engines older than V8 12.2 (Node 20 has 11.3): it differs from the
 *   native one only when an array's length is not writable, which pdfjs never does, and it cost
 *   about a third of building an operator list (zloirock/core-js#1360);
 * - JSON.stringify and JSON.parse, wrapped to serve JSON.rawJSON (a proposal Node 20 lacks, which
 *   neither pdfjs nor cse uses): every stringify then calls back into JavaScript for every value,
 *   25 times slower on an extracted record, for any code in the process, not only pdfjs.
 * The native ones are put back once pdfjs and its worker are loaded.
 */
import { NATIVE_JSON_PARSE, NATIVE_JSON_STRINGIFY, NATIVE_PUSH } from './native-builtins.js';
import * as api from 'pdfjs-dist/legacy/build/pdf.mjs';
function restore(owner, key, native) {
    if (owner[key] !== native)
        Object.defineProperty(owner, key, { value: native, writable: true, configurable: true, enumerable: false });
}
function restoreNativeBuiltins() {
    restore(Array.prototype, 'push', NATIVE_PUSH);
    restore(JSON, 'stringify', NATIVE_JSON_STRINGIFY);
    restore(JSON, 'parse', NATIVE_JSON_PARSE);
}
restoreNativeBuiltins();
export const { getDocument, OPS } = api;
/**
 * The document pdfjs loads fonts into for drawing (its `ownerDocument` option). cse never draws a
 * page; but with no document at all (`disableFontFace`, the default in Node) pdfjs builds the
 * outline of every glyph shown as a path, a fifth of the cost of an operator list. This one
 * takes the font face rules pdfjs writes and drops them. Should a later pdfjs ask it for
 * something else, that font falls back to outlines, as without it: slower, never wrong.
 */
export const FONTLESS_DOCUMENT = {
    createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => { } }),
    documentElement: { getElementsByTagName: () => [{ append: () => { } }] },
};
let worker;
/**
 * Loads the worker into this thread (pdfjs takes `globalThis.pdfjsWorker` for it) before the
 * first document, so its polyfills are in place, and undone, before any page is read.
 */
export function loadWorker() {
    worker ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((module) => {
        globalThis.pdfjsWorker ??= module;
        restoreNativeBuiltins();
    });
    return worker;
}
//# sourceMappingURL=pdfjs.js.map