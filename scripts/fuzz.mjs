#!/usr/bin/env node
/**
 * The fuzz harness: mutates the fixtures (scripts/fuzz/mutations.mjs) and special files, reads
 * every case as `cse extract` does (the parser pool, default limits but --max-seconds), runs the
 * real CLI's `extract` on a sample, then `cse import` over the whole folder, and reports per
 * outcome. Exit 1 when any case hangs, reaches an internal error, prints a stack trace, or when
 * the import does not account for every file.
 *
 *   npm run fuzz -- [--seed 1] [--count 300] [--jobs 2] [--max-seconds 10] [--scale 1] [--cli-every 10] [--out DIR] [--json]
 *
 * With --jobs 1 each case is read alone and its peak resident memory (the process's, Linux's
 * VmHWM reset before each case) is reported; with more jobs, the peak of the whole run.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, MUTATIONS, SPECIAL_FILES } from './fuzz/mutations.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const { createParserPool } = await import('../dist/pipeline/parser-pool.js');

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '300' },
    jobs: { type: 'string', default: '2' },
    'max-seconds': { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
    'cli-every': { type: 'string', default: '10' },
    out: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const jobs = Number(values.jobs);
const maxSeconds = Number(values['max-seconds']);
const scale = Number(values.scale);
const cliEvery = Number(values['cli-every']);
/** Past the pool's own stop (the limit, plus 10 s for a PDF), a case still unanswered is a hang. */
const HANG_SECONDS = maxSeconds + 10 + 30;
const STACK_TRACE = /\n\s+at |internal error|FATAL ERROR|This is a bug in cse/;

const SEEDS = ['fixtures/reports', 'fixtures/word', 'fixtures/pdf', 'fixtures/zoo']
  .flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => join(dir, f)))
  .filter((f) => /\.(md|docx|pdf)$/.test(f))
  .sort();

const formatOf = (path) => extname(path).slice(1);

/** Writes the cases into `dir`; returns them, each with its mutation and the fixture it came from. */
async function makeCases(dir, rng) {
  const cases = [];
  const servers = [];
  for (let i = 1; i <= count; i++) {
    const id = String(i).padStart(5, '0');
    if (rng.next() < 0.02) {
      const kind = rng.pick(SPECIAL_FILES);
      const path = join(dir, `case-${id}-${kind}.${rng.pick(['md', 'docx', 'pdf'])}`);
      if (kind === 'fifo') await run('mkfifo', [path]);
      else if (kind === 'socket') servers.push(await new Promise((resolve) => { const s = createServer().listen(path, () => resolve(s)); }));
      else if (kind === 'device-link') symlinkSync('/dev/zero', path);
      else mkdirSync(path);
      cases.push({ path, mutation: `special-${kind}`, from: null });
      continue;
    }
    const from = rng.pick(SEEDS);
    const format = formatOf(from);
    const names = Object.keys(MUTATIONS).filter((m) => MUTATIONS[m].formats.includes(format));
    const mutation = rng.pick(names);
    const bytes = await MUTATIONS[mutation].apply(readFileSync(join(ROOT, from)), rng, format, scale);
    const path = join(dir, `case-${id}-${mutation}.${format}`);
    writeFileSync(path, bytes);
    cases.push({ path, mutation, from });
  }
  return { cases, close: () => servers.forEach((s) => s.close()) };
}

function run(command, args, killAfterMs) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    const timer = killAfterMs ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : null;
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
}

/** Linux's peak resident memory of this process (threads included), in MB; null elsewhere. */
function peakRssMb() {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024;
  } catch {
    return null;
  }
}

function resetPeakRss() {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
  } catch {
    // Not Linux, or not allowed: the run's peak is reported instead.
  }
}

let read = 0;

async function readCase(pool, c) {
  const started = Date.now();
  if (jobs === 1) resetPeakRss();
  const hang = new Promise((resolve) => setTimeout(() => resolve('hang'), HANG_SECONDS * 1000).unref());
  let outcome;
  try {
    const parsed = await Promise.race([pool.parse({ path: c.path, readOptions: { maxSeconds } }), hang]);
    outcome = parsed === 'hang' ? 'hang' : 'error' in parsed.output ? `failed: ${parsed.output.error.code}` : 'extracted';
  } catch (error) {
    outcome = 'internal-error';
    c.detail = String(error?.stack ?? error);
  }
  c.outcome = outcome;
  c.seconds = (Date.now() - started) / 1000;
  if (++read % 100 === 0) process.stderr.write(`${read} of ${count} read\n`);
  if (jobs === 1) c.peakRssMb = peakRssMb();
}

/** The real CLI on one case: exit 0 or 2, one JSON object on stdout, no stack trace. */
async function cliCase(c) {
  const r = await run(process.execPath, [CLI, 'extract', c.path, '--json', '--max-seconds', String(maxSeconds)], HANG_SECONDS * 1000);
  let json = true;
  try {
    JSON.parse(r.stdout);
  } catch {
    json = false;
  }
  const problems = [];
  if (r.signal) problems.push(`killed (${r.signal}): a hang`);
  else if (r.status !== 0 && r.status !== 2) problems.push(`exit ${r.status}`);
  if (!json) problems.push('stdout is not one JSON object');
  if (STACK_TRACE.test(r.stderr)) problems.push('stack trace or internal error on stderr');
  c.cli = problems.length ? problems.join('; ') : 'ok';
  if (problems.length) c.cliStderr = r.stderr.slice(0, 2000);
}

