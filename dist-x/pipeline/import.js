/**
 * `cse import` as a library: discover → hash → skip what is loaded → parse in the pool → one
 * writer (this thread) loads each document in its own transaction → a summary.
 *
 * A bad file is recorded with its error code and the import goes on. Killing the process loses at
 * most the documents not yet committed; the next run skips what is loaded and finishes the rest.
 * A second import on the same database at the same time takes turns per document (SQLite's busy
 * timeout) and skips whatever the other has loaded meanwhile.
 */
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pLimit from 'p-limit';
import { isFailure } from '../failure.js';
import { closeInterruptedRuns, finishRun, knownFailure, recordFailure, startRun } from '../db/import-runs.js';
import { ReportLoader } from '../db/load-report.js';
import { openDatabase } from '../db/open.js';
import { recordOrganisationFacts } from '../db/organisations.js';
import { CSE_VERSION } from '../version.js';
import { discoverAll } from './discover.js';
import { sha256OfFile } from './file-hash.js';
import { EMPTY_MANIFEST, readManifest } from './manifest.js';
import { createParserPool } from './parser-pool.js';
/** Another copy of an assessment already loaded, whichever copy's reading is kept. */
export function isCopy(effect) {
    return effect === 'copy' || effect === 'preferred-copy';
}
function countBy(items, key) {
    const counts = {};
    for (const item of items) {
        const k = key(item);
        if (k !== null)
            counts[k] = (counts[k] ?? 0) + 1;
    }
    return counts;
}
export async function importReports(paths, options) {
    const started = Date.now();
    const startedAt = new Date(started).toISOString();
    const manifest = options.manifest ? await readManifest(options.manifest) : EMPTY_MANIFEST;
    // Before the database is opened: a mistyped path must not leave an empty database and an import run behind.
    const files = await discoverAll(paths, { exclude: options.exclude });
    const db = openDatabase(options.database);
    const pool = createParserPool(options.jobs, options.poolLimits);
    try {
        const interruptedRunsClosed = closeInterruptedRuns(db);
        db.transaction(() => manifest.organisations.forEach((facts) => recordOrganisationFacts(db, facts))).immediate();
        const run = startRun(db, { paths, manifest: options.manifest ?? null, jobs: options.jobs, startedAt });
        const loader = new ReportLoader(db);
        options.onStart?.(files.length);
        const entries = new Array(files.length);
        let done = 0;
        const finish = (index, entry) => {
            entries[index] = entry;
            options.onFileDone?.(entry, ++done, files.length);
        };
        const base = { error: null, organisation: null, assessments: [], loadedAs: null };
        // What a file is read with: the same bytes failed with the same cse and limits fail again.
        const readWith = JSON.stringify({ cse: CSE_VERSION, ...(options.readOptions ?? {}), maxHeapMb: options.poolLimits?.maxHeapMb ?? null });
        // Bounds what is read and held at once to a little more than the reader processes can parse.
        const limit = pLimit(options.jobs * 2);
        await Promise.all(files.map((path, index) => limit(async () => {
            const known = await sha256OfFile(path);
            const loaded = known ? loader.loadedDocument(known) : null;
            if (loaded) {
                return finish(index, { ...base, path, outcome: 'skipped', sha256: known, loadedAs: loaded.path, errorFindings: loaded.errorFindings, warningFindings: loaded.warningFindings });
            }
            const before = known && !options.retryFailed ? knownFailure(db, path, known, readWith) : null;
            if (before) {
                recordFailure(db, run, { path, sha256: known, ...before, readWith });
                return finish(index, { ...base, path, outcome: 'failed', sha256: known, error: { ...before, detail: null }, failedBefore: true, errorFindings: 0, warningFindings: 0 });
            }
            const parsed = await pool.parse({ path, readOptions: options.readOptions ?? {}, passages: true });
            const { output } = parsed;
            if (isFailure(output)) {
                recordFailure(db, run, { path, sha256: output.source.sha256, code: output.error.code, message: output.error.message, readWith });
                return finish(index, { ...base, path, outcome: 'failed', sha256: output.source.sha256, error: { ...output.error, detail: parsed.detail ?? null }, errorFindings: 0, warningFindings: 0 });
            }
            const organisation = manifest.organisationOfFile(path) ?? output.organisation;
            const result = loader.load({
                report: output,
                sizeBytes: parsed.sizeBytes ?? 0,
                passages: parsed.passages,
                organisation,
                importRunId: run,
                importedAt: new Date().toISOString(),
            });
            const entry = { ...base, path, sha256: output.source.sha256, organisation, errorFindings: result.errorFindings, warningFindings: result.warningFindings };
            if (result.outcome === 'already-loaded')
                return finish(index, { ...entry, outcome: 'skipped', loadedAs: result.path });
            const replaced = result.assessments.some((a) => a.effect === 'replaced');
            finish(index, { ...entry, outcome: replaced ? 'replaced' : 'imported', assessments: result.assessments });
        })));
        const counts = countBy(entries, (e) => e.outcome);
        const summary = {
            run,
            database: options.database,
            startedAt,
            finishedAt: new Date().toISOString(),
            seconds: (Date.now() - started) / 1000,
            jobs: options.jobs,
            interruptedRunsClosed,
            manifestWarnings: manifest.warnings,
            files: files.length,
            imported: counts.imported ?? 0,
            replaced: counts.replaced ?? 0,
            skipped: counts.skipped ?? 0,
            failed: counts.failed ?? 0,
            failedBefore: entries.filter((e) => e.failedBefore).length,
            failedByCode: countBy(entries, (e) => e.error?.code ?? null),
            withErrorFindings: entries.filter((e) => e.errorFindings > 0).length,
            copies: entries.filter((e) => e.outcome === 'imported' && e.assessments.length > 0 && e.assessments.every((a) => isCopy(a.effect))).length,
            readInPart: entries.filter((e) => e.assessments.some((a) => a.reading.partial)).length,
            entries,
        };
        finishRun(db, run, { filesFound: summary.files, imported: summary.imported, skipped: summary.skipped, replaced: summary.replaced, failed: summary.failed }, summary.finishedAt);
        const summaryFile = join(dirname(options.database), `import-${startedAt.replace(/[:.]/g, '-')}-run${run}.json`);
        await writeFile(summaryFile, `${JSON.stringify({ ...summary, summaryFile }, null, 2)}\n`);
        return { ...summary, summaryFile };
    }
    finally {
        await pool.close();
        db.close();
    }
}
//# sourceMappingURL=import.js.map