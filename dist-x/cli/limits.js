/** The read limits every command that reads reports takes: `--max-size`, `--max-unpacked`, `--max-pages`, `--max-seconds` and `--max-memory`. */
import { InvalidArgumentError } from 'commander';
/** A size such as `20MB`, `500kB` or `1048576`, in bytes. */
export function parseSize(value) {
    const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?i?b?$/i.exec(value.trim());
    if (!m)
        throw new InvalidArgumentError('give a size such as 20MB or 500kB');
    const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? '').toLowerCase()] ?? 1;
    return Math.round(Number(m[1]) * unit);
}
export function readOptionsOf(limits) {
    return { maxBytes: limits.maxSize, maxUnpackedBytes: limits.maxUnpacked, maxPages: limits.maxPages, maxSeconds: limits.maxSeconds };
}
export function poolLimitsOf(limits) {
    return limits.maxMemory === undefined ? {} : { maxHeapMb: Math.max(1, Math.round(limits.maxMemory / 1024 ** 2)) };
}
/** A whole number of at least 1. */
export function parseCount(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new InvalidArgumentError('give a whole number, 1 or more');
    return n;
}
/** Adds the read-limit options to a command that reads reports. */
export function withReadLimits(command) {
    return command
        .option('--max-size <size>', 'largest file read (default 50MB)', parseSize)
        .option('--max-unpacked <size>', 'most a Word file may expand to when unzipped (default 200MB)', parseSize)
        .option('--max-pages <n>', 'most pages of a PDF read (default 500)', parseCount)
        .option('--max-seconds <n>', 'most seconds spent reading one file (default 120); its worker is stopped 10 s after that', parseCount)
        .option('--max-memory <size>', "most memory one file's reader may use (default 256MB); past it the file fails as too-large", parseSize)
        .option('--verbose', 'for a file that cannot be read, also show what the reader library said');
}
/** The reader library's words about a failed file, on stderr, when --verbose asks for them. */
export function verboseDetail(limits, detail) {
    return limits.verbose && detail ? `cse:   the reader said: ${detail.replace(/\s+/g, ' ').trim()}\n` : '';
}
//# sourceMappingURL=limits.js.map