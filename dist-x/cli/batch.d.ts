import type { FailOn } from '../check/config.js';
import { type ReadLimits } from './limits.js';
export interface BatchCommandOptions extends ReadLimits {
    out: string;
    jobs: number;
    exclude: string[];
    failOn?: FailOn;
    json?: boolean;
}
export interface BatchEntry {
    path: string;
    record: string;
    outcome: 'extracted' | 'failed';
    error: string | null;
    /** Why the file failed, naming it, as `cse import` words it. */
    message: string | null;
    template: string | null;
    organisation: string | null;
    stages: string[];
    findings: {
        error: number;
        warning: number;
        info: number;
    };
}
export declare function runBatch(paths: string[], options: BatchCommandOptions): Promise<number>;
