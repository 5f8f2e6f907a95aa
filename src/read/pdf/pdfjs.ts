/**
 * pdfjs-dist's legacy build (the one for Node 20), with its worker run in this thread.
 *
 * The build's core-js replaces Array.prototype.push on engines older than V8 12.2 (Node 20 has
 * 11.3) with a polyfill that differs from the native one only when an array's length is not
 * writable, which pdfjs never does, and that costs about a third of building an operator list
 * (zloirock/core-js#1360). The native push is put back once pdfjs and its worker are loaded.
 */
import { NATIVE_PUSH } from './native-push.js';
import * as api from 'pdfjs-dist/legacy/build/pdf.mjs';

function restoreNativePush(): void {
  if (Array.prototype.push !== NATIVE_PUSH) {
    Object.defineProperty(Array.prototype, 'push', { value: NATIVE_PUSH, writable: true, configurable: true, enumerable: false });
  }
}
restoreNativePush();

export const { getDocument, OPS } = api;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The document pdfjs loads fonts into for drawing (its `ownerDocument` option). cse never draws a
 * page; but with no document at all (`disableFontFace`, the default in Node) pdfjs builds the
 * outline of every glyph shown as a path, a fifth of the cost of an operator list. This one
 * takes the font face rules pdfjs writes and drops them. Should a later pdfjs ask it for
 * something else, that font falls back to outlines, as without it: slower, never wrong.
 */
export const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
};

let worker: Promise<void> | undefined;

/**
 * Loads the worker into this thread (pdfjs takes `globalThis.pdfjsWorker` for it) before the
 * first document, so its polyfills are in place, and undone, before any page is read.
 */
export function loadWorker(): Promise<void> {
  worker ??= import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((module) => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= module;
    restoreNativePush();
  });
  return worker;
}