async function inParallel(items, limit, work) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const dir = values.out ?? mkdtempSync(join(tmpdir(), `cse-fuzz-${seed}-`));
mkdirSync(dir, { recursive: true });
const started = Date.now();
const { cases, close } = await makeCases(dir, createRandom(seed));

const pool = createParserPool(jobs);
try {
  await inParallel(cases, jobs, (c) => readCase(pool, c));
} finally {
  await pool.close();
}
const sampled = cases.filter((c, i) => i % cliEvery === 0 || c.mutation.startsWith('special-'));
await inParallel(sampled, jobs, cliCase);

const db = join(mkdtempSync(join(tmpdir(), 'cse-fuzz-db-')), 'cse.sqlite');
const imported = await run(process.execPath, [CLI, 'import', dir, '--db', db, '--json', '--jobs', String(jobs), '--max-seconds', String(maxSeconds)], (HANG_SECONDS * cases.length) * 1000);
close();
const importProblems = [];
let summary = null;
try {
  summary = JSON.parse(imported.stdout);
} catch {
  importProblems.push(`no summary (exit ${imported.status}, ${imported.signal ?? 'no signal'}): ${imported.stderr.slice(0, 500)}`);
}
if (summary) {
  const accounted = summary.imported + summary.replaced + summary.skipped + summary.failed;
  // A folder named like a report is walked, not counted: every other case is one file of the import.
  const files = cases.filter((c) => c.mutation !== 'special-folder').length;
  if (summary.files !== files) importProblems.push(`${summary.files} files found of ${files}`);
  if (accounted !== summary.files || summary.entries.some((e) => !e)) importProblems.push(`${accounted} of ${summary.files} files accounted for`);
}
if (imported.status !== 0) importProblems.push(`import exit ${imported.status}`);
if (STACK_TRACE.test(imported.stderr)) importProblems.push('stack trace or internal error on the import\'s stderr');

const tally = (key) => cases.reduce((t, c) => ((t[key(c)] = (t[key(c)] ?? 0) + 1), t), {});
const byOutcome = tally((c) => c.outcome);
const report = {
  seed,
  count,
  jobs,
  maxSeconds,
  scale,
  folder: dir,
  seconds: (Date.now() - started) / 1000,
  byOutcome,
  byMutation: Object.fromEntries(Object.entries(tally((c) => c.mutation)).sort()),
  hangs: byOutcome.hang ?? 0,
  internalErrors: byOutcome['internal-error'] ?? 0,
  slowest: [...cases].sort((a, b) => b.seconds - a.seconds).slice(0, 5).map((c) => ({ path: c.path, mutation: c.mutation, outcome: c.outcome, seconds: c.seconds })),
  peakRssMb: jobs === 1 ? Math.max(...cases.map((c) => c.peakRssMb ?? 0)) : peakRssMb(),
  peakRssIs: jobs === 1 ? 'the largest of each case read alone' : `the whole run, ${jobs} cases at once`,
  cli: { run: sampled.length, problems: sampled.filter((c) => c.cli !== 'ok').map((c) => ({ path: c.path, mutation: c.mutation, problem: c.cli, stderr: c.cliStderr })) },
  import: summary ? { files: summary.files, imported: summary.imported, skipped: summary.skipped, failed: summary.failed, failedByCode: summary.failedByCode, seconds: summary.seconds, problems: importProblems } : { problems: importProblems },
  problems: cases.filter((c) => c.outcome === 'hang' || c.outcome === 'internal-error').map((c) => ({ path: c.path, mutation: c.mutation, outcome: c.outcome, detail: c.detail })),
};
const failed = report.hangs + report.internalErrors + report.cli.problems.length + importProblems.length > 0;
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  process.stdout.write(`cse fuzz: seed ${seed}, ${count} cases in ${report.seconds.toFixed(0)} s (${jobs} jobs, --max-seconds ${maxSeconds}, scale ${scale}), in ${dir}\n\n`);
  for (const [outcome, n] of Object.entries(byOutcome).sort()) process.stdout.write(`  ${outcome.padEnd(28)} ${n}\n`);
  process.stdout.write(`\n  hangs ${report.hangs}, internal errors ${report.internalErrors}; CLI extract on ${sampled.length}: ${report.cli.problems.length} problems\n`);
  process.stdout.write(`  peak RSS ${report.peakRssMb?.toFixed(0)} MB (${report.peakRssIs})\n`);
  process.stdout.write(`  import: ${summary ? `${summary.files} files, ${summary.imported} imported, ${summary.failed} failed, in ${summary.seconds.toFixed(0)} s` : 'no summary'}${importProblems.length ? `; ${importProblems.join('; ')}` : ', every file accounted for'}\n`);
  for (const p of [...report.problems, ...report.cli.problems]) process.stdout.write(`  PROBLEM ${JSON.stringify(p)}\n`);
}
if (!values.out && !failed) rmSync(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
