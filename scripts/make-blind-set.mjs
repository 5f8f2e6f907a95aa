#!/usr/bin/env node
// Builds a blind test set: every fixtures/<set>/<stem>.html (blind2: written by hand; blind3: with
// its .md, written by scripts/blind3/*.py) becomes
//   <stem>.docx          LibreOffice Writer, "MS Word 2007 XML"
//   <stem>.lo.pdf        LibreOffice, from the .docx
//   <stem>.chromium.pdf  headless Chromium, printed from the .html
// Usage: node scripts/make-blind-set.mjs SET [stem ...]   (SET: blind2 or blind3)
// Needs soffice (libreoffice-writer), chromium and, for the page counts, pdfinfo (poppler-utils).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [set, ...wanted] = process.argv.slice(2);
if (!set || !fs.existsSync(path.join(root, 'fixtures', set))) {
  console.error('usage: node scripts/make-blind-set.mjs SET [stem ...]   (SET: a folder of fixtures/, blind2 or blind3)');
  process.exit(2);
}
const dir = path.join(root, 'fixtures', set);
const stems = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.slice(0, -5))
  .filter((s) => wanted.length === 0 || wanted.includes(s)).sort();

const profile = fs.mkdtempSync(path.join(os.tmpdir(), `${set}-lo-`));
const loEnv = `-env:UserInstallation=${pathToFileURL(profile).href}`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  }
  return r.stdout;
}

function pages(pdf) {
  const r = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const m = /Pages:\s+(\d+)/.exec(r.stdout || '');
  return m ? Number(m[1]) : '?';
}

try {
  for (const stem of stems) {
    const html = path.join(dir, `${stem}.html`);
    const docx = path.join(dir, `${stem}.docx`);
    const loPdf = path.join(dir, `${stem}.lo.pdf`);
    const crPdf = path.join(dir, `${stem}.chromium.pdf`);

    // HTML -> DOCX. The HTML is opened with Writer's own HTML filter ("HTML (StarWriter)"): the
    // default Writer/Web import gives some long tables a fixed width of a few centimetres.
    run('soffice', [loEnv, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, html]);

    // DOCX -> PDF through LibreOffice, in a scratch folder so the name can be changed
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `${set}-pdf-`));
    run('soffice', [loEnv, '--headless', '--convert-to', 'pdf', '--outdir', scratch, docx]);
    fs.copyFileSync(path.join(scratch, `${stem}.pdf`), loPdf);
    fs.rmSync(scratch, { recursive: true, force: true });

    // HTML -> PDF through Chromium
    run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      `--print-to-pdf=${crPdf}`, pathToFileURL(html).href]);

    console.log(`${stem}: docx, lo.pdf (${pages(loPdf)} pp), chromium.pdf (${pages(crPdf)} pp)`);
  }
} finally {
  fs.rmSync(profile, { recursive: true, force: true });
}
