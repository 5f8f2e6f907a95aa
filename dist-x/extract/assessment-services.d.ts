/**
 * Assessment Services Ltd (formerly G4S Assessment Services) report: a key-information table
 * (assessor, assessment type, dates), the assessor's report on every element, a totals table,
 * a signed conclusion, and a per-element accreditation table. One stage per report.
 */
import type { Document } from '../document/model.js';
import { type DraftReport } from './draft.js';
export declare function extractAssessmentServices(document: Document): DraftReport;
