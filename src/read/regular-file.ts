/**
 * Reading a file's bytes only when it is a regular file. Opening a FIFO for reading waits for a
 * writer, forever if none comes (and holds one of libuv's few threads meanwhile); a device can
 * give bytes without end. So the file is opened without blocking and checked on the open handle,
 * which is also the file read: a path swapped for a FIFO between a check and the open cannot hang.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** What the path is, when it is not a regular file cse can read. */
export type NotRegular = 'fifo' | 'socket' | 'device' | 'folder' | 'other';

export class NotRegularFile extends Error {
  constructor(readonly kind: NotRegular) {
    super(`it is ${describeKind(kind)}, not a file`);
  }
}

export function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): NotRegular {
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isDirectory()) return 'folder';
  return 'other';
}

/** A name for the kind, in a message: "a named pipe (FIFO)". */
export function describeKind(kind: NotRegular): string {
  return { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', folder: 'a folder', other: 'not a regular file' }[kind];
}

/**
 * Opens `path` for reading when it is a regular file, and calls `use` with the handle and its
 * size. Throws NotRegularFile for anything else (a socket cannot be opened at all: ENXIO), and
 * the system's error when the path cannot be opened.
 */
export async function withRegularFile<T>(path: string, use: (handle: FileHandle, size: number) => Promise<T>): Promise<T> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new NotRegularFile('socket');
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotRegularFile(kindOf(info));
    return await use(handle, info.size);
  } finally {
    await handle.close();
  }
}

/** A regular file's bytes; throws NotRegularFile for anything else. */
export function readRegularFile(path: string): Promise<Buffer> {
  return withRegularFile(path, (handle) => handle.readFile());
}
