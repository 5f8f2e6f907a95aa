#!/usr/bin/env node
/**
 * Extracts every report of a generated corpus and compares it with the truth, value by value:
 * accuracy per format and per template, per axis value of the "other bodies" reports (layout=matrix,
 * scores=criteria-as-rows, labels=kv-table, stageLabel=AR1, …, as their truth lines record), then
 * every disagreement (file, field, expected, actual), grouped by kind; the full list is also
 * written to DIR/disagreements.tsv.
 *
 *   npm run corpus:check -- DIR [--jobs 2] [--formats md,docx,pdf]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareReport, OUTCOMES, tally } from './corpus/compare.mjs';
import { AXES, bearsOn } from './corpus/other-bodies.mjs';
import { parseTruthLines } from './corpus/truth.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { jobs: { type: 'string', default: '2' }, formats: { type: 'string', default: 'md,docx,pdf' }, list: { type: 'string', default: '40' } },
});
const dir = positionals[0];
if (!dir) {
  process.stderr.write('usage: npm run corpus:check -- DIR [--jobs 2] [--formats md,docx,pdf]\n');
  process.exit(1);
}
const { createParserPool } = await import('../dist/pipeline/parser-pool.js');

const truths = parseTruthLines(readFileSync(join(dir, 'truth.jsonl'), 'utf8'));
const formats = values.formats.split(',');
const tasks = truths.flatMap((truth) => truth.formats.filter((f) => formats.includes(f)).map((format) => ({ truth, format, path: join(dir, format, `${truth.stem}.${format}`) })));
const pool = createParserPool(Number(values.jobs));
const rows = [];
let done = 0;
const started = performance.now();
await Promise.all(
  tasks.map(async ({ truth, format, path }) => {
    const { output } = await pool.parse({ path, readOptions: {} });
    for (const value of compareReport(truth, output)) rows.push({ ...value, file: path, format, template: truth.template, axes: truth.axes ?? null, failed: 'error' in output ? output.error.code : null });
    if (++done % 100 === 0) process.stderr.write(`\r${done}/${tasks.length} extracted`);
  }),
);
await pool.close();
process.stderr.write(`\r${done}/${tasks.length} extracted in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(2)}%` : '-');
function printTally(title, map, order = (entries) => entries.sort()) {
  const width = Math.max(24, title.length, ...[...map.keys()].map((k) => k.length));
  const lines = [`${title.padEnd(width)} ${'reports'.padStart(7)} ${'values'.padStart(9)} ${OUTCOMES.map((o) => o.padStart(o.length > 12 ? o.length : 12)).join(' ')}  right`];
  for (const [key, t] of order([...map])) {
    const total = OUTCOMES.reduce((s, o) => s + t[o], 0);
    lines.push(`${key.padEnd(width)} ${String(t.reports.size).padStart(7)} ${String(total).padStart(9)} ${OUTCOMES.map((o) => String(t[o]).padStart(o.length > 12 ? o.length : 12)).join(' ')}  ${pct(t.right, total)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
const failedFiles = new Map();
for (const r of rows) if (r.failed) failedFiles.set(r.file, `${r.template} ${r.failed}`);
if (failedFiles.size > 0) {
  const kinds = new Map();
  for (const kind of failedFiles.values()) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  process.stdout.write(`${failedFiles.size} of ${tasks.length} files not extracted: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}\n\n`);
}
printTally('format', tally(rows, (r) => r.format));
printTally('template', tally(rows, (r) => r.template));
printTally('template × format', tally(rows, (r) => `${r.template.replace('centre-for-assessment', 'cfa').replace('assessment-services', 'asl').replace('committee-summary', 'committee').replace('other-bodies', 'other')}/${r.format}`));
const withAxes = rows.filter((r) => r.axes);
if (withAxes.length > 0) {
  // One line per axis value (axes in the generator's order, values by name), over the "other bodies"
  // reports that drew it: how many there are and how many failed to extract at all, then the values
  // that axis bears on (elements for layout, totals for scores, dates for dates, …) by outcome, and
  // the share right of those and of all values of those reports.
  const axisOrder = [...Object.keys(AXES), 'body', 'bodyAlias'];
  const rank = (key) => { const i = axisOrder.indexOf(key.split('=')[0]); return i < 0 ? axisOrder.length : i; };
  const byAxis = new Map();
  for (const r of withAxes)
    for (const [axis, value] of Object.entries(r.axes)) {
      const key = `${axis}=${value}`;
      const t = byAxis.get(key) ?? { reports: new Set(), failed: new Set(), all: 0, allRight: 0, ...Object.fromEntries(OUTCOMES.map((o) => [o, 0])) };
      t.reports.add(r.file);
      if (r.failed) t.failed.add(r.file);
      t.all++;
      if (r.outcome === 'right') t.allRight++;
      if (bearsOn(axis, r.field)) t[r.outcome]++;
      byAxis.set(key, t);
    }
  const width = Math.max(...[...byAxis.keys()].map((k) => k.length));
  const cols = ['reports', 'failed', 'own values', ...OUTCOMES];
  const lines = [`${'axis value (other bodies)'.padEnd(width)} ${cols.map((c) => c.padStart(Math.max(c.length, 7))).join(' ')}  own right  all right`];
  for (const [key, t] of [...byAxis].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))) {
    const own = OUTCOMES.reduce((n, o) => n + t[o], 0);
    const cells = [t.reports.size, t.failed.size, own, ...OUTCOMES.map((o) => t[o])];
    lines.push(`${key.padEnd(width)} ${cells.map((v, i) => String(v).padStart(Math.max(cols[i].length, 7))).join(' ')}  ${pct(t.right, own).padStart(9)}  ${pct(t.allRight, t.all).padStart(9)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

const disagreements = rows.filter((r) => r.outcome !== 'right' && r.outcome !== 'missing-with-finding');
const kindOf = (r) => `${r.outcome} ${r.template}/${r.format} ${r.field.replace(/\[[0-9.]+\]/, '[code]').replace(/assessments\[[^\]]+\]/, 'assessments[stage]')}`;
const kinds = new Map();
for (const r of disagreements) kinds.set(kindOf(r), [...(kinds.get(kindOf(r)) ?? []), r]);
const tsv = ['file\tfield\texpected\tactual\toutcome', ...rows.filter((r) => r.outcome !== 'right').map((r) => [r.file, r.field, JSON.stringify(r.expected), JSON.stringify(r.actual), r.outcome].join('\t'))];
writeFileSync(join(dir, 'disagreements.tsv'), `${tsv.join('\n')}\n`);
process.stdout.write(`${disagreements.length} disagreements (wrong or missing without a finding) in ${kinds.size} kinds; every value not right is in ${join(dir, 'disagreements.tsv')}\n`);
const limit = Number(values.list);
for (const [kind, list] of [...kinds].sort((a, b) => b[1].length - a[1].length)) {
  process.stdout.write(`\n${list.length}× ${kind}\n`);
  for (const r of list.slice(0, disagreements.length <= limit ? list.length : 3)) process.stdout.write(`  ${r.file}  ${r.field}\n    expected ${JSON.stringify(r.expected)}\n    actual   ${JSON.stringify(r.actual)}\n`);
}
