/** Small text formatting shared by every place that writes for a person: messages, terminal tables. */
/** Columns padded to their widest cell. */
export declare function table(rows: string[][], indent?: string): string;
export declare function plural(n: number, word: string): string;
/** A share as a whole percentage: 0.8 → "80%". */
export declare function percent(share: number): string;
