/**
 * Is this document a CSE assessment report, and of which family? Decided by what the document
 * says, never by its file name, with the evidence for the answer.
 */
import type { Document } from '../document/model.js';
import type { Template } from '../schema/report.js';
export interface Classification {
    template: Template | null;
    /** What was seen, in words, for the answer given. */
    evidence: string[];
}
export declare function classify(document: Document): Classification;
