/** What the header cells of element tables say a column holds, shared by the recognisers that read such tables. */

/** The column of element codes: "Element", "Ref", "Code", "Element no."; "Clause" in a management-system audit template. */
export const CODE_COLUMN = /^(?:element(?:\s+(?:no\.?|number|ref(?:erence)?|code))?|elements|ref(?:erence)?\.?|code|no\.?|criterion\s+element|standard\s+element|clause)$/i;

/** The column of the assessor's reasons: "Justification", "Assessor's comment", "Evidence". */
export const REASON_COLUMN = /\b(?:justification|comments?|evidence|reasons?|notes?|findings?|rationale|observations?|assessor(?:'s|s')?\s+(?:report|comments?|notes?|evidence)|feedback|summary)\b/i;
