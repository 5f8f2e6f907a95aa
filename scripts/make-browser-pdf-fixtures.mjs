#!/usr/bin/env node
/**
 * Makes PDFs of some Word fixtures as a web browser prints them: fixtures/word/<stem>.docx →
 * HTML (LibreOffice) → fixtures/pdf-browser/<stem>.pdf (Chromium's "Print to PDF", headless).
 * Chromium's PDFs are unlike LibreOffice's and Word's: every cell draws its own border, a row
 * cut by a page break gets no border at the cut, list bullets are drawn shapes and not text.
 * They stand for reports that did not come out of a word processor.
 *
 * Only the fixtures whose HTML keeps what the report says are made: harrowfield-nhs lays its
 * rating table out with tabs, which HTML turns into spaces, and northbridge-library's
 * borderless tables come out in the same type size as its headings.
 *
 * Needs LibreOffice and Chromium (apt-get install libreoffice-writer chromium).
 * Usage: node scripts/make-browser-pdf-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'fixtures/pdf-browser');
const STEMS = ['kestrel-housing-committee', 'melton', 'moors-committee', 'stockton'];

mkdirSync(OUT, { recursive: true });
const html = mkdtempSync(join(tmpdir(), 'cse-browser-'));
execFileSync('soffice', ['--headless', '--convert-to', 'html', '--outdir', html, ...STEMS.map((s) => join(ROOT, 'fixtures/word', `${s}.docx`))], { stdio: 'ignore' });
for (const stem of STEMS) {
  const pdf = join(OUT, `${stem}.pdf`);
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${join(html, `${stem}.html`)}`], { stdio: 'ignore' });
  console.log(`fixtures/pdf-browser/${stem}.pdf  ${statSync(pdf).size} bytes`);
}
