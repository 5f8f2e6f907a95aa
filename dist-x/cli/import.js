/** `cse import`: load reports into the database, with progress on stderr and a summary on stdout. */
import { STAGE_NAMES } from '../parse/stages.js';
import { importReports, isCopy } from '../pipeline/import.js';
import { EXIT, failsGate } from './exit.js';
import { failureLines } from './failure-lines.js';
import { poolLimitsOf, readOptionsOf } from './limits.js';
import { progressOnStderr } from './progress.js';
import { plural, table } from '../text-format.js';
/** A line for a copy that read the assessment more or less than the copy loaded before it, or read it differently; none for a copy that agrees. */
function copyLine(e, a) {
    const disagreements = a.disagreements ? `; ${plural(a.disagreements, 'value')} read differently (table copy_disagreements)` : '';
    const kept = a.readMoreCompletely === 'this'
        ? `read more completely than ${a.otherIssue.join(', ')}: its reading is kept`
        : a.readMoreCompletely === 'other'
            ? `read less completely than ${a.otherIssue.join(', ')}, whose reading is kept`
            : disagreements
                ? `read as completely as ${a.otherIssue.join(', ')}; the reading kept is ${a.effect === 'preferred-copy' ? "this file's" : 'that one'}, by format (Word, Markdown, then PDF)`
                : null;
    return kept === null ? [] : [`  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'}: ${kept}${disagreements}`];
}
export function renderImportSummary(s, options = {}) {
    const lines = [`${s.database}: import run ${s.run}, ${plural(s.files, 'file')} in ${s.seconds.toFixed(1)} s with ${plural(s.jobs, 'job')}`, ''];
    const rows = [
        ['Imported', String(s.imported), s.copies ? `${s.copies} of them another copy (e.g. the Word file of a PDF) of assessments already loaded` : ''],
        ['Replaced an earlier issue', String(s.replaced), ''],
        ['Skipped, already loaded', String(s.skipped), ''],
        ['Failed', String(s.failed), s.failedBefore ? `${s.failedBefore} of them failed so before and not read again (--retry-failed reads them)` : ''],
        ...Object.entries(s.failedByCode).map(([code, n]) => [`  ${code}`, String(n), '']),
        ['Reports with error findings', String(s.withErrorFindings), ''],
        ['Reports read in part', String(s.readInPart), s.readInPart ? 'imported now; listed below' : ''],
    ];
    lines.push(table(rows));
    if (s.manifestWarnings.length)
        lines.push('', 'Manifest:', ...s.manifestWarnings.map((w) => `  warning: ${w}`));
    if (s.interruptedRunsClosed.length)
        lines.push('', `Earlier runs found interrupted (now marked so): ${s.interruptedRunsClosed.join(', ')}.`);
    const changes = s.entries.flatMap((e) => e.assessments
        .filter((a) => a.effect === 'replaced' || a.effect === 'outdated')
        .map((a) => a.effect === 'replaced'
        ? `  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'} replaces the earlier issue (${a.otherIssue.join(', ')})`
        : `  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'} is an earlier issue of ${a.otherIssue.join(', ')}; kept as superseded`));
    if (changes.length)
        lines.push('', 'Re-issued reports:', ...changes);
    const copies = s.entries.flatMap((e) => e.assessments.filter((a) => isCopy(a.effect)).flatMap((a) => copyLine(e, a)));
    if (copies.length)
        lines.push('', 'Copies of one report read differently (each assessment keeps the copy read more completely):', ...copies);
    const partial = s.entries.flatMap((e) => e.assessments.filter((a) => a.reading.partial).map((a) => `  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'}: ${a.reading.reasons.join('; ')}`));
    if (partial.length)
        lines.push('', 'Read in part (left out of cse bench rankings unless --include-partial; see cse check FILE):', ...partial);
    const failed = s.entries.filter((e) => e.outcome === 'failed');
    if (failed.length) {
        const lines_ = failureLines(failed.map((e) => ({ path: e.path, error: e.error.code, message: e.error.message })));
        lines.push('', 'Needs a person, could not be imported:', ...failed.flatMap((e, i) => [lines_[i], ...(options.verbose && e.error.detail ? [`    the reader said: ${e.error.detail}`] : [])]));
    }
    const withErrors = s.entries.filter((e) => e.errorFindings > 0);
    if (withErrors.length) {
        lines.push('', 'Needs a person, error findings (see them with cse check FILE):', table(withErrors.map((e) => [e.path, plural(e.errorFindings, 'error')])));
    }
    lines.push('', `Summary written to ${s.summaryFile}`);
    return lines.join('\n');
}
export async function runImport(paths, options) {
    const progress = progressOnStderr();
    let summary;
    try {
        summary = await importReports(paths, {
            database: options.db,
            manifest: options.manifest,
            jobs: options.jobs,
            exclude: options.exclude,
            readOptions: readOptionsOf(options),
            poolLimits: poolLimitsOf(options),
            retryFailed: options.retryFailed,
            onStart: (total) => progress.start(total),
            onFileDone: (entry, done, total) => progress.fileDone(entry, done, total),
        });
    }
    finally {
        progress.stop();
    }
    process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${renderImportSummary(summary, options)}\n`);
    return failsGate(options.failOn, summary.entries.map((e) => ({ ...e, failed: e.outcome === 'failed' }))) ? EXIT.findings : EXIT.ok;
}
//# sourceMappingURL=import.js.map