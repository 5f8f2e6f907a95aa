/** The options of `cse bench`, read before its module (and the database) is loaded. */
import { InvalidArgumentError } from 'commander';
export const DEFAULT_HTML_REPORT = 'out/benchmark.html';
/** A year as analysts write it: 2016. */
export function parseYear(value) {
    if (!/^(19|20)\d\d$/.test(value.trim()))
        throw new InvalidArgumentError('give a year such as 2016');
    return Number(value);
}
/** A whole number, 0 or more (0: no limit). */
export function parseLimit(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new InvalidArgumentError('give a whole number, 0 for all');
    return n;
}
//# sourceMappingURL=bench-options.js.map