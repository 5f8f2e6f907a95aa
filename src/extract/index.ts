/**
 * Document → draft record: classify, then run the family's extractor; add the ratings stated in
 * "now <rating>" prose, which every family uses.
 */
import type { Document } from '../document/model.js';
import { CseError } from '../errors.js';
import type { Template } from '../schema/report.js';
import { extractAssessmentServices } from './assessment-services.js';
import { extractCentreForAssessment } from './centre-for-assessment.js';
import { classify } from './classify.js';
import { extractCommitteeSummary } from './committee-summary.js';
import type { DraftReport } from './draft.js';

const EXTRACTORS: Record<Template, (document: Document) => DraftReport> = {
  'centre-for-assessment': extractCentreForAssessment,
  'assessment-services': extractAssessmentServices,
  'committee-summary': extractCommitteeSummary,
};

export function extractDraft(document: Document, path: string): DraftReport {
  const { template, evidence } = classify(document);
  if (!template) {
    throw new CseError(
      'not-a-report',
      path,
      `${path} reads fine but is not a Customer Service Excellence assessment report: it has ${evidence.join(' and ')}. If it is a report, its layout is one cse does not know yet: please send it to the cse maintainers.`,
    );
  }
  return EXTRACTORS[template](document);
}

