/** `cse batch`: every report in some files and folders, one record each, and a summary. One bad file never stops the batch. */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import pLimit from 'p-limit';
import { isFailure } from '../failure.js';
import { baseOf, discoverAll } from '../pipeline/discover.js';
import { createParserPool } from '../pipeline/parser-pool.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { poolLimitsOf, readOptionsOf, verboseDetail } from './limits.js';
import { plural, table } from '../text-format.js';
import { failureLines } from './failure-lines.js';
import { severityCounts } from './render.js';
import { EXIT, failsGate } from './exit.js';
function recordPath(out, roots, file) {
    const root = roots.map(baseOf).find((r) => resolve(file).startsWith(resolve(r) + '/'));
    const rel = root ? join(basename(resolve(root)), relative(root, file)) : basename(file);
    return join(out, `${rel}.json`);
}
function entryOf(path, record, output) {
    if (isFailure(output)) {
        return { path, record, outcome: 'failed', error: output.error.code, message: output.error.message, template: null, organisation: null, stages: [], findings: { error: 0, warning: 0, info: 0 } };
    }
    return {
        path,
        record,
        outcome: 'extracted',
        error: null,
        message: null,
        template: output.template,
        organisation: output.organisation,
        stages: output.assessments.filter((a) => a.status === 'completed').map((a) => a.stage),
        findings: severityCounts(output.findings),
    };
}
export async function runBatch(paths, options) {
    const files = await discoverAll(paths, { exclude: options.exclude });
    const entries = new Array(files.length);
    // As `cse import` reads them: each file in a child process with a heap of its own, stopped if it runs past the time limit.
    const pool = createParserPool(options.jobs, poolLimitsOf(options));
    // As many files in flight as workers: batch only writes each record, so nothing gains from more.
    const limit = pLimit(options.jobs);
    let done = 0;
    try {
        await Promise.all(files.map((file, index) => limit(async () => {
            const { output, detail } = await pool.parse({ path: file, readOptions: readOptionsOf(options) });
            if (isFailure(output))
                process.stderr.write(verboseDetail(options, detail));
            const record = recordPath(options.out, paths, file);
            await mkdir(dirname(record), { recursive: true });
            await writeFile(record, `${JSON.stringify(output, null, 2)}\n`);
            entries[index] = entryOf(file, record, output);
            process.stderr.write(`[${++done}/${files.length}] ${file}\n`);
        })));
    }
    finally {
        await pool.close();
    }
    const extracted = entries.filter((e) => e.outcome === 'extracted');
    const summary = {
        files: entries.length,
        extracted: extracted.length,
        failed: entries.length - extracted.length,
        failedByCode: Object.fromEntries([...new Set(entries.map((e) => e.error).filter(Boolean))].map((code) => [code, entries.filter((e) => e.error === code).length])),
        withErrorFindings: extracted.filter((e) => e.findings.error > 0).length,
        entries,
    };
    await mkdir(options.out, { recursive: true });
    await writeFile(join(options.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
    const code = failsGate(options.failOn, entries.map((e) => ({ failed: e.outcome === 'failed', errorFindings: e.findings.error, warningFindings: e.findings.warning })))
        ? EXIT.findings
        : EXIT.ok;
    if (options.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return code;
    }
    const rows = [['File', 'Result', 'Organisation', 'Stages', 'Findings']];
    for (const e of entries) {
        rows.push([
            e.path,
            e.outcome === 'extracted' ? e.template : `failed: ${e.error}`,
            e.outcome === 'extracted' ? (e.organisation ?? '(not named)') : '',
            e.stages.map((s) => STAGE_NAMES[s]).join('; '),
            e.outcome === 'extracted' ? `${e.findings.error} E, ${e.findings.warning} W, ${e.findings.info} I` : '',
        ]);
    }
    process.stdout.write(`${table(rows, '')}\n\n`);
    const failed = entries.filter((e) => e.outcome === 'failed');
    if (failed.length)
        process.stdout.write(`${['Needs a person, could not be read:', ...failureLines(failed)].join('\n')}\n\n`);
    const failedText = Object.entries(summary.failedByCode).map(([code, n]) => `${n} ${code}`).join(', ');
    process.stdout.write(`${plural(summary.files, 'file')}: ${summary.extracted} extracted, ${summary.failed} failed${failedText ? ` (${failedText})` : ''}; ${plural(summary.withErrorFindings, 'report')} with error findings.\nRecords and summary.json written to ${options.out}/\n`);
    return code;
}
//# sourceMappingURL=batch.js.map