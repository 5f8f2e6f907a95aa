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
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class CseError extends Error {
  readonly code: ErrorCode;
  readonly path: string;
  /** The file's hash, when its bytes were read before the failure. */
  sha256: string | null = null;

  constructor(code: ErrorCode, path: string, message: string) {
    super(message);
    this.name = 'CseError';
    this.code = code;
    this.path = path;
  }
}

export function isCseError(value: unknown): value is CseError {
  return value instanceof CseError;
}

/** What a thrown value says, for a message: pdfjs throws errors that lose their class crossing a thread. */
export function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
