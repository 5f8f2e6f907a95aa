/**
 * A holder's committee paper reporting its result to members: counts in words, the
 * compliance-plus (and partial) elements listed by code, the assessor and visit in prose.
 */
import { type Document } from '../document/model.js';
import { type DraftReport } from './draft.js';
export declare function extractCommitteeSummary(document: Document): DraftReport;
