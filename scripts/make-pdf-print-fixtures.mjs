#!/usr/bin/env node
/**
 * Makes fixtures/pdf-print/: reports laid out as other hands lay them out (scripts/pdf-print/
 * reports.mjs), each written as Word and as HTML (scripts/pdf-print/render.mjs) and printed to PDF
 * by two producers unlike each other:
 *   <stem>.docx → <stem>.libreoffice.pdf   (LibreOffice, "Export as PDF")
 *   <stem>.html → <stem>.chromium.pdf      (headless Chromium, "Print to PDF")
 * and, where a third producer matters, re-distilled:
 *   <stem>.libreoffice.pdf → <stem>.ghostscript.pdf  (Ghostscript's pdfwrite: fonts re-embedded,
 *   text re-encoded, as print servers and "reduce file size" tools do)
 *   <stem>.chromium.pdf → <stem>.cairo.pdf  (poppler's pdftocairo: every page redrawn by Cairo)
 *
 * A report whose blocks hold { filler } gets as many one-line paragraphs there as it takes, for
 * each producer, to make the page break fall where its `cut` says (inside a table's header row):
 * the script tries counts in turn and checks each PDF's text with pdftotext.
 *
 * Needs LibreOffice, Chromium, poppler-utils, Ghostscript and Wine's fonts
 * (apt-get install libreoffice-writer chromium poppler-utils ghostscript fonts-wine), and `npm run build`
 * first (the element catalogue comes from dist/). Usage: node scripts/make-pdf-print-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORTS } from './pdf-print/reports.mjs';
import { toDocx, toHtml } from './pdf-print/render.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'fixtures/pdf-print');
/** Filler counts tried, a page's worth of lines and more. */
const MAX_FILLER = 70;
/** Copies printed per LibreOffice batch while looking for a count (one soffice start each). */
const BATCH = 12;

const REDISTILLED = { 'tick-matrix': ['ghostscript'], 'stages-cut-header': ['cairo'] };

const scratch = mkdtempSync(join(tmpdir(), 'cse-pdf-print-'));

/**
 * Wine's Wingdings and Symbol (Debian's fonts-wine) stand in for Microsoft's, so LibreOffice embeds
 * the symbol font the Word file names, as Word's own export does; fontconfig does not list
 * Wine's folder by itself.
 */
const WINE_FONTS = '/usr/share/wine/fonts';
function fontsWithWine() {
  if (!existsSync(join(WINE_FONTS, 'wingding.ttf'))) throw new Error('Wingdings missing: apt-get install fonts-wine');
  const conf = join(scratch, 'fonts.conf');
  writeFileSync(conf, `<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${WINE_FONTS}</dir></fontconfig>`);
  return { ...process.env, FONTCONFIG_FILE: conf };
}

function libreOffice(docxFiles, outdir) {
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', outdir, ...docxFiles], { stdio: 'ignore', env: fontsWithWine() });
}

function chromium(htmlFile, pdf) {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { stdio: 'ignore' });
}

/** The text of each page, as pdftotext lays it out. */
const pagesOf = (pdf) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');

/**
 * Whether the page break falls inside the table after `cut.after`: its header row's first piece
 * (`inside[0]`) on the page of the caption, the next row (`inside[1]`) on the next page, with
 * more of the header above it there.
 */
function cutsAsAsked(pdf, cut, furniture) {
  const pages = pagesOf(pdf);
  const k = pages.findIndex((p) => p.includes(cut.after));
  if (k < 0 || k + 1 >= pages.length) return false;
  const rest = pages[k].slice(pages[k].indexOf(cut.after));
  if (!rest.includes(cut.inside[0]) || rest.includes(cut.inside[1])) return false;
  const next = pages[k + 1];
  const at = next.indexOf(cut.inside[1]);
  if (at < 0) return false;
  const above = next
    .slice(0, at)
    .split('\n')
    .filter((line) => !line.includes(furniture.header) && /\p{L}{2,}/u.test(line));
  return above.length > 0;
}

async function libreOfficePrint(report) {
  const target = join(OUT, `${report.stem}.libreoffice.pdf`);
  if (!report.cut) {
    const docx = join(OUT, `${report.stem}.docx`);
    writeFileSync(docx, await toDocx(report));
    libreOffice([docx], scratch);
    copyFileSync(join(scratch, `${report.stem}.pdf`), target);
    return target;
  }
  for (let from = 0; from <= MAX_FILLER; from += BATCH) {
    const tries = [];
    for (let n = from; n < Math.min(from + BATCH, MAX_FILLER + 1); n++) {
      const docx = join(scratch, `${report.stem}-${n}.docx`);
      writeFileSync(docx, await toDocx(report, n));
      tries.push({ n, docx, pdf: join(scratch, `${report.stem}-${n}.pdf`) });
    }
    libreOffice(tries.map((t) => t.docx), scratch);
    const hit = tries.find((t) => cutsAsAsked(t.pdf, report.cut, report.furniture));
    if (hit) {
      copyFileSync(hit.docx, join(OUT, `${report.stem}.docx`));
      copyFileSync(hit.pdf, target);
      console.log(`  ${report.stem}: LibreOffice cuts the table with ${hit.n} filler paragraphs`);
      return target;
    }
  }
  throw new Error(`${report.stem}: no filler count up to ${MAX_FILLER} makes LibreOffice cut the table as asked`);
}

function chromiumPrint(report) {
  const target = join(OUT, `${report.stem}.chromium.pdf`);
  const html = join(OUT, `${report.stem}.html`);
  if (!report.cut) {
    writeFileSync(html, toHtml(report));
    chromium(html, target);
    return target;
  }
  for (let n = 0; n <= MAX_FILLER; n++) {
    const file = join(scratch, `${report.stem}-${n}.html`);
    const pdf = join(scratch, `${report.stem}-${n}.chromium.pdf`);
    writeFileSync(file, toHtml(report, n));
    chromium(file, pdf);
    if (cutsAsAsked(pdf, report.cut, report.furniture)) {
      copyFileSync(file, html);
      copyFileSync(pdf, target);
      console.log(`  ${report.stem}: Chromium cuts the table with ${n} filler paragraphs`);
      return target;
    }
  }
  throw new Error(`${report.stem}: no filler count up to ${MAX_FILLER} makes Chromium cut the table as asked`);
}

const REDISTILL = {
  ghostscript: (report) => {
    const to = join(OUT, `${report.stem}.ghostscript.pdf`);
    execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', `-sOutputFile=${to}`, join(OUT, `${report.stem}.libreoffice.pdf`)], { stdio: 'ignore' });
    return to;
  },
  cairo: (report) => {
    const to = join(OUT, `${report.stem}.cairo.pdf`);
    execFileSync('pdftocairo', ['-pdf', join(OUT, `${report.stem}.chromium.pdf`), to], { stdio: 'ignore' });
    return to;
  },
};

try {
  mkdirSync(OUT, { recursive: true });
  for (const report of REPORTS) {
    const made = [await libreOfficePrint(report), chromiumPrint(report), ...(REDISTILLED[report.stem] ?? []).map((how) => REDISTILL[how](report))];
    for (const pdf of made) console.log(`${pdf.replace(ROOT, '')}  ${statSync(pdf).size} bytes`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
