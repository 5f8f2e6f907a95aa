#!/usr/bin/env node
/**
 * How fast `cse bench` answers as the data grows: builds a synthetic database of N completed
 * assessments (default 10,000: about 3,000 holders with one to six visits each, 57 element
 * ratings a visit), then times each bench command on it and prints a table.
 *
 *   npm run build && node scripts/bench-queries.mjs [--assessments 10000] [--rounds 5] [--keep FILE] [--json FILE]
 *
 * The database is written straight through SQL into a schema made by cse's own migrations, not
 * through the extractor: this measures the queries, not parsing. Its distributions are invented
 * but shaped like the real reports: most holders have a handful of compliance-plus elements and
 * none to a few partial compliances, some elements are partial far more often than others, one
 * review in eight rates only some elements, and non-compliance is rare. The same --seed gives the
 * same database.
 *
 * Each command is timed in this process (open the database, query, render; the median of
 * --rounds) and once as a person runs it (`node dist/cli/main.js bench …`, start-up included).
 * Exports `buildSyntheticDatabase` and `benchQueries` for `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const DIST = new URL('../dist/', import.meta.url);
const CLI = fileURLToPath(new URL('cli/main.js', DIST));
const load = (path) => import(new URL(path, DIST).href);

const SECTORS = [
  ['Local government', 30], ['Health', 14], ['Higher education', 14], ['Housing', 12], ['Central government', 9],
  ['Third sector', 8], ['Police', 6], ['Private sector', 5], ['National park', 2],
];
const REGIONS = ['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West', 'Wales', 'Scotland', 'Northern Ireland'];
const BODIES = [['Centre for Assessment', 35], ['Assessment Services Ltd', 33], ['SGS United Kingdom', 20], ['emqc', 12]];
const KINDS = ['Council', 'Trust', 'University Library', 'Housing Group', 'Services', 'Partnership', 'Authority', 'College'];
const PLACES = ['Ashford', 'Barnfield', 'Calder', 'Dunmore', 'Eastleigh', 'Fenwick', 'Glenrock', 'Harlow', 'Ivybridge', 'Jarrow', 'Kingsley', 'Lydney', 'Marston', 'Northam', 'Oakham', 'Penrith', 'Quarndon', 'Redcar', 'Selby', 'Thornbury'];
const CYCLE = ['initial', 'review-1', 'review-2', 'reassessment', 'review-1', 'review-2'];

/** A small seeded generator (mulberry32), so a seed always gives the same database. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted(rand, entries) {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

/** A count with the given mean (a sum of coin flips: binomial over `n` tries). */
function count(rand, mean, n) {
  const p = Math.min(1, Math.max(0, mean / n));
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

/** Draws `k` distinct elements, each in proportion to its weight. */
function drawElements(rand, codes, weights, k, taken) {
  const chosen = [];
  for (let tries = 0; chosen.length < k && tries < k * 20; tries++) {
    const code = weighted(rand, codes.map((c, i) => [c, taken.has(c) ? 0 : weights[i]]));
    if (!taken.has(code)) {
      taken.add(code);
      chosen.push(code);
    }
  }
  return chosen;
}

/** Writes a synthetic database of about `assessments` completed assessments into `file`; returns what it wrote. */
export async function buildSyntheticDatabase(file, { assessments = 10_000, seed = 7 } = {}) {
  const { openDatabase } = await load('db/open.js');
  const { organisationKey } = await load('db/organisations.js');
  const { ELEMENTS } = await load('standard/catalogue.js');
  rmSync(file, { force: true });
  const db = openDatabase(file);
  const rand = random(seed);
  const codes = ELEMENTS.map((e) => e.code);
  // Some elements are far more often compliance plus or partial than others.
  const plusWeight = codes.map(() => 0.2 + rand() ** 2 * 4);
  const partialWeight = codes.map(() => 0.2 + rand() ** 3 * 6);

  const insertOrganisation = db.prepare('INSERT INTO organisations (name, name_key, sector, region) VALUES (?, ?, ?, ?)');
  const insertAssessment = db.prepare(
    "INSERT INTO assessments (organisation_id, stage, status, report_date, visit_date, assessment_body, ratings_fingerprint) VALUES (?, ?, 'completed', ?, ?, ?, ?)",
  );
  const insertRating = db.prepare("INSERT INTO element_ratings (assessment_id, element_code, rating, basis) VALUES (?, ?, ?, 'stated')");
  let written = 0;
  let holders = 0;
  let ratings = 0;
  db.transaction(() => {
    while (written < assessments) {
      holders++;
      const name = `${PLACES[Math.floor(rand() * PLACES.length)]} ${KINDS[Math.floor(rand() * KINDS.length)]} ${holders}`;
      const organisationId = Number(
        insertOrganisation.run(name, organisationKey(name), weighted(rand, SECTORS), REGIONS[Math.floor(rand() * REGIONS.length)]).lastInsertRowid,
      );
      const body = weighted(rand, BODIES);
      const quality = rand() * 2 - 1;
      const visits = Math.min(assessments - written, 1 + Math.floor(rand() * 6));
      const firstYear = 2009 + Math.floor(rand() * (2025 - 2009 - visits + 1));
      for (let v = 0; v < visits; v++) {
        const date = `${firstYear + v}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
        const id = Number(insertAssessment.run(organisationId, CYCLE[v % CYCLE.length], date, date, body, `synthetic-${written}`).lastInsertRowid);
        written++;
        // Holders improve a little visit by visit; better holders earn more CP and fewer PC.
        const compliancePlus = count(rand, Math.max(0.5, 6 + 4 * quality + 0.6 * v), 40);
        const partial = count(rand, Math.max(0.1, 1.6 - 1.4 * quality - 0.2 * v), 12);
        const nonCompliance = rand() < 0.02 ? 1 : 0;
        const taken = new Set();
        const rated = new Map();
        for (const code of drawElements(rand, codes, plusWeight, compliancePlus, taken)) rated.set(code, 'compliance-plus');
        for (const code of drawElements(rand, codes, partialWeight, partial, taken)) rated.set(code, 'partial-compliance');
        for (const code of drawElements(rand, codes, partialWeight, nonCompliance, taken)) rated.set(code, 'non-compliance');
        // One review in eight reports only what it looked at: a third of the compliant elements unrated.
        const partOnly = CYCLE[v % CYCLE.length].startsWith('review') && rand() < 1 / 8;
        for (const code of codes) {
          if (rated.has(code)) continue;
          if (partOnly && rand() < 1 / 3) continue;
          rated.set(code, 'compliance');
        }
        for (const [code, rating] of rated) insertRating.run(id, code, rating);
        ratings += rated.size;
      }
    }
  }).immediate();
  db.pragma('optimize');
  db.close();
  return { file, holders, assessments: written, elementRatings: ratings };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times every bench command on `file`; returns one row per command. */
export async function benchQueries(file, { rounds = 5 } = {}) {
  const { openExistingDatabase } = await load('db/open.js');
  const { benchmark } = await load('bench/benchmark.js');
  const { elementStatistics } = await load('bench/element-statistics.js');
  const { holderPosition, leagueTable } = await load('bench/league.js');
  const { DEFAULT_POINTS } = await load('bench/points.js');
  const { renderElements, renderLeague, renderPosition, renderTrends } = await load('bench/render-terminal.js');
  const { leagueCsv } = await load('bench/render-csv.js');
  const { renderHtml } = await load('bench/render-html.js');
  const { nationalTrends } = await load('bench/trends.js');

  const probe = openExistingDatabase(file);
  const all = { filters: {}, points: DEFAULT_POINTS };
  const league = leagueTable(probe, all);
  // A holder in the middle of the table, with more than one visit so its movement is computed.
  const middle = league.slice(Math.floor(league.length / 2)).find((h) => h.stage !== 'initial') ?? league[0];
  const sector = middle.sector;
  const year = Number(league[0].assessedOn.slice(0, 4));
  probe.close();

  const html = join(mkdtempSync(join(tmpdir(), 'cse-bench-html-')), 'benchmark.html');
  const commands = [
    { args: [], work: (db) => renderLeague(leagueTable(db, all), {}, DEFAULT_POINTS, 30) },
    { args: ['--csv'], work: (db) => leagueCsv(leagueTable(db, all)) },
    { args: ['--sector', sector], work: (db) => renderLeague(leagueTable(db, { ...all, filters: { sector } }), { sector }, DEFAULT_POINTS, 30) },
    { args: ['--year', String(year)], work: (db) => renderLeague(leagueTable(db, { ...all, filters: { year } }), { year }, DEFAULT_POINTS, 30) },
    { args: ['--org', middle.organisation], work: (db) => renderPosition(holderPosition(db, middle.organisation, all), DEFAULT_POINTS) },
    { args: ['--elements'], work: (db) => renderElements(elementStatistics(leagueTable(db, all)), {}) },
    { args: ['--trends'], work: (db) => renderTrends(nationalTrends(db, {}, DEFAULT_POINTS), {}) },
    { args: ['--html', html], work: (db) => renderHtml(benchmark(db, all), new Date().toISOString(), file) },
  ];
  const rows = [];
  for (const command of commands) {
    const times = [];
    for (let r = 0; r < rounds; r++) {
      const started = performance.now();
      const db = openExistingDatabase(file);
      try {
        command.work(db);
      } finally {
        db.close();
      }
      times.push(performance.now() - started);
    }
    const started = performance.now();
    const run = spawnSync(process.execPath, [CLI, 'bench', '--db', file, ...command.args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const cliMs = performance.now() - started;
    if (run.status !== 0) throw new Error(`cse bench ${command.args.join(' ')} failed: ${run.stderr}`);
    rows.push({ command: `cse bench ${command.args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`.trim(), inProcessMs: Math.round(median(times)), cliMs: Math.round(cliMs) });
  }
  rmSync(html, { force: true });
  return rows;
}

/** Node's own start-up, to read the CLI column against. */
function nodeStartMs() {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  return Math.round(performance.now() - started);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      assessments: { type: 'string', default: '10000' },
      rounds: { type: 'string', default: '5' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const file = values.keep ?? join(mkdtempSync(join(tmpdir(), 'cse-bench-queries-')), 'synthetic.sqlite');
  let started = performance.now();
  const built = await buildSyntheticDatabase(file, { assessments: Number(values.assessments), seed: Number(values.seed) });
  console.log(`${built.file}: ${built.holders} holders, ${built.assessments} assessments, ${built.elementRatings} element ratings, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  started = performance.now();
  const rows = await benchQueries(file, { rounds: Number(values.rounds) });
  const width = Math.max(...rows.map((r) => r.command.length));
  console.log(`\n${'command'.padEnd(width)}  in process (median of ${values.rounds})  CLI run (node start-up ${nodeStartMs()} ms included)`);
  for (const r of rows) console.log(`${r.command.padEnd(width)}  ${`${r.inProcessMs} ms`.padStart(8)}${' '.repeat(23)}${`${r.cliMs} ms`.padStart(8)}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...built, rows }, null, 2)}\n`);
  if (!values.keep) rmSync(file, { force: true });
}
