/**
 * The narrative of a report for full-text search: every paragraph and list, with the heading it
 * stands under and where it is. Tables are left to the record: their ratings and justifications
 * are indexed from `element_ratings`, and their other cells are labels, not prose.
 */
import type { NarrativePassage } from '../db/load-report.js';
import type { Document } from '../document/model.js';
export declare function narrativePassages(document: Document): NarrativePassage[];
