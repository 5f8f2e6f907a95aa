/** The completed stages of a report, each with the completed stage before it in the same document. */
import type { Assessment, Report } from '../schema/report.js';
export interface StageInContext {
    assessment: Assessment;
    /** The completed stage reported before this one in the same document, or null. */
    previous: Assessment | null;
}
export declare function completedStages(report: Report): StageInContext[];
export declare function ratingOf(assessment: Assessment, code: string): Assessment['elements'][number]['rating'] | null;
