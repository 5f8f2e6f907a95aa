export declare function elementOfStatement(text: string): string | null;
