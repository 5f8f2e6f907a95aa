/**
 * The labels reports put before the facts of a visit, as data: a body's new wording is a new
 * alternative here. Matched against a label as `normaliseLabel` gives it (lower case, colons and
 * stars dropped, spacing made single).
 */
export type FieldKind = 'organisation' | 'assessors' | 'reportDate' | 'visitDate' | 'documentReviewDate' | 'stage';
export declare const FIELD_LABELS: readonly {
    kind: FieldKind;
    label: RegExp;
}[];
