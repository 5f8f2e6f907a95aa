export interface AssessmentBodyEntry {
    name: string;
    /** Spellings seen in reports, most specific first; matched case-insensitively on word boundaries. */
    aliases: string[];
}
export declare const ASSESSMENT_BODIES: readonly AssessmentBodyEntry[];
/** Does the text name an assessment body, or begin one's name (so it is not the holder's name)? */
export declare function isBodyName(text: string): boolean;
