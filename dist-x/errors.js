/**
 * Errors are values with a code. A `CseError` is thrown where a file is read and caught where a
 * batch goes on; its message is written for the person who gave the file.
 */
export const ERROR_CODES = [
    'empty',
    'corrupt',
    'encrypted',
    'no-text',
    'not-a-report',
    'unsupported-format',
    'too-large',
    'not-found',
    'not-a-file',
    'invalid-config',
];
export class CseError extends Error {
    code;
    path;
    /** The file's hash, when its bytes were read before the failure. */
    sha256 = null;
    /**
     * What a reader library said ("[xmldom error] element parse error…", "Invalid PDF structure."):
     * for `--verbose` and bug reports, never in the message, which says in cse's words what to do.
     */
    detail;
    constructor(code, path, message, detail = null) {
        super(message);
        this.name = 'CseError';
        this.code = code;
        this.path = path;
        this.detail = detail;
    }
}
export function isCseError(value) {
    return value instanceof CseError;
}
/** What a thrown value says, for a message: pdfjs throws errors that lose their class crossing a thread. */
export function detailOf(error) {
    if (error instanceof Error)
        return error.message;
    const message = error?.message;
    return typeof message === 'string' ? message : String(error);
}
/** The call stack ran out: structure nested thousands deep, which no real report has. */
export function isStackOverflow(error) {
    return error instanceof RangeError && /call stack/i.test(error.message);
}
//# sourceMappingURL=errors.js.map