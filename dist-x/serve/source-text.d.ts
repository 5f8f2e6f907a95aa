import type { Block } from '../document/model.js';
import { type ReadOptions } from '../read/index.js';
export type SourceText = {
    blocks: Block[];
} | {
    error: {
        code: string;
        message: string;
    };
};
export declare function sourceText(path: string, sha256: string, options: ReadOptions): Promise<SourceText>;
