/**
 * Opening the database: WAL so readers never wait for the writer, foreign keys enforced, a busy
 * timeout so a second writer (another `cse import` on the same file) waits its turn instead of
 * failing, and migrations applied.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION_OF_DATABASE } from './migrations.js';
export const DEFAULT_DATABASE = 'out/cse.sqlite';
/** How long a writer waits for another process's transaction before giving up; ours last milliseconds. */
const BUSY_TIMEOUT_MS = 30_000;
/** A database file cse cannot use (missing, or written by a newer cse); the message says what to do. */
export class DatabaseError extends Error {
    name = 'DatabaseError';
}
export function openDatabase(file) {
    if (file !== ':memory:')
        mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // In WAL mode NORMAL never corrupts and loses nothing when the process is killed; only a power
    // cut may undo the last few commits, which the next import redoes. FULL would fsync every document.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
}
/**
 * Opens a database that must already hold imported reports (for search and export). `origin` says
 * why this path was chosen, for the message when there is nothing there.
 */
export function openExistingDatabase(file, origin) {
    if (!existsSync(file)) {
        const why = origin ? ` (${origin})` : '';
        throw new DatabaseError(`there is no database at ${resolve(file)}${why}: import reports first with \`cse import PATH --db ${file}\`.`);
    }
    return openDatabase(file);
}
/** Brings the file to the last schema version, each migration in its own transaction. */
function migrate(db, file) {
    const versionOf = () => db.pragma('user_version', { simple: true });
    if (versionOf() > SCHEMA_VERSION_OF_DATABASE) {
        throw new DatabaseError(`${file} was written by a newer cse (schema version ${versionOf()}, this one knows ${SCHEMA_VERSION_OF_DATABASE}): update cse, or import into a new file with --db.`);
    }
    for (const migration of MIGRATIONS) {
        // IMMEDIATE takes the write lock before reading the version, so two processes opening a new
        // file at once apply each migration exactly once.
        db.transaction(() => {
            if (versionOf() >= migration.version)
                return;
            migration.up(db);
            db.pragma(`user_version = ${migration.version}`);
        }).immediate();
    }
}
//# sourceMappingURL=open.js.map