/**
 * Reading a file's bytes only when it is a regular file. Opening a FIFO for reading waits for a
 * writer, forever if none comes (and holds one of libuv's few threads meanwhile); a device can
 * give bytes without end. So the file is opened without blocking and checked on the open handle,
 * which is also the file read: a path swapped for a FIFO between a check and the open cannot hang.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
export class NotRegularFile extends Error {
    kind;
    constructor(kind) {
        super(`it is ${describeKind(kind)}, not a file`);
        this.kind = kind;
    }
}
export function kindOf(info) {
    if (info.isFIFO())
        return 'fifo';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'device';
    if (info.isDirectory())
        return 'folder';
    return 'other';
}
/** A name for the kind, in a message: "a named pipe (FIFO)". */
export function describeKind(kind) {
    return { fifo: 'a named pipe (FIFO)', socket: 'a socket', device: 'a device', folder: 'a folder', other: 'not a regular file' }[kind];
}
/**
 * Opens `path` for reading when it is a regular file, and calls `use` with the handle and its
 * size. Throws NotRegularFile for anything else (a socket cannot be opened at all: ENXIO), and
 * the system's error when the path cannot be opened.
 */
export async function withRegularFile(path, use) {
    let handle;
    try {
        handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        if (error.code === 'ENXIO')
            throw new NotRegularFile('socket');
        throw error;
    }
    try {
        const info = await handle.stat();
        if (!info.isFile())
            throw new NotRegularFile(kindOf(info));
        return await use(handle, info.size);
    }
    finally {
        await handle.close();
    }
}
/** A regular file's bytes; throws NotRegularFile for anything else. */
export function readRegularFile(path) {
    return withRegularFile(path, (handle) => handle.readFile());
}
//# sourceMappingURL=regular-file.js.map