export declare const BOM = "\uFEFF";
export declare function bomForStdout(): string;
