#!/usr/bin/env node
/**
 * Extracts every report of a generated corpus and compares it with the truth, value by value:
 * accuracy per format and per template, then every disagreement (file, field, expected, actual),
 * grouped by kind; the full list is also written to DIR/disagreements.tsv.
 *
 *   npm run corpus:check -- DIR [--jobs 2] [--formats md,docx,pdf]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareReport, OUTCOMES, tally } from './corpus/compare.mjs';
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
    for (const value of compareReport(truth, output)) rows.push({ ...value, file: path, format, template: truth.template });
    if (++done % 100 === 0) process.stderr.write(`\r${done}/${tasks.length} extracted`);
  }),
);
await pool.close();
process.stderr.write(`\r${done}/${tasks.length} extracted in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(2)}%` : '-');
function printTally(title, map) {
  const lines = [`${title.padEnd(24)} ${'reports'.padStart(7)} ${'values'.padStart(9)} ${OUTCOMES.map((o) => o.padStart(o.length > 12 ? o.length : 12)).join(' ')}  right`];
  for (const [key, t] of [...map].sort()) {
    const total = OUTCOMES.reduce((s, o) => s + t[o], 0);
    lines.push(`${key.padEnd(24)} ${String(t.reports.size).padStart(7)} ${String(total).padStart(9)} ${OUTCOMES.map((o) => String(t[o]).padStart(o.length > 12 ? o.length : 12)).join(' ')}  ${pct(t.right, total)}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}
printTally('format', tally(rows, (r) => r.format));
printTally('template', tally(rows, (r) => r.template));
printTally('template × format', tally(rows, (r) => `${r.template.replace('centre-for-assessment', 'cfa').replace('assessment-services', 'asl').replace('committee-summary', 'committee')}/${r.format}`));

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
