/**
 * Progress on stderr: a bar on a terminal; on anything else (a log, CI, a pipe) one plain line
 * per file, which reads well in a file and shows where a run stopped.
 */
import cliProgress from 'cli-progress';
import { plural } from '../text-format.js';
function describe(entry) {
    return entry.outcome === 'failed' ? `failed: ${entry.error?.code}` : entry.outcome;
}
export function progressOnStderr() {
    if (!process.stderr.isTTY) {
        return {
            start: (total) => process.stderr.write(`Importing ${plural(total, 'file')}\n`),
            fileDone: (entry, done, total) => process.stderr.write(`[${done}/${total}] ${describe(entry)} ${entry.path}\n`),
            stop: () => { },
        };
    }
    const bar = new cliProgress.SingleBar({ format: 'Importing [{bar}] {value}/{total} files | {file}', stream: process.stderr, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
    return {
        start: (total) => bar.start(total, 0, { file: '' }),
        fileDone: (entry, done) => bar.update(done, { file: `${describe(entry)} ${entry.path}` }),
        stop: () => bar.stop(),
    };
}
//# sourceMappingURL=progress.js.map