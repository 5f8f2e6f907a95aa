/**
 * Full-text search over justifications and narrative (FTS5, Porter stemming: "inclusive" finds
 * "inclusion"). The query is FTS5's own syntax ("digital inclusion" both words, `"digital inclusion"`
 * the phrase, `digital OR online`); words it cannot parse as such are searched for as plain words.
 */
import type { Database } from 'better-sqlite3';
import type { Rating, Stage } from '../schema/report.js';
export interface SearchHit {
    kind: 'justification' | 'narrative';
    organisation: string | null;
    stage: string | null;
    elements: string[];
    section: string | null;
    location: string | null;
    path: string;
    /** The file is no longer the current source of any assessment: a corrected re-issue replaced it. */
    superseded: boolean;
    snippet: string;
}
/** The query has something to search for: a letter or a digit (FTS5 indexes nothing else). */
export declare function hasSearchableText(query: string): boolean;
/** Each word as a quoted FTS5 string, so punctuation in it ("Stockton-on-Tees") is no operator. */
export declare function plainWordsQuery(query: string): string;
/** Narrows the matches; narrative belongs to no element, so an element or rating filter leaves only justifications. */
export interface SearchFilters {
    /** Part of the organisation's name, matched ignoring case and punctuation. */
    organisation?: string;
    stage?: Stage;
    element?: string;
    rating?: Rating;
}
export interface SearchOptions extends SearchFilters {
    limit: number;
    /** What to put around each matched word in the snippet. */
    highlight: [string, string];
    /** Told when FTS5 refused the query's syntax and its words were searched instead. */
    onSearchedAsWords?: () => void;
}
export declare function searchText(db: Database, query: string, options: SearchOptions): SearchHit[];
