/**
 * A holder's page: its assessments over time, what changed between visits, and where it stands
 * among its peers (as `cse bench --holder` says it).
 */
import type { Database } from 'better-sqlite3';
import { type BenchOptions, type HolderPosition } from '../../bench/league.js';
import type { Rating } from '../../schema/report.js';
import { type AssessmentView } from './assessment.js';
export interface RatingChange {
    code: string;
    from: Rating;
    to: Rating;
}
export interface HolderView {
    id: number;
    name: string;
    sector: string | null;
    region: string | null;
    /** Completed assessments, oldest first. */
    assessments: AssessmentView[];
    /** For each assessment after the first: the elements rated at both visits whose rating changed. */
    changes: {
        from: number;
        to: number;
        changes: RatingChange[];
    }[];
    /** Its place in the league table, or why it has none. */
    position: HolderPosition | null;
    positionNote: string | null;
}
export declare function changesBetween(before: AssessmentView, after: AssessmentView): RatingChange[];
export declare function holderView(db: Database, organisationId: number, options: BenchOptions): HolderView | null;
