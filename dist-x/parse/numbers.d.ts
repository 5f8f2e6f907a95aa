/** A regular-expression source matching one number in words or digits. */
export declare const NUMBER_PATTERN: string;
export declare function parseNumber(text: string): number | null;
