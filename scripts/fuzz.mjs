#!/usr/bin/env node
/**
 * The fuzz harness: mutates the fixtures (scripts/fuzz/mutations.mjs) and special files, reads
 * every case as `cse extract` does (the parser pool, default limits but --max-seconds), runs the
 * real CLI's `extract` on a sample, then `cse import` over the whole folder, and reports per
 * outcome. Exit 1 when any case hangs, reaches an internal error, prints a stack trace, or when
 * the import does not account for every file.
 *
 *   npm run fuzz -- [--seed 1] [--count 300] [--jobs 2] [--max-seconds 10] [--scale 1] [--cli-every 10] [--out DIR] [--resume] [--phases read,cli,import] [--cases FIRST-LAST] [--json]
 *
 * The reading is shared among --jobs processes, each reading one case at a time, so each case's
 * peak resident memory (Linux's VmHWM, reset before the case) is its process's, whatever the jobs.
 * Each case's outcome is appended to DIR.results.jsonl as it is read, each CLI run's to
 * DIR.cli.jsonl, and the import loads DIR.sqlite: a run stopped part-way is taken up again with
 * --resume and the same --out, doing only what is not yet done.
 *
 * --phases runs only some of the three (reading, the CLI sample, the import): the cases are made
 * from the seed alone, so a long run too long for one sitting can read the cases in one and import
 * the same cases, made again, in another. --cases reads (and samples for the CLI) only the cases
 * numbered FIRST to LAST of them, so the reading itself can be shared among sittings; the report
 * then counts only those.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, MUTATIONS, SPECIAL_FILES } from './fuzz/mutations.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');
const SELF = fileURLToPath(import.meta.url);

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    count: { type: 'string', default: '300' },
    jobs: { type: 'string', default: '2' },
    'max-seconds': { type: 'string', default: '10' },
    scale: { type: 'string', default: '1' },
    'cli-every': { type: 'string', default: '10' },
    out: { type: 'string' },
    resume: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    phases: { type: 'string', default: 'read,cli,import' },
    cases: { type: 'string' },
    // Internal: this process is one reader of the cases in --out, the kth of n ("k/n").
    shard: { type: 'string' },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
const jobs = Number(values.jobs);
const maxSeconds = Number(values['max-seconds']);
const scale = Number(values.scale);
const cliEvery = Number(values['cli-every']);
const [firstCase, lastCase] = values.cases ? values.cases.split('-').map(Number) : [1, Infinity];
if (!(firstCase >= 1 && lastCase >= firstCase)) {
  process.stderr.write(`cse fuzz: --cases takes FIRST-LAST, case numbers from 1 (for example 5001-10000), not "${values.cases}"\n`);
  process.exit(2);
}
/** Whether a case is one of those --cases names, by the number in its name. */
const inRange = (c) => {
  const n = Number(CASE_NAME.exec(c.path.split('/').at(-1))?.[1]);
  return n >= firstCase && n <= lastCase;
};
const PHASES = ['read', 'cli', 'import'];
const phases = new Set(values.phases.split(',').map((p) => p.trim()));
const unknownPhase = [...phases].find((p) => !PHASES.includes(p));
if (unknownPhase) {
  process.stderr.write(`cse fuzz: no phase "${unknownPhase}": --phases takes some of ${PHASES.join(', ')}, joined by commas\n`);
  process.exit(2);
}
/** Past the pool's own stop (the limit, plus 10 s for a PDF), a case still unanswered is a hang. */
const HANG_SECONDS = maxSeconds + 10 + 30;
const STACK_TRACE = /\n\s+at |internal error|FATAL ERROR|This is a bug in cse/;
const CASE_NAME = /^case-(\d+)-(.+)\.(md|docx|pdf)$/;

const SEEDS = ['fixtures/reports', 'fixtures/word', 'fixtures/pdf', 'fixtures/zoo']
  .flatMap((dir) => readdirSync(join(ROOT, dir)).map((f) => join(dir, f)))
  .filter((f) => /\.(md|docx|pdf)$/.test(f))
  .sort();

const formatOf = (path) => extname(path).slice(1);
/** The files a run keeps beside its folder: each read's outcome, each CLI run's, and the import's database. */
const beside = (dir, suffix) => `${dir.replace(/\/+$/, '')}${suffix}`;
const resultsOf = (dir) => beside(dir, '.results.jsonl');
const cliResultsOf = (dir) => beside(dir, '.cli.jsonl');
const dbOf = (dir) => beside(dir, '.sqlite');
const runFiles = (dir) => [resultsOf(dir), cliResultsOf(dir), ...['', '-wal', '-shm'].map((end) => `${dbOf(dir)}${end}`)];

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

/** The cases already written in `dir` (a run taken up again), by their names. */
function casesIn(dir) {
  return readdirSync(dir)
    .map((name) => CASE_NAME.exec(name))
    .filter(Boolean)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map(([name, , kind]) => ({ path: join(dir, name), mutation: SPECIAL_FILES.includes(kind) ? `special-${kind}` : kind, from: null }));
}

