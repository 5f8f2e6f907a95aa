/**
 * Exit codes, as eslint uses them: 0 nothing at the --fail-on severity, 1 findings at or over it,
 * 2 the command could not do its job (a bad option or config, a path that names nothing, an
 * unreadable file). A CI job can tell "the reports need work" from "the job is broken".
 */
import type { FailOn } from '../check/config.js';

export const EXIT = { ok: 0, findings: 1, usage: 2, unreadable: 2 } as const;

/** A command line cse refuses: printed as one line with a pointer to --help, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface Gated {
  errorFindings: number;
  warningFindings: number;
  /** The file could not be read or is not a report: as serious as an error finding. */
  failed: boolean;
}

/** Whether a batch fails `--fail-on`: a file that could not be read fails it at either severity. */
export function failsGate(failOn: FailOn | undefined, files: readonly Gated[]): boolean {
  if (!failOn) return false;
  return files.some((f) => f.failed || f.errorFindings > 0 || (failOn === 'warning' && f.warningFindings > 0));
}
