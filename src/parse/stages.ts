/** The stage of the certification cycle a heading or label names. */
import type { Stage } from '../schema/report.js';

const STAGE_PATTERNS: { stage: Stage; re: RegExp }[] = [
  { stage: 'reassessment', re: /\b(re-?assessment|re-?certification|full\s+review|three[\s-]year(?:ly)?\s+(?:full\s+)?(?:re)?assessment|3[\s-]year\s+(?:full\s+)?(?:review|assessment))\b/i },
  { stage: 'review-2', re: /\b(24[\s-]?month|year\s*(?:2|two)\b|second[\s-](?:year|annual)|second\s+surveillance|2nd\s+(?:annual|surveillance|year))/i },
  { stage: 'review-1', re: /\b(12[\s-]?month|year\s*(?:1|one)\b|first[\s-](?:year|annual)|first\s+surveillance|1st\s+(?:annual|surveillance|year))/i },
  { stage: 'initial', re: /\b(initial\s+(?:assessment|certification|review)|first\s+assessment|new\s+assessment)\b/i },
];

/** The stage a heading or label names, or null when it names none. */
export function parseStage(text: string): Stage | null {
  for (const { stage, re } of STAGE_PATTERNS) if (re.test(text)) return stage;
  return null;
}

export const STAGE_NAMES: Record<Stage, string> = {
  initial: 'Initial assessment',
  'review-1': 'First annual (12-month) review',
  'review-2': 'Second annual (24-month) review',
  reassessment: 'Reassessment',
  unknown: 'Assessment (stage not stated)',
};
