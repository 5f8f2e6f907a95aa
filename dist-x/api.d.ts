import { type ReadOptions, type ReadResult } from './read/index.js';
import { Report, type ExtractOutput } from './schema/report.js';
import { type Scheme } from './standard/scheme.js';
import { type CheckConfig } from './check/config.js';
export { failure, isFailure } from './failure.js';
export interface ExtractOptions extends ReadOptions {
    scheme?: Scheme;
    /** Severities changed and rules turned off (`cse check --config`). */
    config?: CheckConfig;
    /** Called with what was read, before extraction: for callers that also keep the text (the importer indexes it). */
    onRead?: (read: ReadResult) => void;
}
/** Reads and extracts one report, with its findings. Throws a CseError when the file cannot be. */
export declare function extract(path: string, options?: ExtractOptions): Promise<Report>;
/** Like `extract`, but a file that cannot be read or is not a report gives the contract's failure object. */
export declare function extractFile(path: string, options?: ExtractOptions): Promise<ExtractOutput>;
