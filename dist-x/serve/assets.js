/**
 * The files the app's pages load, all served from this machine (the app works with no internet):
 * its stylesheet and scripts, and pdf.js's library, worker and viewer from `pdfjs-dist`. Each is
 * named here, so no part of a request's path ever reaches the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { APP_CSS } from './client/app-css.js';
import { APP_JS } from './client/app-js.js';
import { SOURCE_JS } from './client/source-js.js';
const pdfjs = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const JS = 'text/javascript; charset=utf-8';
function pdfjsFile(path, type) {
    let body = null;
    return () => ({ body: (body ??= readFileSync(join(pdfjs, path))), type });
}
const IMAGE_TYPES = { svg: 'image/svg+xml', png: 'image/png', gif: 'image/gif' };
const FILES = new Map([
    ['app.css', () => ({ body: APP_CSS, type: 'text/css; charset=utf-8' })],
    ['app.js', () => ({ body: APP_JS, type: JS })],
    ['source.js', () => ({ body: SOURCE_JS, type: JS })],
    ['pdfjs/pdf.min.mjs', pdfjsFile('build/pdf.min.mjs', JS)],
    ['pdfjs/pdf.worker.min.mjs', pdfjsFile('build/pdf.worker.min.mjs', JS)],
    ['pdfjs/pdf_viewer.mjs', pdfjsFile('web/pdf_viewer.mjs', JS)],
    ['pdfjs/pdf_viewer.css', pdfjsFile('web/pdf_viewer.css', 'text/css; charset=utf-8')],
    ...readdirSync(join(pdfjs, 'web', 'images'))
        .filter((name) => IMAGE_TYPES[name.split('.').pop() ?? ''])
        .map((name) => [`pdfjs/images/${name}`, pdfjsFile(`web/images/${name}`, IMAGE_TYPES[name.split('.').pop()])]),
]);
/** The asset of that name, or null: a name not in the list is not served, whatever it says. */
export function asset(name) {
    return FILES.get(name)?.() ?? null;
}
//# sourceMappingURL=assets.js.map