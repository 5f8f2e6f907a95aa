/**
 * Exit codes, as eslint uses them: 0 nothing at the --fail-on severity, 1 findings at or over it,
 * 2 the command could not do its job (a bad option or config, a path that names nothing, an
 * unreadable file). A CI job can tell "the reports need work" from "the job is broken".
 */
import type { FailOn } from '../check/config.js';
export declare const EXIT: {
    readonly ok: 0;
    readonly findings: 1;
    readonly usage: 2;
    readonly unreadable: 2;
};
/** A command line cse refuses: printed as one line with a pointer to --help, exit 2. */
export declare class UsageError extends Error {
    readonly name = "UsageError";
}
export interface Gated {
    errorFindings: number;
    warningFindings: number;
    /** The file could not be read or is not a report: as serious as an error finding. */
    failed: boolean;
}
/** Whether a batch fails `--fail-on`: a file that could not be read fails it at either severity. */
export declare function failsGate(failOn: FailOn | undefined, files: readonly Gated[]): boolean;