/** The outcomes already read, by case path (the last line for a path wins). */
function readResults(file) {
  if (!existsSync(file)) return new Map();
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  return new Map(lines.flatMap((line) => {
    try {
      const r = JSON.parse(line);
      return [[r.path, r]];
    } catch {
      return []; // a line cut by a stop part-way: that case is read again
    }
  }));
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

/** The parser pool's child processes: the processes whose parent is this one (Linux's /proc; none elsewhere). */
function children() {
  try {
    return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((pid) => {
      try {
        // The parent's pid is the field after the command, which is in brackets and may hold spaces.
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1]) === process.pid;
      } catch {
        return false; // ended since the folder was listed
      }
    });
  } catch {
    return [];
  }
}

/** The peak resident memory of the child that read the case, in MB (Linux); null where it cannot be read. */
function peakRssMb() {
  const peaks = children().flatMap((pid) => {
    try {
      return [Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024];
    } catch {
      return [];
    }
  });
  return peaks.length ? Math.max(...peaks) : null;
}

/** Starts each child's peak again from its present memory, so a case's peak is its own. */
function resetPeakRss() {
  for (const pid of children()) {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
    } catch {
      // Not Linux, not allowed, or ended: the peak then runs on from earlier cases.
    }
  }
}

/** One reader: reads its share of the cases, one at a time, and appends each outcome to the results. */
async function readShard(dir, shard) {
  const [k, n] = shard.split('/').map(Number);
  const resultsFile = resultsOf(dir);
  const done = readResults(resultsFile);
  const mine = casesIn(dir).filter(inRange).filter((c, i) => i % n === k && !done.has(c.path));
  const { createParserPool } = await import('../dist/pipeline/parser-pool.js');
  const pool = createParserPool(1);
  let read = 0;
  try {
    for (const c of mine) {
      const started = Date.now();
      resetPeakRss();
      let timer;
      const hang = new Promise((resolve) => { timer = setTimeout(() => resolve('hang'), HANG_SECONDS * 1000); });
      const result = { path: c.path, mutation: c.mutation };
      try {
        const parsed = await Promise.race([pool.parse({ path: c.path, readOptions: { maxSeconds } }), hang]);
        result.outcome = parsed === 'hang' ? 'hang' : 'error' in parsed.output ? `failed: ${parsed.output.error.code}` : 'extracted';
      } catch (error) {
        result.outcome = 'internal-error';
        result.detail = String(error?.stack ?? error);
      }
      clearTimeout(timer);
      result.seconds = (Date.now() - started) / 1000;
      result.peakRssMb = peakRssMb();
      appendFileSync(resultsFile, `${JSON.stringify(result)}\n`);
      if (++read % 100 === 0) process.stderr.write(`reader ${k + 1} of ${n}: ${read} of ${mine.length} read\n`);
      // A hung read holds the pool's one child: the rest of this share cannot be read after it.
      if (result.outcome === 'hang') break;
    }
  } finally {
    await pool.close();
  }
}

if (values.shard) {
  await readShard(values.out, values.shard);
  process.exit(0);
}

/** Reads every case not yet read, in --jobs reader processes. */
async function readAll(dir) {
  const args = ['--out', dir, '--max-seconds', String(maxSeconds), ...(values.cases ? ['--cases', values.cases] : [])];
  await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise((resolve) => {
    const child = spawn(process.execPath, [SELF, ...args, '--shard', `${k}/${jobs}`], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', resolve);
  })));
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
  appendFileSync(cliResultsOf(dir), `${JSON.stringify({ path: c.path, cli: c.cli, cliStderr: c.cliStderr })}\n`);
}

async function inParallel(items, limit, work) {
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) await work(items[next++]);
  }));
}

const dir = values.out ?? mkdtempSync(join(tmpdir(), `cse-fuzz-${seed}-`));
const resuming = values.resume && values.out && existsSync(dir) && casesIn(dir).length > 0;
mkdirSync(dir, { recursive: true });
const started = Date.now();
let cases;
let close = () => {};
if (resuming) cases = casesIn(dir);
else if (casesIn(dir).length > 0) {
  process.stderr.write(`cse fuzz: ${dir} holds the cases of an earlier run: add --resume to read the rest of them, or give an empty folder\n`);
  process.exit(2);
} else {
  for (const file of runFiles(dir)) rmSync(file, { force: true });
  ({ cases, close } = await makeCases(dir, createRandom(seed)));
}

// The cases --cases names: read, sampled and reported on. The import takes the whole folder.
const chosen = cases.filter(inRange);
if (phases.has('read')) {
  await readAll(dir);
  const results = readResults(resultsOf(dir));
  for (const c of chosen) Object.assign(c, results.get(c.path) ?? { outcome: 'not-read', detail: 'its reader stopped before it (after a hang): run again with --resume' });
} else for (const c of chosen) Object.assign(c, { outcome: 'read phase not run', seconds: 0 });

