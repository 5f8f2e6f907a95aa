/**
 * An assessor named by an initial in one place ("Assessor | B. Quayle") and in full in another
 * (a sign-off "Bernadette Quayle, Associate Assessor") is the one person: the record gives the
 * name in full. Only where the document holds exactly one full name with that surname and a first
 * name starting with that initial.
 */
import type { Document } from '../document/model.js';
import type { DraftReport } from './draft.js';
export declare function fullName(name: string, text: string): string;
export declare function withFullNames(draft: DraftReport, document: Document): DraftReport;
