/**
 * The outcome a report recommends, from one sentence: "I am pleased to recommend the Library for
 * certification" (certify), "my recommendation that you remain certificated" (continue), "I am
 * unable to recommend … that the Trust is re-certificated" (not-certify). A committee paper's
 * "We retained the standard" reports the same outcome as continue. Conditional sentences ("If
 * that evidence shows …, I would expect to recommend re-certification") recommend nothing yet.
 */
import type { Recommendation } from '../schema/report.js';
type Outcome = Recommendation['outcome'];
/** The outcome one sentence recommends, or null when it recommends none or only on a condition. */
export declare function recommendedOutcome(sentence: string): Outcome | null;
export {};
