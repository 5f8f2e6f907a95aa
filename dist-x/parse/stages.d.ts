/** The stage of the certification cycle a heading, label or title names. */
import type { Stage } from '../schema/report.js';
export interface StageNamed {
    /** `unknown` when the words are a stage label whose stage cannot be told (see STAGE_LABELS). */
    stage: Stage;
    /** The words that decided it, as written. */
    words: string;
}
/** The stage some words name, with the words that decided it; null when they name none. */
export declare function stageNamedBy(text: string): StageNamed | null;
/**
 * The stage a label names where the label may leave its noun out: "Initial" under "Assessment
 * type", "Initial Jun-2023" over a column of ratings.
 */
export declare function stageOfLabel(text: string): StageNamed | null;
/** The stage a heading or label names with certainty, or null when it names none or only an unclear label. */
export declare function parseStage(text: string): Stage | null;
export declare const STAGE_NAMES: Record<Stage, string>;
