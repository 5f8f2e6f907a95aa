import type { Assessment, CarriedOver, CitedElement, PreviousVisit, ProseCount, Recommendation, Stage, StatedTotals } from '../schema/report.js';
import { type FindingDraft } from './draft.js';
import type { RatedElement } from './element-tables.js';
export interface StageEvidence {
    stage: Stage;
    reportDate: string | null;
    visitDate: string | null;
    documentReviewDate: string | null;
    assessors: string[];
    statedTotals: StatedTotals;
    rated: RatedElement[];
    recommendation: Recommendation | null;
    proseCounts: ProseCount[];
    keyStrengths: CitedElement[];
    /** Said in prose to keep their rating; rows of a rating table that say so are flagged on `rated`. */
    carriedOver: CarriedOver[];
    previousVisit: PreviousVisit | null;
}
export declare function assembleAssessment(evidence: StageEvidence, notes: FindingDraft[]): Assessment;
