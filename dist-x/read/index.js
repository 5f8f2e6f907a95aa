/**
 * The edge where a file is read: checks it exists, is a file, has bytes and is within the size
 * limit, picks the reader for its format, and hashes it. Every failure is a CseError whose
 * message says what to do.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CseError, detailOf, isStackOverflow } from '../errors.js';
import { formatOf } from './format.js';
import { readMarkdown } from './markdown.js';
import { describeKind, kindOf, NotRegularFile, readRegularFile } from './regular-file.js';
import { formatSize } from './size.js';
export { formatOf };
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
const UNREAD_FORMAT_HINTS = {
    '.doc': 'old binary Word (.doc) files are not read; open it in Word or LibreOffice and save it as .docx',
};
export async function readReportFile(path, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const info = await stat(path).catch((error) => {
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
            throw new CseError('not-found', path, `${path} does not exist: check the path and its spelling.`);
        }
        throw new CseError('corrupt', path, `${path} cannot be opened (${error.code ?? error.message}): check its permissions.`);
    });
    if (info.isDirectory()) {
        throw new CseError('not-a-file', path, `${path} is a folder, not a report: give one report file, or use \`cse batch ${path}\` to process every report in it.`);
    }
    if (!info.isFile())
        throw notAFile(path, kindOf(info));
    const extension = extname(path).toLowerCase();
    const format = formatOf(path);
    if (!format) {
        const hint = UNREAD_FORMAT_HINTS[extension] ?? 'cse reads PDF, Word (.docx) and Markdown (.md, .markdown, .txt) reports';
        throw new CseError('unsupported-format', path, `${path}: "${extension || 'no extension'}" is not a format cse reads: ${hint}.`);
    }
    if (info.size === 0)
        throw new CseError('empty', path, `${path} is empty (0 bytes): the copy is probably incomplete; fetch the report again.`);
    if (info.size > maxBytes)
        throw tooBig(path, info.size, maxBytes);
    // Read only as a regular file: the path may have been swapped for a FIFO since the stat.
    const bytes = await readRegularFile(path).catch((error) => {
        if (error instanceof NotRegularFile)
            throw notAFile(path, error.kind);
        throw new CseError('corrupt', path, `${path} cannot be opened (${error.code ?? detailOf(error)}): check its permissions.`);
    });
    if (bytes.length > maxBytes)
        throw tooBig(path, bytes.length, maxBytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
        return { path, format, sha256, bytes: bytes.length, document: await readBytes(path, format, bytes, options) };
    }
    catch (error) {
        // A reader library that fails on the bytes (an inflate error, a broken zip entry) has met a
        // damaged file: it is that file's failure, never the batch's.
        const failure = error instanceof CseError ? error : isStackOverflow(error) ? nestedTooDeeply(path) : damaged(path, format, error);
        failure.sha256 = sha256;
        throw failure;
    }
}
function tooBig(path, size, maxBytes) {
    return new CseError('too-large', path, `${path} is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit: check it is one report, or raise the limit with --max-size.`);
}
/** A FIFO, socket or device is never opened: a FIFO would wait for a writer, a device may never end. */
function notAFile(path, kind) {
    return new CseError('not-a-file', path, `${path} is ${describeKind(kind)}, not a report file: cse skips it without opening it; give the path of a report file.`);
}
export function nestedTooDeeply(path) {
    return new CseError('too-large', path, `${path} is nested too deeply to read (quotes, lists, tables or markup inside one another thousands of levels deep): the file may be damaged or built to hang readers; check it, and save it again without the nesting.`);
}
function damaged(path, format, error) {
    const resave = format === 'pdf' ? 'export or print it to PDF again' : 'open it and save it again';
    const what = format === 'docx' ? 'a part of the Word file is damaged or not well-formed' : format === 'pdf' ? 'part of the PDF is damaged' : 'the reader failed on its text';
    return new CseError('corrupt', path, `${path} could not be read: ${what}; ${resave}, then give cse the new copy (--verbose shows the reader's own message).`, detailOf(error));
}
async function readBytes(path, format, bytes, options) {
    switch (format) {
        case 'md': {
            if (bytes.includes(0)) {
                throw new CseError('corrupt', path, `${path} is not a text file although its name says Markdown: check it is the report and not a renamed binary file.`);
            }
            const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
            if (text.trim() === '')
                throw new CseError('empty', path, `${path} holds only white space: the copy is probably incomplete; fetch the report again.`);
            return readMarkdown(text);
        }
        // The Word and PDF readers are loaded on their first file (pdfjs alone takes 0.3 s), so a
        // command or worker that meets only Markdown does not pay for them.
        case 'docx':
            return (await import('./docx.js')).readDocx(path, bytes, options);
        case 'pdf':
            return (await import('./pdf/index.js')).readPdf(path, bytes, options);
    }
}
//# sourceMappingURL=index.js.map