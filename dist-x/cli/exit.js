export const EXIT = { ok: 0, findings: 1, usage: 2, unreadable: 2 };
/** A command line cse refuses: printed as one line with a pointer to --help, exit 2. */
export class UsageError extends Error {
    name = 'UsageError';
}
/** Whether a batch fails `--fail-on`: a file that could not be read fails it at either severity. */
export function failsGate(failOn, files) {
    if (!failOn)
        return false;
    return files.some((f) => f.failed || f.errorFindings > 0 || (failOn === 'warning' && f.warningFindings > 0));
}
//# sourceMappingURL=exit.js.map