/**
 * The words bodies use for the stages of the certification cycle, as data: a new body's label is
 * a new row. A row with `stage: null` is a label seen in reports whose stage cannot be told from
 * the label alone ("C3": the third cycle, at which visit?; "Review 3": the cycle has two annual
 * reviews); a report that uses one gets the stage `unknown` and a finding, never a guess.
 *
 * A management-system audit template numbers its surveillance audits "SV1", "SV2": the first and
 * second annual reviews of the cycle.
 *
 * Rows are tried in order; the first that matches decides. Certain rows come first, so
 * "Recertification (C3)" is a reassessment.
 */
import type { Stage } from '../schema/report.js';

export interface StageLabel {
  stage: Exclude<Stage, 'unknown'> | null;
  pattern: RegExp;
}

export const STAGE_LABELS: readonly StageLabel[] = [
  {
    stage: 'reassessment',
    pattern: /\b(?:re-?assessment|re-?certification|re-?accreditation|full\s+review|renewal(?:\s+(?:assessment|visit|year|of\s+(?:accreditation|certification)))?|three[\s-]year(?:ly)?\s+(?:full\s+)?(?:re)?assessment|3[\s-]year\s+(?:full\s+)?(?:review|assessment)|triennial\s+(?:re)?assessment)\b/i,
  },
  {
    stage: 'review-2',
    pattern: /\b(?:24[\s-]?month|year\s*(?:2|two)\b|second[\s-](?:year|annual)|second\s+surveillance|2nd\s+(?:annual|surveillance|year)|AR\s*(?:yr\.?|year)?\s*2\b|(?:annual\s+)?review\s+(?:yr\.?\s*)?(?:2|two)\b|surveillance(?:\s+(?:visit|audit))?\s+(?:2|two)\b|SV\s?-?2\b)/i,
  },
  {
    stage: 'review-1',
    pattern: /\b(?:12[\s-]?month|year\s*(?:1|one)\b|first[\s-](?:year|annual)|first\s+surveillance|1st\s+(?:annual|surveillance|year)|AR\s*(?:yr\.?|year)?\s*1\b|(?:annual\s+)?review\s+(?:1|one)\b|surveillance(?:\s+(?:visit|audit))?\s+(?:1|one)\b|SV\s?-?1\b)/i,
  },
  {
    stage: 'initial',
    pattern: /\b(?:initial\s+(?:assessment|certification|review|visit)|initial\s*\/\s*certification|first\s+(?:assessment|certification)|new\s+assessment)\b/i,
  },
  // Labels of a body's own scheme that do not say which visit of the cycle they are.
  { stage: null, pattern: /\b(?:C[1-9]|RP\s?[1-9]|AR\s?[3-9]|(?:annual\s+)?review\s+(?:[3-9]|three|four|five)|surveillance(?:\s+visit)?(?!\s+(?:visit\s+)?(?:[1-9]|one|two)\b))\b/i },
];
