/**
 * Any CSE report, read by what it holds rather than by whose template it follows: each
 * recogniser finds one kind of evidence anywhere in the document (score and totals tables,
 * element rating tables and matrices, elements listed under a rating, ratings and counts in
 * prose, labelled fields, the holder on the cover, stage titles), then each piece is placed in
 * the stage whose part of the document holds it. What a recogniser could not read is said in a
 * finding, never filled in.
 */
import { type Document } from '../document/model.js';
import { type DraftReport } from './draft.js';
/** The draft record of any report, or null when the document holds no CSE evidence at all. */
export declare function extractByEvidence(document: Document): DraftReport | null;
