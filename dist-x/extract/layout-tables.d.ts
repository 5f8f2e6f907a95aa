/**
 * Tables used for layout, not data: a committee paper written as a two-column table of paragraph
 * numbers and paragraphs ("4.2 | 11 elements were rated Compliance Plus…"). Read as the
 * paragraphs they are, so the prose recognisers see them; a table of element codes (1.1.1) is
 * never one.
 */
import type { Document } from '../document/model.js';
export declare function withLayoutTablesAsParagraphs(document: Document): Document;
