import type { Rating, Stage } from '../schema/report.js';
export interface SearchCommandOptions {
    db: string;
    dbOrigin?: string;
    org?: string;
    stage?: Stage;
    element?: string;
    rating?: Rating;
    limit: number;
    json?: boolean;
}
/** The stages a report names; `unknown` is what cse records when it cannot tell, not something to search for. */
export declare const SEARCHABLE_STAGES: readonly ["initial", "review-1", "review-2", "reassessment"];
/** A rating as assessors abbreviate it (CP, C, PC, NC) or as the record spells it (compliance-plus). */
export declare function parseRating(value: string): Rating;
/** An element's code as the standard numbers it: 1.2.3. */
export declare function parseElement(value: string): string;
