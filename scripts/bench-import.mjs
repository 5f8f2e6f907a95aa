#!/usr/bin/env node
/**
 * Import throughput with one and with two jobs over the same files, and peak memory; then where
 * the time goes (parsing, the single writer, starting the workers), to explain the ratio.
 *
 *   npm run build && node scripts/bench-import.mjs [--copies 50] [--rounds 2] [--json FILE]
 *
 * scripts/bench.mjs imports `measureImport` and runs it on its own corpus.
 *
 * The corpus is the Markdown report fixtures, each copied --copies times under its own
 * organisation name (scripts/make-corpus.mjs), in a temporary folder. Each import runs in a fresh
 * process on a fresh database; the best of --rounds is kept, as other work on the machine only
 * ever slows a round down. The load average and the cores each run kept busy are printed: where
 * two jobs keep fewer than two cores busy, other work on the machine had the rest, and the ratio
 * says more about the machine than about cse.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './make-corpus.mjs';

const DIST = new URL('../dist/', import.meta.url);

/** Runs `body` (an ES module's text) in a fresh Node process and returns the JSON it prints. */
export function inFreshProcess(body, nodeFlags = []) {
  const run = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', body], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`bench child failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function importRound(corpus, jobs, database, nodeFlags = []) {
  rmSync(database, { force: true });
  return inFreshProcess(`
    import { importReports } from ${JSON.stringify(new URL('pipeline/import.js', DIST).href)};
    const started = performance.now();
    const summary = await importReports([${JSON.stringify(corpus)}], { database: ${JSON.stringify(database)}, jobs: ${jobs} });
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, imported: summary.imported, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  `, nodeFlags);
}

/** Parse every file in this thread, then load them all: the two halves of an import, timed apart. */
function phases(corpus, database) {
  rmSync(database, { force: true });
  return inFreshProcess(`
    import { discover } from ${JSON.stringify(new URL('pipeline/discover.js', DIST).href)};
    import parseFile from ${JSON.stringify(new URL('pipeline/parse-file.js', DIST).href)};
    import { openDatabase } from ${JSON.stringify(new URL('db/open.js', DIST).href)};
    import { startRun } from ${JSON.stringify(new URL('db/import-runs.js', DIST).href)};
    import { ReportLoader } from ${JSON.stringify(new URL('db/load-report.js', DIST).href)};
    import { createParserPool } from ${JSON.stringify(new URL('pipeline/parser-pool.js', DIST).href)};
    const { files } = await discover([${JSON.stringify(corpus)}]);
    let t = performance.now();
    const parsed = [];
    for (const path of files) parsed.push(await parseFile({ path, readOptions: {} }));
    const parseSeconds = (performance.now() - t) / 1000;
    const db = openDatabase(${JSON.stringify(database)});
    const run = startRun(db, { paths: [], manifest: null, jobs: 1, startedAt: new Date().toISOString() });
    const loader = new ReportLoader(db);
    t = performance.now();
    for (const p of parsed) loader.load({ report: p.output, sizeBytes: p.sizeBytes, passages: p.passages, organisation: p.output.organisation, importRunId: run, importedAt: new Date().toISOString() });
    const writeSeconds = (performance.now() - t) / 1000;
    db.close();
    t = performance.now();
    const pool = createParserPool(2);
    await Promise.all([pool.parse({ path: files[0], readOptions: {} }), pool.parse({ path: files[1], readOptions: {} })]);
    // Less the one file each worker parsed: what is left is starting the threads and loading the code in each.
    const workerStartSeconds = (performance.now() - t) / 1000 - parseSeconds / files.length;
    await pool.close();
    console.log(JSON.stringify({ files: files.length, parseSeconds, writeSeconds, workerStartSeconds }));
  `);
}

/**
 * Imports the Markdown reports of `corpus` (a folder) with 1 and 2 jobs and with V8 on one
 * thread, best of `rounds`, then times parsing and writing apart; the database goes in `scratch`.
 */
