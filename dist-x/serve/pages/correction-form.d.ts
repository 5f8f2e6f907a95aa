import type { Html } from './layout.js';
export declare function correctionForm(assessmentId: number, back: string): Html;
/** The change a submitted form asks for, in the shape `CorrectionRequest` checks (it refuses what is wrong). */
export declare function requestFromForm(form: Record<string, string>): unknown;
