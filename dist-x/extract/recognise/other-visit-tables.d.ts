/**
 * A table a report restates from another visit ("Table 1 – Initial assessment, February 2010
 * (previous visit, for reference only)"): its caption, the heading or short line just above it,
 * places it in another visit and not in this one. Its counts and ratings are that visit's and are
 * not read as this visit's.
 */
import { type Block } from '../../document/model.js';
export declare function restatesAnotherVisit(blocks: readonly Block[], index: number): boolean;
/** Whether the block at `index` stands in a section its heading gives as another visit's, restated for reference. */
export declare function inSectionForReference(blocks: readonly Block[], index: number): boolean;
