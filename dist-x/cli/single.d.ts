/** `cse extract` on one file (or standard input) and `cse check` on one or more. */
import { type FailOn } from '../check/config.js';
import { type ReadLimits } from './limits.js';
import { type StdinFormat } from './stdin.js';
export interface SingleOptions extends ReadLimits {
    json?: boolean;
}
export interface ExtractOptions extends SingleOptions {
    /** The format of standard input (`cse extract -`); guessed from its first bytes without it. */
    format?: StdinFormat;
}
export interface CheckOptions extends SingleOptions {
    /** Overrides the configuration's failOn. */
    failOn?: FailOn;
    config?: string;
}
export declare function runExtract(file: string, options: ExtractOptions): Promise<number>;
/** Exit 2 if any file could not be read, else 1 if any has findings at --fail-on, else 0. */
export declare function runCheck(files: string[], options: CheckOptions): Promise<number>;
