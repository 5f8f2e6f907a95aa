/**
 * Document → draft record. A document in one of the three house styles cse knows well is read by
 * that family's extractor; any other, or one the family's extractor reads only in part, is read
 * by its evidence (by-evidence.ts), and the fuller reading is kept. `not-a-report` only when the
 * document holds no CSE evidence at all. Every record then says what it did not get (coverage).
 */
import type { Document } from '../document/model.js';
import type { DraftReport } from './draft.js';
export declare function extractDraft(document: Document, path: string): DraftReport;
