/** What the header cells of element tables say a column holds, shared by the recognisers that read such tables. */
/** The column of element codes: "Element", "Ref", "Code", "Element no.". */
export declare const CODE_COLUMN: RegExp;
/** The column of the assessor's reasons: "Justification", "Assessor's comment", "Evidence". */
export declare const REASON_COLUMN: RegExp;
