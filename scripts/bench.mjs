#!/usr/bin/env node
/**
 * `npm run bench`: reading speed per format (raw library vs cse extract), import throughput with
 * 1 and 2 jobs, how time and memory grow from 100 to 1,000 reports, and bench query latency on
 * 10,000 assessments; printed as a table and saved as out/bench-<timestamp>.json.
 *
 * Its corpus is generated first when absent (deterministic seed) into out/bench-corpus:
 * scale/ (1,000 Markdown reports) and formats/ (100 reports as Markdown and Word, and a share as
 * PDF where LibreOffice is installed; without it the PDF fixtures serve for the PDF rows).
 * The PDF prints of fixtures/pdf-print (reports laid out by other hands, printed by LibreOffice,
 * Chromium, Ghostscript and Cairo) are timed as a row of their own, and every PDF row has
 * poppler's pdftotext -layout beside it, the native reference (skipped with a note without it).
 * `--reading-only` stops after the reading rows; `--against DIR` times another build's dist/ (an
 * earlier commit, checked out and built) in the same rounds, for what a change cost in CPU a document.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { describeImport, measureImport } from './bench-import.mjs';
import { benchQueries, buildSyntheticDatabase } from './bench-queries.mjs';
import { measurePdftotext } from './bench/pdftotext.mjs';
import { measureRawReading } from './bench/raw-reading.mjs';
import { measureScaling } from './bench/scaling.mjs';
import { generateCorpus } from './corpus/generate.mjs';
import { sofficeAvailable, writeCorpus } from './corpus/write.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, 'out/bench-corpus') },
    seed: { type: 'string', default: '2026' },
    'import-files': { type: 'string', default: '200' },
    assessments: { type: 'string', default: '10000' },
    // Reading alone (raw library against extract(), wall and CPU time): a few minutes, not the whole run.
    'reading-only': { type: 'boolean', default: false },
    // Another build's dist/ folder (a checkout of an earlier commit, built): its extract() is timed in the same rounds.
    against: { type: 'string' },
  },
});
const seed = Number(values.seed);
const scaleDir = join(values.corpus, 'scale');
const formatsDir = join(values.corpus, 'formats');
const log = (text) => process.stderr.write(`${text}\n`);

if (!existsSync(join(scaleDir, 'truth.jsonl'))) {
  log(`generating ${scaleDir} (1,000 Markdown reports, seed ${seed})`);
  await writeCorpus(scaleDir, generateCorpus({ reports: 1000, seed }), { seed, word: false });
}
if (!existsSync(join(formatsDir, 'truth.jsonl'))) {
  log(`generating ${formatsDir} (100 reports, Markdown and Word${sofficeAvailable() ? ', 30% PDF' : ''}, seed ${seed + 1})`);
  const { notes } = await writeCorpus(formatsDir, generateCorpus({ reports: 100, seed: seed + 1 }), { seed: seed + 1, word: true, pdfShare: 0.3 });
  for (const note of notes) log(`note: ${note}`);
}
const list = (dir) => (existsSync(dir) ? readdirSync(dir).sort().map((f) => join(dir, f)) : []);
let pdfs = list(join(formatsDir, 'pdf'));
let pdfSource = 'generated';
if (pdfs.length === 0) {
  log('note: no generated PDFs (LibreOffice missing when the corpus was made): the PDF rows use fixtures/pdf/');
  pdfs = list(join(ROOT, 'fixtures/pdf'));
  pdfSource = 'fixtures/pdf';
}
const scaleFiles = list(join(scaleDir, 'md'));

log('raw reading vs extract …');
const { extract } = await import('../dist/api.js');
const against = values.against ? (await import(pathToFileURL(join(resolve(values.against), 'api.js')).href)).extract : null;
const reading = await measureRawReading({ md: list(join(formatsDir, 'md')), docx: list(join(formatsDir, 'docx')), pdf: pdfs }, extract, { against });
const prints = list(join(ROOT, 'fixtures/pdf-print')).filter((f) => f.endsWith('.pdf'));
log('raw reading vs extract on fixtures/pdf-print …');
const [printReading] = await measureRawReading({ pdf: prints }, extract, { against });
reading.push({ ...printReading, format: 'prints' });
log('pdftotext -layout on the same PDFs …');
const native = { pdf: measurePdftotext(pdfs), prints: measurePdftotext(prints) };
if (!native.pdf) log('note: pdftotext not found (apt-get install poppler-utils): no native reference beside the PDF rows');

const f = (n, d = 1) => (n === null || n === undefined ? '-' : n.toFixed(d));
const readingLines = [
  `cse bench, ${new Date().toISOString()}, ${cpus().length} cores, load average ${f(loadavg()[0], 2)}`,
  '',
  `Reading (formats corpus; PDF from ${pdfSource}; medians of ${reading[0]?.rounds ?? '-'} interleaved rounds)`,
  'format  docs  pages   raw docs/s  raw pages/s   extract docs/s  extract pages/s   extract time / raw (range)',
  ...reading.map((r) => `${r.format.padEnd(6)} ${String(r.documents).padStart(5)} ${String(r.pages ?? '-').padStart(6)} ${f(r.raw.documentsPerSecond).padStart(12)} ${f(r.raw.pagesPerSecond).padStart(12)} ${f(r.extract.documentsPerSecond).padStart(16)} ${f(r.extract.pagesPerSecond).padStart(16)} ${f(r.extractTimeOverRaw, 2).padStart(19)}x (${f(r.extractTimeOverRawRange[0], 2)}–${f(r.extractTimeOverRawRange[1], 2)})`),
  '(prints: fixtures/pdf-print, PDFs printed by LibreOffice, Chromium, Ghostscript and Cairo)',
  '',
  'CPU time per document (user + system of this process; medians of the same rounds)',
  'format   raw ms/doc   extract ms/doc   extract CPU / raw (range)',
  ...reading.map((r) => `${r.format.padEnd(6)} ${f(r.cpu.rawMsPerDocument).padStart(12)} ${f(r.cpu.extractMsPerDocument).padStart(16)} ${f(r.cpu.extractOverRaw, 2).padStart(17)}x (${f(r.cpu.extractOverRawRange[0], 2)}–${f(r.cpu.extractOverRawRange[1], 2)})`),
  ...(against
    ? [
        '',
        `CPU time per document against ${values.against} (its extract() in the same rounds)`,
        'format   that build ms/doc   this build ms/doc   this / that (range)',
        ...reading.map((r) => `${r.format.padEnd(6)} ${f(r.against.extractMsPerDocument).padStart(19)} ${f(r.cpu.extractMsPerDocument).padStart(19)} ${f(r.against.thisOverThat, 2).padStart(13)}x (${f(r.against.thisOverThatRange[0], 2)}–${f(r.against.thisOverThatRange[1], 2)})`),
      ]
    : []),
];
const save = (result) => {
  const saved = join(ROOT, `out/bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(saved, `${JSON.stringify({ date: new Date().toISOString(), cores: cpus().length, pdfSource, reading, ...result }, null, 2)}\n`);
  process.stdout.write(`\nSaved ${saved.replace(ROOT, '')}\n`);
};
if (values['reading-only']) {
  process.stdout.write(`${readingLines.join('\n')}\n`);
  save({});
  process.exit(0);
}

log('import with 1 and 2 jobs …');
const scratch = mkdtempSync(join(tmpdir(), 'cse-bench-'));
let importing;
try {
  const folder = join(scratch, 'reports');
  mkdirSync(folder);
  for (const f of scaleFiles.slice(0, Number(values['import-files']))) cpSync(f, join(folder, f.split('/').at(-1)));
  importing = measureImport(folder, scratch, 2);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

log('scaling 100 → 1,000 reports …');
const scaling = measureScaling(scaleFiles, [100, 250, 500, 1000]);

log(`cse bench query latency on ${values.assessments} assessments …`);
const database = join(ROOT, 'out/bench-queries.sqlite');
rmSync(database, { force: true });
const built = await buildSyntheticDatabase(database, { assessments: Number(values.assessments) });
const queries = { ...built, commands: await benchQueries(database) };

const lines = [
  ...readingLines,
  '',
  'Native reference: poppler pdftotext -layout, one process per file, one core (median of 5 rounds)',
  'PDFs     docs  pages   pages/s   cse extract pages/s',
  ...[
    ['pdf', native.pdf],
    ['prints', native.prints],
  ].map(([name, n]) =>
    n
      ? `${name.padEnd(6)} ${String(n.documents).padStart(6)} ${String(n.pages).padStart(6)} ${f(n.pagesPerSecond).padStart(9)} ${f(reading.find((r) => r.format === name)?.extract.pagesPerSecond).padStart(21)}`
      : `${name.padEnd(6)}   pdftotext not installed: no native reference`,
  ),
  '',
  ...describeImport(importing, 'generated Markdown reports'),
  '',
  'Scaling (Markdown, extract one after another in a fresh process)',
  'reports   seconds   ms/report   peak RSS MiB   heap used MiB',
  ...scaling.map((s) => `${String(s.reports).padStart(7)} ${f(s.seconds, 2).padStart(9)} ${f(s.msPerReport).padStart(11)} ${f(s.peakRssMiB, 0).padStart(14)} ${f(s.heapUsedMiB, 0).padStart(15)}`),
  '',
  `cse bench on ${queries.assessments} assessments of ${queries.holders} holders (${queries.elementRatings} element ratings; scripts/bench-queries.mjs)`,
  'command                                              in process (median)   from the CLI',
  ...queries.commands.map((c) => `${c.command.padEnd(52)} ${String(c.inProcessMs).padStart(12)} ms ${String(c.cliMs).padStart(14)} ms`),
];
process.stdout.write(`${lines.join('\n')}\n`);
save({ pdftotext: native, import: importing, scaling, queries });
