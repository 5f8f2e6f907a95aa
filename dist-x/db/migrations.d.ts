/**
 * The database's schema, one migration per version. `PRAGMA user_version` holds the version a
 * file is at; `migrate` brings it up to the last one. A migration is never edited once released:
 * a change is a new migration, so a database made by an older cse is upgraded, never rebuilt.
 *
 * Names are plain English for an analyst in `sqlite3` or Datasette: one row of `assessments` is
 * one visit of an assessor (a stage of the certification cycle), `source_documents` the files it
 * was read from, `element_ratings` its 57 ratings.
 */
import type { Database } from 'better-sqlite3';
export interface Migration {
    version: number;
    describe: string;
    up: (db: Database) => void;
}
/** The letter of each rating in `assessment_rating_counts.ratings`; an element not rated is UNRATED_LETTER. */
export declare const RATING_LETTERS: {
    readonly 'compliance-plus': "+";
    readonly compliance: "C";
    readonly 'partial-compliance': "P";
    readonly 'non-compliance': "N";
};
export declare const UNRATED_LETTER = "-";
export declare const MIGRATIONS: readonly Migration[];
export declare const SCHEMA_VERSION_OF_DATABASE: number;
