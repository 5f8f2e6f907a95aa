/**
 * A reviewer's correction of one extracted value, and what it does to an assessment. Pure: the
 * database keeps corrections (src/db/corrections.ts) and applies them with `correctAssessment`
 * wherever it writes an assessment's values, so bench, export and search read corrected values.
 */
import { z } from 'zod';
import { type Assessment } from '../schema/report.js';
export declare const CORRECTED_FIELDS: readonly ["element rating", "totals", "report date", "visit date", "document review date", "stage", "organisation"];
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];
export declare const DATE_FIELDS: {
    readonly 'report date': "reportDate";
    readonly 'visit date': "visitDate";
    readonly 'document review date': "documentReviewDate";
};
export type DateField = keyof typeof DATE_FIELDS;
/** The counts of a totals row, by the rating they count. */
export declare const TOTALS_KEYS: {
    readonly 'compliance-plus': "compliancePlus";
    readonly compliance: "compliance";
    readonly 'partial-compliance': "partialCompliance";
    readonly 'non-compliance': "nonCompliance";
};
/** What a reviewer may change: one value, with the new value (null removes an element rating, a count or a date). */
export declare const Change: z.ZodDiscriminatedUnion<[z.ZodObject<{
    field: z.ZodLiteral<"element rating">;
    element: z.ZodString;
    rating: z.ZodNullable<z.ZodEnum<{
        "non-compliance": "non-compliance";
        "partial-compliance": "partial-compliance";
        compliance: "compliance";
        "compliance-plus": "compliance-plus";
    }>>;
}, z.core.$strict>, z.ZodObject<{
    field: z.ZodLiteral<"totals">;
    criterion: z.ZodNullable<z.ZodNumber>;
    rating: z.ZodEnum<{
        "non-compliance": "non-compliance";
        "partial-compliance": "partial-compliance";
        compliance: "compliance";
        "compliance-plus": "compliance-plus";
    }>;
    count: z.ZodNullable<z.ZodNumber>;
}, z.core.$strict>, z.ZodObject<{
    field: z.ZodEnum<{
        "report date": "report date";
        "visit date": "visit date";
        "document review date": "document review date";
    }>;
    date: z.ZodNullable<z.ZodISODate>;
}, z.core.$strict>, z.ZodObject<{
    field: z.ZodLiteral<"stage">;
    stage: z.ZodEnum<{
        initial: "initial";
        "review-1": "review-1";
        "review-2": "review-2";
        reassessment: "reassessment";
        unknown: "unknown";
    }>;
}, z.core.$strict>, z.ZodObject<{
    field: z.ZodLiteral<"organisation">;
    name: z.ZodString;
}, z.core.$strict>], "field">;
export type Change = z.infer<typeof Change>;
/** A correction as a reviewer submits it: the change, why, and who. */
export declare const CorrectionRequest: z.ZodObject<{
    change: z.ZodDiscriminatedUnion<[z.ZodObject<{
        field: z.ZodLiteral<"element rating">;
        element: z.ZodString;
        rating: z.ZodNullable<z.ZodEnum<{
            "non-compliance": "non-compliance";
            "partial-compliance": "partial-compliance";
            compliance: "compliance";
            "compliance-plus": "compliance-plus";
        }>>;
    }, z.core.$strict>, z.ZodObject<{
        field: z.ZodLiteral<"totals">;
        criterion: z.ZodNullable<z.ZodNumber>;
        rating: z.ZodEnum<{
            "non-compliance": "non-compliance";
            "partial-compliance": "partial-compliance";
            compliance: "compliance";
            "compliance-plus": "compliance-plus";
        }>;
        count: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strict>, z.ZodObject<{
        field: z.ZodEnum<{
            "report date": "report date";
            "visit date": "visit date";
            "document review date": "document review date";
        }>;
        date: z.ZodNullable<z.ZodISODate>;
    }, z.core.$strict>, z.ZodObject<{
        field: z.ZodLiteral<"stage">;
        stage: z.ZodEnum<{
            initial: "initial";
            "review-1": "review-1";
            "review-2": "review-2";
            reassessment: "reassessment";
            unknown: "unknown";
        }>;
    }, z.core.$strict>, z.ZodObject<{
        field: z.ZodLiteral<"organisation">;
        name: z.ZodString;
    }, z.core.$strict>], "field">;
    reason: z.ZodString;
    by: z.ZodString;
}, z.core.$strict>;
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;
/** The value a change sets, as text for the corrections table and the views: null where it removes one. */
export declare function valueOf(change: Change): string | null;
/** The value the assessment (and its organisation) has now for what the change corrects. */
export declare function currentValue(assessment: Assessment, organisation: string | null, change: Change): string | null;
/** The assessment with the change made (an organisation change leaves the assessment as it is). */
export declare function applyChange(assessment: Assessment, change: Change): Assessment;
/** The assessment with every change made, in the order they were made (a later change of one value wins). */
export declare function correctAssessment(assessment: Assessment, changes: readonly Change[]): Assessment;
/** The organisation after the changes: the last organisation correction's, else the one read. */
export declare function correctOrganisation(organisation: string | null, changes: readonly Change[]): string | null;
/** What the correction touches, in words: "element 1.2.3", "overall totals (compliance plus)", "visit date". */
export declare function subjectOf(change: Change): string;
