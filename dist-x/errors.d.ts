/**
 * Errors are values with a code. A `CseError` is thrown where a file is read and caught where a
 * batch goes on; its message is written for the person who gave the file.
 */
export declare const ERROR_CODES: readonly ["empty", "corrupt", "encrypted", "no-text", "not-a-report", "unsupported-format", "too-large", "not-found", "not-a-file", "invalid-config"];
export type ErrorCode = (typeof ERROR_CODES)[number];
export declare class CseError extends Error {
    readonly code: ErrorCode;
    readonly path: string;
    /** The file's hash, when its bytes were read before the failure. */
    sha256: string | null;
    /**
     * What a reader library said ("[xmldom error] element parse error…", "Invalid PDF structure."):
     * for `--verbose` and bug reports, never in the message, which says in cse's words what to do.
     */
    readonly detail: string | null;
    constructor(code: ErrorCode, path: string, message: string, detail?: string | null);
}
export declare function isCseError(value: unknown): value is CseError;
/** What a thrown value says, for a message: pdfjs throws errors that lose their class crossing a thread. */
export declare function detailOf(error: unknown): string;
/** The call stack ran out: structure nested thousands deep, which no real report has. */
export declare function isStackOverflow(error: unknown): boolean;
