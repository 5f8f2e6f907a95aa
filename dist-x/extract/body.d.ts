export declare function findAssessmentBody(text: string): string | null;