const sampled = phases.has('cli') ? chosen.filter((c, i) => i % cliEvery === 0 || c.mutation.startsWith('special-')) : [];
// The CLI's outcomes already found (a run taken up again) are not found again.
const cliDone = readResults(cliResultsOf(dir));
for (const c of sampled) Object.assign(c, cliDone.get(c.path) ? { cli: cliDone.get(c.path).cli, cliStderr: cliDone.get(c.path).cliStderr } : {});
await inParallel(sampled.filter((c) => c.cli === undefined), jobs, cliCase);

// The import's database lies beside the folder, so a run taken up again goes on with it: what it
// loaded is skipped, and its summary still accounts for every file.
const db = dbOf(dir);
const imported = phases.has('import') ? await run(process.execPath, [CLI, 'import', dir, '--db', db, '--json', '--jobs', String(jobs), '--max-seconds', String(maxSeconds)], (HANG_SECONDS * cases.length) * 1000) : null;
close();
const importProblems = [];
let summary = null;
try {
  if (imported) summary = JSON.parse(imported.stdout);
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
if (imported && imported.status !== 0) importProblems.push(`import exit ${imported.status}`);
if (imported && STACK_TRACE.test(imported.stderr)) importProblems.push('stack trace or internal error on the import\'s stderr');

const tally = (key) => chosen.reduce((t, c) => ((t[key(c)] = (t[key(c)] ?? 0) + 1), t), {});
const byOutcome = tally((c) => c.outcome);
const report = {
  seed,
  count: chosen.length,
  cases: values.cases ?? `1-${cases.length}`,
  resumed: Boolean(resuming),
  phases: PHASES.filter((p) => phases.has(p)),
  jobs,
  maxSeconds,
  scale,
  folder: dir,
  seconds: (Date.now() - started) / 1000,
  byOutcome,
  byMutation: Object.fromEntries(Object.entries(tally((c) => c.mutation)).sort()),
  hangs: byOutcome.hang ?? 0,
  internalErrors: byOutcome['internal-error'] ?? 0,
  notRead: byOutcome['not-read'] ?? 0,
  slowest: [...chosen].sort((a, b) => b.seconds - a.seconds).slice(0, 5).map((c) => ({ path: c.path, mutation: c.mutation, outcome: c.outcome, seconds: c.seconds })),
  peakRssMb: Math.max(...chosen.map((c) => c.peakRssMb ?? 0)),
  peakRssCase: [...chosen].sort((a, b) => (b.peakRssMb ?? 0) - (a.peakRssMb ?? 0))[0]?.path,
  cli: { run: sampled.length, problems: sampled.filter((c) => c.cli !== 'ok').map((c) => ({ path: c.path, mutation: c.mutation, problem: c.cli, stderr: c.cliStderr })) },
  import: summary ? { files: summary.files, imported: summary.imported, skipped: summary.skipped, failed: summary.failed, failedByCode: summary.failedByCode, seconds: summary.seconds, problems: importProblems } : { problems: importProblems },
  problems: chosen.filter((c) => ['hang', 'internal-error', 'not-read'].includes(c.outcome)).map((c) => ({ path: c.path, mutation: c.mutation, outcome: c.outcome, detail: c.detail })),
};
const failed = report.hangs + report.internalErrors + report.notRead + report.cli.problems.length + importProblems.length > 0;
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  process.stdout.write(`cse fuzz: seed ${seed}, ${chosen.length} cases${values.cases ? ` (numbers ${values.cases} of ${cases.length})` : ''}${resuming ? ' (resumed)' : ''} in ${report.seconds.toFixed(0)} s (${jobs} jobs, --max-seconds ${maxSeconds}, scale ${scale}), in ${dir}\n\n`);
  for (const [outcome, n] of Object.entries(byOutcome).sort()) process.stdout.write(`  ${outcome.padEnd(28)} ${n}\n`);
  process.stdout.write(`\n  hangs ${report.hangs}, internal errors ${report.internalErrors}; CLI extract on ${sampled.length}: ${report.cli.problems.length} problems\n`);
  if (phases.has('read')) process.stdout.write(`  peak RSS of the child process reading a case ${report.peakRssMb.toFixed(0)} MB (at ${report.peakRssCase})\n`);
  if (!imported) process.stdout.write('  import: not run\n');
  else process.stdout.write(`  import: ${summary ? `${summary.files} files, ${summary.imported} imported, ${summary.failed} failed, in ${summary.seconds.toFixed(0)} s` : 'no summary'}${importProblems.length ? `; ${importProblems.join('; ')}` : ', every file accounted for'}\n`);
  for (const p of [...report.problems, ...report.cli.problems]) process.stdout.write(`  PROBLEM ${JSON.stringify(p)}\n`);
}
if (!values.out && !failed) {
  rmSync(dir, { recursive: true, force: true });
  for (const file of runFiles(dir)) rmSync(file, { force: true });
}
process.exitCode = failed ? 1 : 0;
