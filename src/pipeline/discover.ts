/** The files a batch processes: named files as given, folders walked for report-like files. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions worth trying in a folder: the ones cse reads, and report formats it will name as unsupported. */
const REPORT_LIKE = new Set(['.md', '.markdown', '.txt', '.pdf', '.docx', '.doc', '.odt', '.rtf']);

export async function discover(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await walk(path)));
    else files.push(path);
  }
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (REPORT_LIKE.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
