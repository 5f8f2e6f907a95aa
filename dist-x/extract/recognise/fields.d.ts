/**
 * The facts of a visit a report states under a label, wherever it puts them: a key-information
 * table, "Label: value" lines, a bold label over its value, a list. A value is kept only when it
 * reads as what the label promises (a date, a person's name, a stage, an organisation that is not
 * the assessment body); anything else is left for the coverage check to report.
 */
import type { Block } from '../../document/model.js';
import { type StageNamed } from '../../parse/stages.js';
import { type FieldKind } from '../../standard/field-labels.js';
export interface FieldValues {
    organisation?: string;
    assessors?: string[];
    reportDate?: string;
    visitDate?: string;
    documentReviewDate?: string;
    stage?: StageNamed;
}
export interface Field<K extends FieldKind = FieldKind> {
    kind: K;
    value: NonNullable<FieldValues[K]>;
    index: number;
}
export declare function recogniseFields(blocks: readonly Block[]): Field[];
