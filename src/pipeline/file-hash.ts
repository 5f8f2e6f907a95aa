/** A file's SHA-256, which says whether it was loaded before; null when it cannot be read. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export async function sha256OfFile(path: string): Promise<string | null> {
  const bytes = await readFile(path).catch(() => null);
  return bytes ? createHash('sha256').update(bytes).digest('hex') : null;
}
