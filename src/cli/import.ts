/** `cse import`: load reports into the database, with progress on stderr and a summary on stdout. */
import { STAGE_NAMES } from '../parse/stages.js';
import { importReports, type ImportSummary } from '../pipeline/import.js';
import { readOptionsOf, type ReadLimits } from './limits.js';
import { progressOnStderr } from './progress.js';
import { plural, table } from '../text-format.js';

export interface ImportCommandOptions extends ReadLimits {
  db: string;
  manifest?: string;
  jobs: number;
  json?: boolean;
}

export function renderImportSummary(s: ImportSummary): string {
  const lines = [`${s.database}: import run ${s.run}, ${plural(s.files, 'file')} in ${s.seconds.toFixed(1)} s with ${plural(s.jobs, 'job')}`, ''];
  const rows = [
    ['Imported', String(s.imported), s.copies ? `${s.copies} of them another copy (e.g. the Word file of a PDF) of assessments already loaded` : ''],
    ['Replaced an earlier issue', String(s.replaced), ''],
    ['Skipped, already loaded', String(s.skipped), ''],
    ['Failed', String(s.failed), ''],
    ...Object.entries(s.failedByCode).map(([code, n]) => [`  ${code}`, String(n), '']),
    ['Reports with error findings', String(s.withErrorFindings), ''],
  ];
  lines.push(table(rows));
  if (s.interruptedRunsClosed.length) lines.push('', `Earlier runs found interrupted (now marked so): ${s.interruptedRunsClosed.join(', ')}.`);

  const changes = s.entries.flatMap((e) =>
    e.assessments
      .filter((a) => a.effect === 'replaced' || a.effect === 'outdated')
      .map((a) =>
        a.effect === 'replaced'
          ? `  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'} replaces the earlier issue (${a.otherIssue.join(', ')})`
          : `  ${e.path}: ${STAGE_NAMES[a.stage]} of ${e.organisation ?? 'an unnamed organisation'} is an earlier issue of ${a.otherIssue.join(', ')}; kept as superseded`,
      ),
  );
  if (changes.length) lines.push('', 'Re-issued reports:', ...changes);
  const failed = s.entries.filter((e) => e.outcome === 'failed');
  if (failed.length) lines.push('', 'Needs a person, could not be imported:', ...failed.flatMap((e) => [`  ${e.error!.code}: ${e.path}`, `    ${e.error!.message}`]));
  const withErrors = s.entries.filter((e) => e.errorFindings > 0);
  if (withErrors.length) {
    lines.push('', 'Needs a person, error findings (see them with cse check FILE):', table(withErrors.map((e) => [e.path, plural(e.errorFindings, 'error')])));
  }
  lines.push('', `Summary written to ${s.summaryFile}`);
  return lines.join('\n');
}

export async function runImport(paths: string[], options: ImportCommandOptions): Promise<number> {
  const progress = progressOnStderr();
  let summary: ImportSummary;
  try {
    summary = await importReports(paths, {
      database: options.db,
      manifest: options.manifest,
      jobs: options.jobs,
      readOptions: readOptionsOf(options),
      onStart: (total) => progress.start(total),
      onFileDone: (entry, done, total) => progress.fileDone(entry, done, total),
    });
  } finally {
    progress.stop();
  }
  process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : `${renderImportSummary(summary)}\n`);
  return 0;
}
