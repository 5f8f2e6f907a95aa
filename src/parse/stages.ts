/** The stage of the certification cycle a heading, label or title names. */
import type { Stage } from '../schema/report.js';
import { STAGE_LABELS } from '../standard/stage-labels.js';

export interface StageNamed {
  /** `unknown` when the words are a stage label whose stage cannot be told (see STAGE_LABELS). */
  stage: Stage;
  /** The words that decided it, as written. */
  words: string;
}

/**
 * A clause dating this visit by another ("Annual Review 2 (second annual review since
 * reassessment in March 2017)", "first review following the 2019 reassessment") names that other
 * visit's stage, not this one's: it is read past, up to the bracket or punctuation that ends it.
 */
const SINCE_ANOTHER_VISIT = /\b(?:since|following|after)\b[^()\n,;.]*/gi;

function withoutOtherVisits(text: string): string {
  return text.replace(SINCE_ANOTHER_VISIT, ' ');
}

/** The stage some words name, with the words that decided it; null when they name none. */
export function stageNamedBy(text: string): StageNamed | null {
  const own = withoutOtherVisits(text);
  for (const { stage, pattern } of STAGE_LABELS) {
    const m = pattern.exec(own);
    if (m) return { stage: stage ?? 'unknown', words: m[0] };
  }
  return null;
}

/**
 * The stage a label names where the label may leave its noun out: "Initial" under "Assessment
 * type", "Initial Jun-2023" over a column of ratings.
 */
export function stageOfLabel(text: string): StageNamed | null {
  // "Initial", "2019 Initial": the label's first word, past the year a visit's column may open with.
  const first = text.trim().split(/\s+/).find((word) => !/^(?:19|20)\d\d$/.test(word));
  return stageNamedBy(text) ?? (first ? stageNamedBy(`${first} assessment`) : null);
}

/** The stage a heading or label names with certainty, or null when it names none or only an unclear label. */
export function parseStage(text: string): Stage | null {
  const named = stageNamedBy(text);
  return named && named.stage !== 'unknown' ? named.stage : null;
}

export const STAGE_NAMES: Record<Stage, string> = {
  initial: 'Initial assessment',
  'review-1': 'First annual (12-month) review',
  'review-2': 'Second annual (24-month) review',
  reassessment: 'Reassessment',
  unknown: 'Assessment (stage not stated)',
};
