/**
 * A report's key to its own marks: "Each element is scored: 3 = Compliance Plus; 2 = Compliance;
 * 1 = Partial Compliance; 0 = Non-Compliance", "Key: CPlus – Compliance Plus; Full – full
 * compliance", "Compliant ★ = Compliance Plus", or a table of colours and their meanings ("Green+ |
 * Compliance Plus – …", "Amber | Partial Compliance – …"). Where a report gives one, its marks are
 * read as the ratings it says they are, in the cells that rate an element (a row that opens with an
 * element's code), in the first column of a table that counts by mark ("Score | Number of
 * elements" over "3 | 4") and in a header of marks ("Criterion | Green+ | Green | Amber | Red").
 * Nowhere else: a "2" in a count column is a count.
 */
import { type Block, type Document } from '../document/model.js';
import type { Rating } from '../schema/report.js';
/** The marks a key defines: one paragraph pairing two or more marks with different ratings, or a table of marks and their meanings. */
export declare function legendIn(blocks: readonly Block[]): Map<string, Rating>;
/** The document with its key's marks read as ratings; the document itself where it gives no key. */
export declare function withLegend(document: Document): Document;
