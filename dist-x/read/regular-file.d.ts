import { type FileHandle } from 'node:fs/promises';
/** What the path is, when it is not a regular file cse can read. */
export type NotRegular = 'fifo' | 'socket' | 'device' | 'folder' | 'other';
export declare class NotRegularFile extends Error {
    readonly kind: NotRegular;
    constructor(kind: NotRegular);
}
export declare function kindOf(info: {
    isFIFO(): boolean;
    isSocket(): boolean;
    isCharacterDevice(): boolean;
    isBlockDevice(): boolean;
    isDirectory(): boolean;
}): NotRegular;
/** A name for the kind, in a message: "a named pipe (FIFO)". */
export declare function describeKind(kind: NotRegular): string;
/**
 * Opens `path` for reading when it is a regular file, and calls `use` with the handle and its
 * size. Throws NotRegularFile for anything else (a socket cannot be opened at all: ENXIO), and
 * the system's error when the path cannot be opened.
 */
export declare function withRegularFile<T>(path: string, use: (handle: FileHandle, size: number) => Promise<T>): Promise<T>;
/** A regular file's bytes; throws NotRegularFile for anything else. */
export declare function readRegularFile(path: string): Promise<Buffer>;
