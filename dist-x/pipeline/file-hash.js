/** A file's SHA-256, which says whether it was loaded before; null when it cannot be read or is no regular file (a FIFO is never opened). */
import { createHash } from 'node:crypto';
import { readRegularFile } from '../read/regular-file.js';
export async function sha256OfFile(path) {
    const bytes = await readRegularFile(path).catch(() => null);
    return bytes ? createHash('sha256').update(bytes).digest('hex') : null;
}
//# sourceMappingURL=file-hash.js.map