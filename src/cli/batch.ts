/** `cse batch`: every report in some files and folders, one record each, and a summary. One bad file never stops the batch. */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { isFailure } from '../failure.js';
import { discover } from '../pipeline/discover.js';
import { createParserPool } from '../pipeline/parser-pool.js';
import type { ExtractOutput } from '../schema/report.js';
import { STAGE_NAMES } from '../parse/stages.js';
import { poolLimitsOf, readOptionsOf, verboseDetail, type ReadLimits } from './limits.js';
import { plural, table } from '../text-format.js';
import { severityCounts } from './render.js';

export interface BatchOptions extends ReadLimits {
  out: string;
  json?: boolean;
}

export interface BatchEntry {
  path: string;
  record: string;
  outcome: 'extracted' | 'failed';
  error: string | null;
  template: string | null;
  organisation: string | null;
  stages: string[];
  findings: { error: number; warning: number; info: number };
}

function recordPath(out: string, roots: readonly string[], file: string): string {
  const root = roots.find((r) => resolve(file).startsWith(resolve(r) + '/'));
  const rel = root ? join(basename(resolve(root)), relative(root, file)) : basename(file);
  return join(out, `${rel}.json`);
}

function entryOf(path: string, record: string, output: ExtractOutput): BatchEntry {
  if (isFailure(output)) {
    return { path, record, outcome: 'failed', error: output.error.code, template: null, organisation: null, stages: [], findings: { error: 0, warning: 0, info: 0 } };
  }
  return {
    path,
    record,
    outcome: 'extracted',
    error: null,
    template: output.template,
    organisation: output.organisation,
    stages: output.assessments.filter((a) => a.status === 'completed').map((a) => a.stage),
    findings: severityCounts(output.findings),
  };
}

export async function runBatch(paths: string[], options: BatchOptions): Promise<number> {
  const files = await discover(paths);
  const entries: BatchEntry[] = [];
  // As `cse import` reads them: in a worker with a heap of its own, stopped if it runs past the time limit.
  const pool = createParserPool(1, poolLimitsOf(options));
  try {
    for (const [index, file] of files.entries()) {
      process.stderr.write(`[${index + 1}/${files.length}] ${file}\n`);
      const { output, detail } = await pool.parse({ path: file, readOptions: readOptionsOf(options) });
      if (isFailure(output)) process.stderr.write(verboseDetail(options, detail));
      const record = recordPath(options.out, paths, file);
      await mkdir(dirname(record), { recursive: true });
      await writeFile(record, `${JSON.stringify(output, null, 2)}\n`);
      entries.push(entryOf(file, record, output));
    }
  } finally {
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
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return 0;
  }
  const rows = [['File', 'Result', 'Organisation', 'Stages', 'Findings']];
  for (const e of entries) {
    rows.push([
      e.path,
      e.outcome === 'extracted' ? e.template! : `failed: ${e.error}`,
      e.outcome === 'extracted' ? (e.organisation ?? '(not named)') : '',
      e.stages.map((s) => STAGE_NAMES[s as keyof typeof STAGE_NAMES]).join('; '),
      e.outcome === 'extracted' ? `${e.findings.error} E, ${e.findings.warning} W, ${e.findings.info} I` : '',
    ]);
  }
  process.stdout.write(`${table(rows, '')}\n\n`);
  const failedText = Object.entries(summary.failedByCode).map(([code, n]) => `${n} ${code}`).join(', ');
  process.stdout.write(
    `${plural(summary.files, 'file')}: ${summary.extracted} extracted, ${summary.failed} failed${failedText ? ` (${failedText})` : ''}; ${plural(summary.withErrorFindings, 'report')} with error findings.\nRecords and summary.json written to ${options.out}/\n`,
  );
  return 0;
}
