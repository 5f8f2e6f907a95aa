/** `cse extract` and `cse check` on one file. */
import { applyConfig, DEFAULT_CONFIG, loadConfig, type CheckConfig, type FailOn } from '../check/config.js';
import { verdictLine, verdictOf } from '../check/verdict.js';
import { isCseError } from '../errors.js';
import { isFailure } from '../failure.js';
import { createParserPool } from '../pipeline/parser-pool.js';
import { atLeast } from '../rules/index.js';
import type { ExtractOutput, Report } from '../schema/report.js';
import { DEFAULT_SCHEME } from '../standard/scheme.js';
import { poolLimitsOf, readOptionsOf, verboseDetail, type ReadLimits } from './limits.js';
import { renderFindings, renderReport } from './render.js';

export interface SingleOptions extends ReadLimits {
  json?: boolean;
}

export interface CheckOptions extends SingleOptions {
  /** Overrides the configuration's failOn. */
  failOn?: FailOn;
  config?: string;
}

export const EXIT = { ok: 0, findings: 1, bug: 1, usage: 1, unreadable: 2 } as const;

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** The file's record, read as `cse import` reads it: in a worker with a heap of its own, stopped if it runs past the time limit. */
async function extractOne(file: string, limits: ReadLimits): Promise<ExtractOutput> {
  const pool = createParserPool(1, poolLimitsOf(limits));
  try {
    const { output, detail } = await pool.parse({ path: file, readOptions: readOptionsOf(limits) });
    if (isFailure(output)) process.stderr.write(`cse: ${output.error.message}\n${verboseDetail(limits, detail)}`);
    return output;
  } finally {
    await pool.close();
  }
}

export async function runExtract(file: string, options: SingleOptions): Promise<number> {
  const output = await extractOne(file, options);
  if (options.json) print(JSON.stringify(output, null, 2));
  if (isFailure(output)) return EXIT.unreadable;
  if (!options.json) print(renderReport(output));
  return EXIT.ok;
}

/** Each stage's verdict as data, beside the findings. */
function stagesOf(report: Report) {
  return report.assessments.map((a) => {
    if (a.status === 'not-started') return { stage: a.stage, status: a.status, meets: null, verdict: null };
    const verdict = verdictOf(a, DEFAULT_SCHEME, report);
    return { stage: a.stage, status: a.status, meets: verdict.meets, verdict: verdictLine(verdict) };
  });
}

export async function runCheck(file: string, options: CheckOptions): Promise<number> {
  let config: CheckConfig = DEFAULT_CONFIG;
  if (options.config) {
    try {
      config = await loadConfig(options.config);
    } catch (error) {
      if (!isCseError(error)) throw error;
      process.stderr.write(`cse: ${error.message}\n`);
      return EXIT.usage;
    }
  }
  const failOn = options.failOn ?? config.failOn;
  const extracted = await extractOne(file, options);
  if (isFailure(extracted)) {
    if (options.json) print(JSON.stringify(extracted, null, 2));
    return EXIT.unreadable;
  }
  // Extraction (in a worker, for a PDF) checks with the default configuration; this one is applied to what it found.
  const output = { ...extracted, findings: applyConfig(extracted.findings, config) };
  if (options.json) {
    print(JSON.stringify({ schemaVersion: output.schemaVersion, source: output.source, failOn, stages: stagesOf(output), findings: output.findings }, null, 2));
  } else {
    print(renderFindings(output, DEFAULT_SCHEME));
  }
  return output.findings.some((f) => atLeast(f.severity, failOn)) ? EXIT.findings : EXIT.ok;
}
