/**
 * The files a batch processes: named files as given, folders walked for report-like files, glob
 * patterns expanded, `--exclude` patterns left out. What a folder holds beside its reports (Office
 * lock files, hidden files, Windows thumbnails) is skipped, not tried as a report.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CseError } from '../errors.js';
/** Extensions worth trying in a folder: the ones cse reads, and report formats it will name as unsupported. */
const REPORT_LIKE = ['md', 'markdown', 'txt', 'pdf', 'docx', 'doc', 'odt', 'rtf'];
/** Word's and Excel's lock files (`~$report.docx`), Windows' thumbnail caches and Finder's folder files. */
function isClutter(path) {
    const name = basename(path);
    return name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|\.ds_store)$/i.test(name);
}
function exclusion(exclude) {
    if (!exclude.length)
        return () => false;
    const matches = picomatch(exclude.map((pattern) => (pattern.includes('/') ? pattern : `**/${pattern}`)), { dot: true, nocase: true });
    return (path) => matches(relative(process.cwd(), path)) || matches(resolve(path));
}
/** Paths in a folder's order: each folder's entries by name, a folder's files before the next sibling. */
function byFolderOrder(a, b) {
    const as = a.split('/');
    const bs = b.split('/');
    for (let i = 0; i < Math.min(as.length, bs.length); i++) {
        if (as[i] !== bs[i])
            return as[i].localeCompare(bs[i]);
    }
    return as.length - bs.length;
}
/** The files a path stands for (a name given as it is is read even when hidden or a lock file: the person asked for it); null when it names nothing. */
async function expand(path) {
    // Absolute in, absolute out: paths outside the working folder are not turned into ../../ paths.
    // Links inside a folder are not followed, as before patterns: a link back up the tree would never end.
    const common = { absolute: isAbsolute(path), caseSensitiveMatch: false, expandDirectories: false, dot: false, followSymbolicLinks: false };
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory())
        return walk(path.replace(/\/+$/, '') || '/');
    if (info)
        return [path];
    if (!isDynamicPattern(path))
        return null;
    const found = await glob(path, { ...common, onlyFiles: true });
    return found.length ? found.filter((f) => !isClutter(f)) : null;
}
/**
 * A folder's report-like entries, hidden ones and clutter left out, links to folders not followed. Every
 * entry that is not a folder is listed, a FIFO or a socket too, so that the reader names it
 * `not-a-file` and the summary accounts for it (a glob lists only regular files).
 */
async function walk(dir) {
    const entries = await readdir(dir, { withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        if (entry.name.startsWith('.') || isClutter(entry.name))
            continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory())
            files.push(...(await walk(path)));
        else if (REPORT_LIKE.includes(extname(entry.name).slice(1).toLowerCase()))
            files.push(path);
    }
    return files;
}
export async function discover(paths, options = {}) {
    const excluded = exclusion(options.exclude ?? []);
    const files = new Set();
    const unmatched = [];
    for (const path of paths) {
        const found = await expand(path);
        if (found === null)
            unmatched.push(path);
        else
            found.filter((f) => !excluded(f)).sort(byFolderOrder).forEach((f) => files.add(f));
    }
    return { files: [...files], unmatched };
}
/** The folder a path stands for files in: a pattern's part before its first wildcard ("reports/2024" of "reports/2024/*.pdf"). */
export function baseOf(path) {
    if (!isDynamicPattern(path))
        return path;
    const segments = path.split('/');
    const wild = segments.findIndex((segment) => isDynamicPattern(segment));
    return segments.slice(0, wild).join('/') || '.';
}
/** The files, or a `not-found` error naming the first path that matches nothing: a typo must not pass as an empty folder. */
export async function discoverAll(paths, options = {}) {
    const { files, unmatched } = await discover(paths, options);
    if (unmatched.length) {
        const what = (path) => `${path} ${isDynamicPattern(path) ? 'matches no file' : 'does not exist'}`;
        throw new CseError('not-found', unmatched[0], `${unmatched.map(what).join('; ')}: check the path.`);
    }
    return files;
}
//# sourceMappingURL=discover.js.map