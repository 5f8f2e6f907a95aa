/**
 * The words bodies use for the stages of the certification cycle, as data: a new body's label is
 * a new row. A row with `stage: null` is a label seen in reports whose stage cannot be told from
 * the label alone ("C3": the third cycle, at which visit?; "Review 3": the cycle has two annual
 * reviews); a report that uses one gets the stage `unknown` and a finding, never a guess.
 *
 * Rows are tried in order; the first that matches decides. Certain rows come first, so
 * "Recertification (C3)" is a reassessment.
 */
import type { Stage } from '../schema/report.js';
export interface StageLabel {
    stage: Exclude<Stage, 'unknown'> | null;
    pattern: RegExp;
}
export declare const STAGE_LABELS: readonly StageLabel[];
