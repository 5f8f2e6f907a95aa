import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { type ReadOptions } from '../read/index.js';
import type { Uploads } from './uploads.js';
export interface AppOptions {
    db: Database;
    /** The database file, for imports (which open it themselves). */
    database: string;
    readOptions: ReadOptions;
    uploads: Uploads;
}
export declare function createApp(options: AppOptions): Hono;
