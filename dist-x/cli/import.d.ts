import { type ImportSummary } from '../pipeline/import.js';
import type { FailOn } from '../check/config.js';
import { type ReadLimits } from './limits.js';
export interface ImportCommandOptions extends ReadLimits {
    db: string;
    manifest?: string;
    jobs: number;
    exclude: string[];
    failOn?: FailOn;
    json?: boolean;
    retryFailed?: boolean;
}
export declare function renderImportSummary(s: ImportSummary, options?: {
    verbose?: boolean;
}): string;
export declare function runImport(paths: string[], options: ImportCommandOptions): Promise<number>;
