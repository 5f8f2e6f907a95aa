/** The completed stages of a report, each with the completed stage before it in the same document. */
import type { Assessment, Report } from '../schema/report.js';

export interface StageInContext {
  assessment: Assessment;
  /** The completed stage reported before this one in the same document, or null. */
  previous: Assessment | null;
}

export function completedStages(report: Report): StageInContext[] {
  const stages: StageInContext[] = [];
  let previous: Assessment | null = null;
  for (const assessment of report.assessments) {
    if (assessment.status !== 'completed') continue;
    stages.push({ assessment, previous });
    previous = assessment;
  }
  return stages;
}

export function ratingOf(assessment: Assessment, code: string): Assessment['elements'][number]['rating'] | null {
  return assessment.elements.find((e) => e.code === code)?.rating ?? null;
}
