/**
 * A table that shows how ratings are set out rather than giving any ("EXAMPLE ONLY – this is not
 * our result … using made-up findings", "for illustration only"): a staff briefing, a guide or a
 * template. Its caption, the short line just above it, says so; its ratings are no one's and are
 * not evidence. A table of "examples of good practice" is a report's own and stays evidence: only
 * words that deny the table is a result count.
 */
import type { Block } from '../../document/model.js';
export declare function illustratesRatings(blocks: readonly Block[], index: number): boolean;
