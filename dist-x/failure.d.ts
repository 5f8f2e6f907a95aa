/**
 * The contract's object for a file that could not be extracted, and how to tell it from a report.
 * Apart from the library (`api.ts`), so that code which only passes results on (the parser pool,
 * the commands waiting on a worker) does not load the readers.
 */
import type { CseError } from './errors.js';
import { type ExtractionFailure, type ExtractOutput } from './schema/report.js';
export declare function failure(path: string, error: CseError): ExtractionFailure;
export declare function isFailure(output: ExtractOutput): output is ExtractionFailure;
