/**
 * Centre for Assessment's multi-stage report: Section A's score tables (one per stage), then
 * one section per stage (initial, 12-month, 24-month) with the assessor, the date of report and
 * "Partial Compliance Elements" / "Compliance Plus Elements" tables; Section E is notes.
 */
import type { Document } from '../document/model.js';
import { type DraftReport } from './draft.js';
export declare function extractCentreForAssessment(document: Document): DraftReport;
