/**
 * The truth file's shape (one JSON object per line of truth.jsonl), checked with zod when it is
 * written and when it is read: every value the generator put into a report, in the canonical
 * record's terms, the rules its deliberate inconsistencies must trigger, and (for "other bodies"
 * reports) the layout chosen on each axis of variation.
 */
import { z } from 'zod';

const Count = z.number().int().min(0).nullable();
const Totals = z.object({ nonCompliance: Count, partialCompliance: Count, compliance: Count, compliancePlus: Count }).strict();
const Stage = z.enum(['initial', 'review-1', 'review-2', 'reassessment']);
const IsoDate = z.iso.date();

export const TruthAssessment = z
  .object({
    stage: Stage,
    status: z.enum(['completed', 'not-started']),
    reportDate: IsoDate.nullable(),
    visitDate: IsoDate.nullable(),
    documentReviewDate: IsoDate.nullable(),
    assessors: z.array(z.string().min(3)),
    statedTotals: z.object({ byCriterion: z.record(z.enum(['1', '2', '3', '4', '5']), Totals).nullable(), overall: Totals.nullable() }).strict(),
    elements: z.array(
      z.object({
        code: z.string().regex(/^[1-5]\.[1-4]\.[1-9]$/),
        rating: z.enum(['non-compliance', 'partial-compliance', 'compliance', 'compliance-plus']),
        basis: z.enum(['stated', 'derived']),
        justification: z.string().min(1).nullable(),
      }).strict(),
    ),
  })
  .strict();

export const TruthRecord = z
  .object({
    stem: z.string().min(1),
    template: z.enum(['centre-for-assessment', 'assessment-services', 'committee-summary', 'other-bodies']),
    formats: z.array(z.enum(['md', 'docx', 'pdf'])).min(1),
    holder: z.object({ name: z.string(), sector: z.enum(['council', 'university', 'nhs', 'housing', 'police']), region: z.string() }).strict(),
    organisation: z.string().nullable(),
    assessmentBody: z.string().nullable(),
    deliberate: z.object({ kind: z.string(), description: z.string() }).strict().nullable(),
    assessments: z.array(TruthAssessment).min(1),
    expectedFindings: z.array(z.object({ rule: z.string(), stage: Stage }).strict()),
    /** "Other bodies" reports only: the choice made on each axis of variation (other-bodies.mjs, AXES). */
    axes: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export function parseTruthLines(text) {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = TruthRecord.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`truth.jsonl line ${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
