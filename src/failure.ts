/**
 * The contract's object for a file that could not be extracted, and how to tell it from a report.
 * Apart from the library (`api.ts`), so that code which only passes results on (the parser pool,
 * the commands waiting on a worker) does not load the readers.
 */
import type { CseError } from './errors.js';
import { formatOf } from './read/format.js';
import { SCHEMA_VERSION, type ExtractionFailure, type ExtractOutput } from './schema/report.js';

export function failure(path: string, error: CseError): ExtractionFailure {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, format: formatOf(path), sha256: error.sha256 },
    error: { code: error.code, message: error.message },
  };
}

export function isFailure(output: ExtractOutput): output is ExtractionFailure {
  return 'error' in output;
}
