#!/usr/bin/env node
/**
 * Makes the PDF twin of every Word fixture: fixtures/word/<stem>.docx → fixtures/pdf/<stem>.pdf,
 * exported by LibreOffice as a person would ("Export as PDF"), so the PDFs carry what real ones
 * do: text items per line, tables drawn with ruling lines, tables broken over pages with their
 * header row repeated, running headers and page-number footers.
 *
 * Needs LibreOffice (apt-get install libreoffice-writer). Usage: node scripts/make-pdf-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const WORD = join(ROOT, 'fixtures/word');
const PDF = join(ROOT, 'fixtures/pdf');

mkdirSync(PDF, { recursive: true });
const files = readdirSync(WORD).filter((f) => f.endsWith('.docx')).sort().map((f) => join(WORD, f));
execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', PDF, ...files], { stdio: 'ignore' });
for (const f of readdirSync(PDF).filter((f) => f.endsWith('.pdf')).sort()) console.log(`fixtures/pdf/${f}  ${statSync(join(PDF, f)).size} bytes`);
