import { STAGE_LABELS } from '../standard/stage-labels.js';
/** The stage some words name, with the words that decided it; null when they name none. */
export function stageNamedBy(text) {
    for (const { stage, pattern } of STAGE_LABELS) {
        const m = pattern.exec(text);
        if (m)
            return { stage: stage ?? 'unknown', words: m[0] };
    }
    return null;
}
/**
 * The stage a label names where the label may leave its noun out: "Initial" under "Assessment
 * type", "Initial Jun-2023" over a column of ratings.
 */
export function stageOfLabel(text) {
    // "Initial", "2019 Initial": the label's first word, past the year a visit's column may open with.
    const first = text.trim().split(/\s+/).find((word) => !/^(?:19|20)\d\d$/.test(word));
    return stageNamedBy(text) ?? (first ? stageNamedBy(`${first} assessment`) : null);
}
/** The stage a heading or label names with certainty, or null when it names none or only an unclear label. */
export function parseStage(text) {
    const named = stageNamedBy(text);
    return named && named.stage !== 'unknown' ? named.stage : null;
}
export const STAGE_NAMES = {
    initial: 'Initial assessment',
    'review-1': 'First annual (12-month) review',
    'review-2': 'Second annual (24-month) review',
    reassessment: 'Reassessment',
    unknown: 'Assessment (stage not stated)',
};
//# sourceMappingURL=stages.js.map