export function measureImport(corpus, scratch, rounds = 2) {
  const files = readdirSync(corpus).length;
  const loadBefore = loadavg()[0];
  const best = {};
  // V8 collects garbage and compiles on helper threads, so even one job keeps more than one core
  // busy; the same run with V8 held to one thread shows what one core alone does.
  const configs = { 1: [1, []], 2: [2, []], oneCore: [1, ['--single-threaded']] };
  for (let round = 0; round < rounds; round++) {
    for (const [name, [jobs, flags]] of Object.entries(configs)) {
      const result = importRound(corpus, jobs, join(scratch, `${name}.sqlite`), flags);
      if (result.imported !== files) throw new Error(`${name}: imported ${result.imported} of ${files}`);
      if (!best[name] || result.seconds < best[name].seconds) best[name] = result;
    }
  }
  const split = phases(corpus, join(scratch, 'phases.sqlite'));
  const loadAfter = loadavg()[0];
  const rate = (jobs) => files / best[jobs].seconds;
  return {
    files,
    rounds,
    loadAverage: { before: loadBefore, after: loadAfter },
    jobs1: { ...best[1], filesPerSecond: rate(1), coresUsed: best[1].cpuSeconds / best[1].seconds },
    jobs2: { ...best[2], filesPerSecond: rate(2), coresUsed: best[2].cpuSeconds / best[2].seconds },
    jobs1OneCore: { ...best.oneCore, filesPerSecond: rate('oneCore'), coresUsed: best.oneCore.cpuSeconds / best.oneCore.seconds },
    ratio: rate(2) / rate(1),
    ratioToOneCore: rate(2) / rate('oneCore'),
    phases: {
      parseMsPerFile: (split.parseSeconds * 1000) / split.files,
      writeMsPerFile: (split.writeSeconds * 1000) / split.files,
      workerStartSeconds: split.workerStartSeconds,
      /** The most two jobs can gain on two cores: all the work (parsing and writing) spread over both, unless the one writer takes longer still; plus starting the workers. */
      idealRatio: (split.parseSeconds + split.writeSeconds) / (Math.max((split.parseSeconds + split.writeSeconds) / 2, split.writeSeconds) + split.workerStartSeconds),
    },
  };
}

/** The measurements as lines of text. */
export function describeImport(report, what) {
  const f = (n, d = 1) => n.toFixed(d);
  return [
    `cse import, ${report.files} ${what}, best of ${report.rounds}; load average ${f(report.loadAverage.before, 2)} before, ${f(report.loadAverage.after, 2)} after`,
    ...[
      ['--jobs 1', report.jobs1],
      ['--jobs 2', report.jobs2],
      ['--jobs 1, V8 on one thread', report.jobs1OneCore],
    ].map(([name, r]) => `  ${name.padEnd(27)} ${f(r.seconds, 2)} s  ${f(r.filesPerSecond)} files/s  ${f(r.cpuSeconds)} CPU s (${f(r.coresUsed, 2)} cores busy)  peak RSS ${f(r.peakRssMiB, 0)} MiB`),
    `  ratio jobs 2 / jobs 1: ${f(report.ratio, 2)}x; jobs 2 / one core: ${f(report.ratioToOneCore, 2)}x`,
    `Where the time goes: parse ${f(report.phases.parseMsPerFile)} ms/file, write ${f(report.phases.writeMsPerFile)} ms/file (one writer), two workers start in ${f(report.phases.workerStartSeconds, 2)} s; ideal ratio ${f(report.phases.idealRatio, 2)}x`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { copies: { type: 'string', default: '50' }, rounds: { type: 'string', default: '2' }, json: { type: 'string' } },
  });
  const copies = Number(values.copies);
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-'));
  try {
    const corpus = join(dir, 'reports');
    makeCorpus(corpus, copies);
    const report = measureImport(corpus, dir, Number(values.rounds));
    process.stdout.write(`${describeImport(report, `Markdown reports (${copies} copies of each fixture)`).join('\n')}\n`);
    if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
