import type { Reading } from '../check/reading-coverage.js';
export type DisagreementSubject = 'element rating' | 'totals' | 'report date' | 'visit date' | 'document review date' | 'organisation';
export interface CopyDisagreement {
    what: DisagreementSubject;
    elementCode: string | null;
    /** For totals: the criterion, null for the overall counts. */
    criterion: number | null;
    keptValue: string;
    otherValue: string;
}
/** Where the other copy reads differently from the kept one; empty when they agree on everything both read. */
export declare function copyDisagreements(kept: Reading, other: Reading): CopyDisagreement[];
