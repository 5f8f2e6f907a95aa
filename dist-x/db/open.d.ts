import Database from 'better-sqlite3';
export type { Database } from 'better-sqlite3';
export declare const DEFAULT_DATABASE = "out/cse.sqlite";
/** A database file cse cannot use (missing, or written by a newer cse); the message says what to do. */
export declare class DatabaseError extends Error {
    readonly name = "DatabaseError";
}
export declare function openDatabase(file: string): Database.Database;
/**
 * Opens a database that must already hold imported reports (for search and export). `origin` says
 * why this path was chosen, for the message when there is nothing there.
 */
export declare function openExistingDatabase(file: string, origin?: string): Database.Database;
