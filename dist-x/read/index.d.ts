import type { Document } from '../document/model.js';
import { CseError } from '../errors.js';
import type { Format } from '../schema/report.js';
import { formatOf } from './format.js';
export { formatOf };
export interface ReadOptions {
    /** Largest file read, in bytes. */
    maxBytes?: number;
    /** Most bytes a Word package may expand to when unzipped (zip-bomb guard). */
    maxUnpackedBytes?: number;
    /** Most pages of a PDF read. */
    maxPages?: number;
    /** Most seconds spent reading one file (the PDF reader checks it between pages; a worker still busy 10 s past it is stopped). */
    maxSeconds?: number;
}
export declare const DEFAULT_MAX_BYTES: number;
export interface ReadResult {
    path: string;
    format: Format;
    sha256: string;
    bytes: number;
    document: Document;
}
export declare function readReportFile(path: string, options?: ReadOptions): Promise<ReadResult>;
export declare function nestedTooDeeply(path: string): CseError;
