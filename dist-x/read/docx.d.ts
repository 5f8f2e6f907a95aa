import type { Document } from '../document/model.js';
export interface DocxOptions {
    /** Most bytes the package may expand to (zip-bomb guard). */
    maxUnpackedBytes?: number;
}
export declare function readDocx(path: string, bytes: Buffer, options?: DocxOptions): Promise<Document>;
