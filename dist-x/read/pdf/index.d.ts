import type { Document } from '../../document/model.js';
export interface PdfOptions {
    /** Most pages read; a longer PDF is `too-large`. */
    maxPages?: number;
    /** Most seconds spent on one PDF; a slower one is `too-large`. */
    maxSeconds?: number;
}
export declare function readPdf(path: string, bytes: Buffer, options?: PdfOptions): Promise<Document>;
