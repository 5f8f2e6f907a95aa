/**
 * Files dropped on the check page. Each is written into a folder of its own under one temporary
 * folder (made when the app starts and removed when it stops), read as `cse check` reads a file
 * (in a child process, within the read limits), and kept under a random token until the app
 * stops, so "import it" imports the very bytes that were checked. A request names a token, never
 * a path.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { stageVerdicts } from '../check/verdict.js';
import { isFailure } from '../failure.js';
import { createParserPool } from '../pipeline/parser-pool.js';
import { importReports } from '../pipeline/import.js';
import { DEFAULT_SCHEME } from '../standard/scheme.js';
/** A name safe to write: the upload's own file name, with anything but letters, digits, dot, dash and underscore made "_". */
export function safeName(name) {
    const base = basename(name.replace(/\\/g, '/')).replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '');
    const extension = extname(base).slice(0, 10);
    const stem = base.slice(0, base.length - extname(base).length).slice(0, 120);
    return (stem || 'upload') + extension;
}
export class Uploads {
    readOptions;
    folder = mkdtempSync(join(tmpdir(), 'cse-serve-'));
    files = new Map();
    pool;
    constructor(readOptions, poolLimits) {
        this.readOptions = readOptions;
        this.pool = createParserPool(1, poolLimits);
    }
    async check(name, bytes) {
        const token = randomUUID();
        const folder = join(this.folder, token);
        mkdirSync(folder);
        const path = join(folder, safeName(name));
        writeFileSync(path, bytes);
        this.files.set(token, { path, name });
        const { output } = await this.pool.parse({ path, readOptions: this.readOptions });
        // The record names the file as the person knows it, not the temporary folder.
        const named = isFailure(output)
            ? { ...output, source: { ...output.source, path: name }, error: { ...output.error, message: output.error.message.split(path).join(name) } }
            : { ...output, source: { ...output.source, path: name } };
        return { token, name, output: named, stages: isFailure(named) ? [] : stageVerdicts(named, DEFAULT_SCHEME) };
    }
    /** Imports a checked upload into the database; null when the token is unknown (the app restarted, or it never was). */
    async import(token, database) {
        const file = this.files.get(token);
        if (!file)
            return null;
        const summary = await importReports([file.path], { database, jobs: 1, readOptions: this.readOptions });
        return summary.entries[0] ?? null;
    }
    async close() {
        await this.pool.close();
        rmSync(this.folder, { recursive: true, force: true });
    }
}
//# sourceMappingURL=uploads.js.map