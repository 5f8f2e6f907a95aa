#!/usr/bin/env node
/**
 * Makes PDFs whose pages are turned, from the LibreOffice PDF twins (fixtures/pdf/):
 * - stockton.pdf: every page drawn turned a quarter and rotated back for showing (/Rotate 270),
 *   as print drivers make landscape pages: rotated by qpdf, redrawn by Cairo (pdftocairo, which
 *   turns the drawing itself), then rotated back by qpdf;
 * - moors-committee.pdf: every page rotated a quarter for showing (/Rotate 90) and saved so, its
 *   text shown sideways;
 * - kestrel-housing-committee.pdf: every page upside down (/Rotate 180).
 *
 * Needs qpdf and poppler-utils (apt-get install qpdf poppler-utils).
 * Usage: node scripts/make-turned-pdf-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const PDF = join(ROOT, 'fixtures/pdf');
const OUT = join(ROOT, 'fixtures/pdf-turned');
const work = mkdtempSync(join(tmpdir(), 'cse-turned-'));
const run = (cmd, ...args) => execFileSync(cmd, args, { stdio: 'ignore' });

mkdirSync(OUT, { recursive: true });
run('qpdf', '--rotate=+90', join(PDF, 'stockton.pdf'), join(work, 'shown.pdf'));
run('pdftocairo', '-pdf', join(work, 'shown.pdf'), join(work, 'drawn.pdf'));
run('qpdf', '--rotate=-90', join(work, 'drawn.pdf'), join(OUT, 'stockton.pdf'));
run('qpdf', '--rotate=+90', join(PDF, 'moors-committee.pdf'), join(OUT, 'moors-committee.pdf'));
run('qpdf', '--rotate=+180', join(PDF, 'kestrel-housing-committee.pdf'), join(OUT, 'kestrel-housing-committee.pdf'));
for (const stem of ['kestrel-housing-committee', 'moors-committee', 'stockton']) {
  console.log(`fixtures/pdf-turned/${stem}.pdf  ${statSync(join(OUT, `${stem}.pdf`)).size} bytes`);
}
