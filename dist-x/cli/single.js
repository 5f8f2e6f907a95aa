/** `cse extract` on one file (or standard input) and `cse check` on one or more. */
import { applyConfig, DEFAULT_CONFIG, loadConfig } from '../check/config.js';
import { stageVerdicts } from '../check/verdict.js';
import { isCseError } from '../errors.js';
import { isFailure } from '../failure.js';
import { createParserPool } from '../pipeline/parser-pool.js';
import { atLeast } from '../rules/index.js';
import { DEFAULT_SCHEME } from '../standard/scheme.js';
import { EXIT, UsageError } from './exit.js';
import { poolLimitsOf, readOptionsOf, verboseDetail } from './limits.js';
import { renderFindings, renderReport } from './render.js';
import { extractStdin } from './stdin.js';
function print(text) {
    process.stdout.write(`${text}\n`);
}
/**
 * Runs `use` with a reader of files' records, read as `cse import` reads them: in a child process with a
 * heap of its own, stopped if it runs past the time limit. One pool for all the files, so the PDF
 * reader loads once. `unreadable` says on stderr why the file last read could not be, and with
 * --verbose what the reader library said.
 */
async function withReader(limits, use) {
    const pool = createParserPool(1, poolLimitsOf(limits));
    let detail = null;
    try {
        return await use(async (file) => {
            const parsed = await pool.parse({ path: file, readOptions: readOptionsOf(limits) });
            detail = parsed.detail;
            return parsed.output;
        }, (failure) => process.stderr.write(`cse: ${failure.error.message}\n${verboseDetail(limits, detail)}`));
    }
    finally {
        await pool.close();
    }
}
export async function runExtract(file, options) {
    if (options.format && file !== '-')
        throw new UsageError('--format is for standard input (cse extract - --format pdf); a file\'s format is read from its name.');
    return withReader(options, async (extract, unreadable) => {
        const output = await (file === '-' ? extractStdin(options.format, extract) : extract(file));
        if (options.json)
            print(JSON.stringify(output, null, 2));
        if (isFailure(output)) {
            unreadable(output);
            return EXIT.unreadable;
        }
        if (!options.json)
            print(renderReport(output));
        return EXIT.ok;
    });
}
function checkOne(extracted, config, failOn) {
    if (isFailure(extracted))
        return { code: EXIT.unreadable, json: extracted, text: '' };
    // Extraction (in the reader process) checks with the default configuration; this one is applied to what it found.
    const output = { ...extracted, findings: applyConfig(extracted.findings, config) };
    return {
        code: output.findings.some((f) => atLeast(f.severity, failOn)) ? EXIT.findings : EXIT.ok,
        json: { schemaVersion: output.schemaVersion, source: output.source, failOn, stages: stageVerdicts(output, DEFAULT_SCHEME), findings: output.findings },
        text: renderFindings(output, DEFAULT_SCHEME),
    };
}
/** Exit 2 if any file could not be read, else 1 if any has findings at --fail-on, else 0. */
export async function runCheck(files, options) {
    let config = DEFAULT_CONFIG;
    if (options.config) {
        try {
            config = await loadConfig(options.config);
        }
        catch (error) {
            if (!isCseError(error))
                throw error;
            process.stderr.write(`cse: ${error.message}\n`);
            return EXIT.usage;
        }
    }
    const failOn = options.failOn ?? config.failOn;
    const results = [];
    await withReader(options, async (extract, unreadable) => {
        for (const file of files) {
            const output = await extract(file);
            const result = checkOne(output, config, failOn);
            results.push(result);
            if (isFailure(output))
                unreadable(output);
            else if (!options.json)
                print(files.length > 1 ? `${file}\n${result.text}\n` : result.text);
        }
    });
    // One file keeps the one object it always printed; several give an array of them, in order.
    if (options.json)
        print(JSON.stringify(files.length === 1 ? results[0].json : results.map((r) => r.json), null, 2));
    return Math.max(...results.map((r) => r.code));
}
//# sourceMappingURL=single.js.map