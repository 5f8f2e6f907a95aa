/**
 * The canonical record: the single source of truth for what `cse extract --json` prints
 * (see docs/output-contract.md). schemas/report.schema.json is generated from this.
 */
import { z } from 'zod';
export const SCHEMA_VERSION = 1;
export const RATINGS = ['non-compliance', 'partial-compliance', 'compliance', 'compliance-plus'];
export const Rating = z.enum(RATINGS).describe('An element rating.');
export const STAGES = ['initial', 'review-1', 'review-2', 'reassessment', 'unknown'];
export const Stage = z
    .enum(STAGES)
    .describe('initial = first certification; review-1 = 12-month / first annual review; review-2 = 24-month / second annual review; reassessment = three-yearly full reassessment.');
export const TEMPLATES = ['centre-for-assessment', 'assessment-services', 'committee-summary', 'other'];
export const Template = z.enum(TEMPLATES).describe('The family of document the record was extracted from; other: a layout read by its evidence (tables, lists, fields and prose cse recognises), not one of the three known house styles.');
export const FORMATS = ['md', 'docx', 'pdf'];
export const Format = z.enum(FORMATS);
const IsoDate = z.iso.date().describe('An ISO date, YYYY-MM-DD.');
const ElementCode = z.string().regex(/^[1-5]\.[1-4]\.[1-9]$/).describe('C.S.E with Arabic digits.');
const Count = z.number().int().min(0).nullable().describe('A count as the document states it; null where it states none.');
export const Location = z
    .object({
    line: z.number().int().optional().describe('1-based line of a Markdown or text file.'),
    page: z.number().int().optional().describe('1-based page of a PDF.'),
    paragraph: z.number().int().optional().describe("1-based index of the paragraph, heading, list item or table row in a Word document's body."),
})
    .strict()
    .describe('Where in the document: a line (Markdown), a page (PDF), a paragraph (Word).');
export const CriterionTotals = z
    .object({
    nonCompliance: Count,
    partialCompliance: Count,
    compliance: Count,
    compliancePlus: Count,
})
    .strict();
export const StatedTotals = z
    .object({
    byCriterion: z
        .object({ '1': CriterionTotals, '2': CriterionTotals, '3': CriterionTotals, '4': CriterionTotals, '5': CriterionTotals })
        .partial()
        .nullable()
        .describe('Per-criterion counts exactly as the report states them; null where it states none.'),
    overall: CriterionTotals.nullable().describe('Overall counts as the report states them; computed sums never appear here.'),
    location: z
        .object({ byCriterion: Location.nullable(), overall: Location.nullable() })
        .strict()
        .optional()
        .describe('Where the document states each: the table, or the first sentence a count is taken from; null where it states none.'),
})
    .strict();
export const Basis = z
    .enum(['stated', 'derived'])
    .describe('stated: the document rates the element; derived: the rating follows with certainty from what it states.');
export const ElementRating = z
    .object({
    code: ElementCode,
    rating: Rating,
    basis: Basis,
    justification: z.string().nullable().describe("The assessor's reason for a compliance-plus or partial-compliance rating."),
    location: Location.optional().describe('Where the document rates the element (its row, item or sentence); absent where the rating is derived or the reader does not know the place.'),
})
    .strict();
export const OUTCOMES = ['certify', 'continue', 'not-certify'];
export const Recommendation = z
    .object({
    outcome: z
        .enum(OUTCOMES)
        .describe('certify: award (or re-award at reassessment) the certificate; continue: the holder remains certificated after a review; not-certify: certification withheld, withdrawn or not recommended.'),
    text: z.string().describe('The sentence that says it, as written.'),
    location: Location.nullable(),
})
    .strict();
export const ProseCount = z
    .object({
    rating: Rating,
    count: z.number().int().min(0),
    criterion: z.number().int().min(1).max(5).nullable().describe('The criterion the sentence counts in; null for the whole standard.'),
    text: z.string().describe('The sentence, as written.'),
    location: Location.nullable(),
})
    .strict();
export const CitedElement = z.object({ code: ElementCode, location: Location.nullable() }).strict();
export const CarriedOver = z.object({ code: ElementCode, rating: Rating, location: Location.nullable() }).strict();
const MonthOrDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/).describe('YYYY-MM-DD, or YYYY-MM where the document gives only a month.');
export const PreviousVisit = z.object({ stage: Stage, date: MonthOrDate }).strict();
export const Assessment = z
    .object({
    stage: Stage,
    status: z.enum(['completed', 'not-started']),
    reportDate: IsoDate.nullable(),
    visitDate: IsoDate.nullable().describe('The (first day of the) assessment visit, where stated.'),
    documentReviewDate: IsoDate.nullable(),
    assessors: z.array(z.string()),
    statedTotals: StatedTotals,
    elements: z.array(ElementRating).describe('Every element whose rating is known, in element order.'),
    recommendation: Recommendation.nullable()
        .optional()
        .describe("The assessor's recommendation for this stage (a committee paper: the outcome it reports, e.g. \"we retained the standard\"); null where the document states none."),
    proseCounts: z
        .array(ProseCount)
        .optional()
        .describe('Counts of ratings the narrative states for this stage ("fourteen of the fifty-seven elements were assessed as Compliance Plus"), each as written; sentences about another visit or a limit ("the maximum of three") are not counts.'),
    keyStrengths: z
        .array(CitedElement)
        .optional()
        .describe('Elements the narrative cites as strengths (under a "Strengths" heading, or in a sentence calling them key strengths), first citation each.'),
    carriedOver: z
        .array(CarriedOver)
        .optional()
        .describe('Elements the report says keep the rating they had at the previous stage ("Elements previously identified as CP (ie 111,113) all remain CP").'),
    previousVisit: PreviousVisit.nullable()
        .optional()
        .describe('The visit before this one as the report states it when the document does not report that stage itself (e.g. "Initial Review - October 2015" in a first-year review); null where it states none.'),
})
    .strict();
export const Severity = z.enum(['error', 'warning', 'info']);
export const Finding = z
    .object({
    rule: z.string(),
    severity: Severity,
    message: z.string(),
    stage: Stage.nullable(),
    criterion: z.number().int().min(1).max(5).nullable(),
    elements: z.array(ElementCode),
    expected: z.union([z.number(), z.string()]).nullable().optional(),
    actual: z.union([z.number(), z.string()]).nullable().optional(),
    location: Location.nullable().optional(),
})
    .strict();
export const Source = z
    .object({
    path: z.string(),
    format: Format.nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
    diagnostics: z
        .array(z
        .object({ severity: z.enum(['warning', 'info']), message: z.string(), location: Location.optional() })
        .strict())
        .optional()
        .describe("What the format's reader noticed about the file (for Word, mammoth's messages); absent when nothing."),
})
    .strict();
export const Report = z
    .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    template: Template,
    organisation: z.string().nullable(),
    assessmentBody: z.string().nullable(),
    assessments: z.array(Assessment),
    findings: z.array(Finding),
})
    .strict();
export const ExtractionFailure = z
    .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    error: z.object({ code: z.string(), message: z.string() }).strict(),
})
    .strict();
/** What `cse extract --json` prints: a report, or the reason there is none. */
export const ExtractOutput = z.union([Report, ExtractionFailure]);
//# sourceMappingURL=report.js.map