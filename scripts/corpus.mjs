#!/usr/bin/env node
/**
 * Generates a synthetic corpus of CSE assessment reports with the truth of every value.
 *
 *   npm run corpus -- --reports 1000 --seed 42 --out out/corpus [--pdf-share 0.1] [--inconsistent 0.1] [--no-word]
 *                     [--axes [--other-share 0.6]]
 *
 * --axes mixes in "other bodies" reports (scripts/corpus/other-bodies.mjs), each drawn on every
 * axis of variation real reports have, their choices in the truth line's `axes`; --other-share is
 * their share of the corpus. Without --axes a seed gives the same corpus as before the axes existed.
 */
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.mjs';
import { writeCorpus } from './corpus/write.mjs';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'out/corpus' },
    'pdf-share': { type: 'string', default: '0.1' },
    inconsistent: { type: 'string', default: '0.1' },
    'no-word': { type: 'boolean', default: false },
    axes: { type: 'boolean', default: false },
    'other-share': { type: 'string', default: '' },
  },
});
const started = performance.now();
const corpus = generateCorpus({
  reports: Number(values.reports),
  seed: Number(values.seed),
  inconsistentShare: Number(values.inconsistent),
  axes: values.axes,
  ...(values['other-share'] !== '' && { otherShare: Number(values['other-share']) }),
});
const written = await writeCorpus(values.out, corpus, { seed: Number(values.seed), word: !values['no-word'], pdfShare: Number(values['pdf-share']) });
const counts = {};
for (const r of corpus) counts[r.template] = (counts[r.template] ?? 0) + 1;
const byTemplate = Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ');
const deliberate = corpus.filter((r) => r.truth.deliberate).length;
for (const note of written.notes) process.stderr.write(`note: ${note}\n`);
process.stdout.write(
  `${values.out}: ${written.reports} reports (${byTemplate}); ${written.reports} Markdown, ${written.docx} Word, ${written.pdf} PDF; ` +
    `${deliberate} with a deliberate inconsistency or breach; truth in ${values.out}/truth.jsonl (${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
);
