#!/usr/bin/env node
/**
 * Writes the broken-input fixtures in fixtures/bad/ (committed; rerun only to recreate them).
 * The Word ones start from a good Word fixture (fixtures/word/, made by make-word-fixtures.mjs).
 * The PDF ones start from a good PDF fixture (fixtures/pdf/, made by make-pdf-fixtures.mjs).
 * An old binary .doc is made with LibreOffice, the encrypted PDF with qpdf and the scanned one
 * with pdftoppm and img2pdf (Debian: libreoffice-writer, qpdf, poppler-utils, img2pdf) when they
 * are installed; otherwise the committed files are kept. The PDF built to keep a reader busy is
 * written object by object here.
 *
 * Usage: node scripts/make-bad-fixtures.mjs
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import officeCrypto from 'officecrypto-tool';

const ROOT = new URL('..', import.meta.url).pathname;
const BAD = join(ROOT, 'fixtures/bad');
const goodWord = readFileSync(join(ROOT, 'fixtures/word/moors-committee.docx'));
const write = (name, bytes, folder = 'fixtures/bad') => {
  mkdirSync(join(ROOT, folder), { recursive: true });
  writeFileSync(join(ROOT, folder, name), bytes);
  console.log(`${folder}/${name}  ${bytes.length} bytes`);
};

// Markdown
write('empty.md', Buffer.alloc(0));
write('binary-renamed.md', Buffer.from('PK\x03\x04\x00\x00binary\x00junk', 'latin1'));

// Word: nothing, text, half a file, a zip that is another Office file, a password.
write('empty.docx', Buffer.alloc(0));
write('text-renamed.docx', Buffer.from('Customer Service Excellence assessment report\nThis is a text file that someone renamed .docx.\n'));
write('truncated.docx', goodWord.subarray(0, Math.floor(goodWord.length * 0.6)));
const workbook = new JSZip();
workbook.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
workbook.file('xl/workbook.xml', '<?xml version="1.0"?><workbook/>');
write('spreadsheet-renamed.docx', await workbook.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
write('password-protected.docx', officeCrypto.encrypt(goodWord, { password: 'cse-fixture' }));

// A zip bomb: a real report whose document part is padded with 300 MiB of white space
// between two elements (valid XML), which deflates to well under a megabyte.
const bomb = await JSZip.loadAsync(goodWord);
const documentXml = await bomb.file('word/document.xml').async('string');
const padding = ' '.repeat(300 * 1024 * 1024);
bomb.file('word/document.xml', documentXml.replace('<w:body>', `<w:body>${padding}`));
write('zip-bomb.docx', await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }));

// An old binary Word file, under its own name and renamed .docx.
const soffice = ['soffice', 'libreoffice'].find((cmd) => {
  try {
    execFileSync(cmd, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (soffice) {
  const dir = mkdtempSync(join(tmpdir(), 'cse-doc-'));
  copyFileSync(join(ROOT, 'fixtures/word/moors-committee.docx'), join(dir, 'old-word.docx'));
  execFileSync(soffice, ['--headless', '--convert-to', 'doc', '--outdir', dir, join(dir, 'old-word.docx')], { stdio: 'ignore' });
  write('old-word.doc', readFileSync(join(dir, 'old-word.doc')));
} else if (!existsSync(join(BAD, 'old-word.doc'))) {
  throw new Error('LibreOffice is needed to make fixtures/bad/old-word.doc: apt-get install libreoffice-writer');
}
write('old-word-renamed.docx', readFileSync(join(BAD, 'old-word.doc')));

// PDF: nothing, text, half a file, a password, a scan (pages as images, no text layer).
const goodPdf = join(ROOT, 'fixtures/pdf/moors-committee.pdf');
const pdfBytes = readFileSync(goodPdf);
write('empty.pdf', Buffer.alloc(0));
write('text-renamed.pdf', Buffer.from('Customer Service Excellence assessment report\nThis is a text file that someone renamed .pdf.\n'));
write('truncated.pdf', pdfBytes.subarray(0, Math.floor(pdfBytes.length * 0.4)));
const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
if (has('qpdf')) {
  execFileSync('qpdf', ['--encrypt', 'cse-fixture', 'cse-owner', '256', '--', goodPdf, join(BAD, 'password-protected.pdf')]);
  console.log('fixtures/bad/password-protected.pdf');
}
if (has('qpdf')) {
  // A PDF that opens but whose second page cannot be drawn: 200 bytes of that page's compressed
  // content stream scrambled, as a bad sector or a broken download leaves it. pdfjs fails with
  // "Bad encoding in flate stream" only when it reaches the page.
  const pages = execFileSync('qpdf', ['--show-pages', goodPdf], { encoding: 'utf8' });
  const content = /page 2: [\s\S]*?content:\s+(\d+) 0 R/.exec(pages)[1];
  const damaged = Buffer.from(pdfBytes);
  const object = damaged.indexOf(`\n${content} 0 obj`);
  const data = damaged.indexOf('stream', object) + 'stream\n'.length;
  for (let i = data + 20; i < data + 220; i++) damaged[i] = (damaged[i] * 7 + 13) % 256;
  write('damaged-page.pdf', damaged);
}
if (has('pdftoppm') && has('img2pdf')) {
  const dir = mkdtempSync(join(tmpdir(), 'cse-scan-'));
  execFileSync('pdftoppm', ['-r', '60', '-gray', '-png', '-f', '1', '-l', '2', goodPdf, join(dir, 'page')]);
  const pages = ['page-1.png', 'page-2.png'].map((p) => join(dir, p));
  execFileSync('img2pdf', ['-o', join(BAD, 'scanned.pdf'), ...pages]);
  console.log('fixtures/bad/scanned.pdf');
}

// A PDF that keeps a reader busy inside one call: one page, no text, painted with an axial shading
// whose colour function is a PostScript calculator function (FunctionType 4) that puts 96 zeros on
// its stack and then rolls the stack a million times ("97 1 roll", some 95 swaps each). pdfjs
// interprets the function at 840 points while it builds the page's operator list, all within one
// getOperatorList call that keeps its thread busy for minutes, for a file of 20 kB. Written by
// hand, object by object, with the xref table of their offsets.
const flate = (dict, text) => {
  const data = deflateSync(Buffer.from(text, 'latin1'), { level: 9 });
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]);
};
const pdfOf = (objects) => {
  const parts = [Buffer.from('%PDF-1.7\n')];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
};
write(
  'slow-shading.pdf',
  pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Shading << /Sh0 5 0 R >> >> /Contents 4 0 R >>',
    flate('', '/Sh0 sh\n'),
    '<< /ShadingType 2 /ColorSpace /DeviceGray /Coords [0 0 595 0] /Function 6 0 R >>',
    flate('/FunctionType 4 /Domain [0 1] /Range [0 1]', `{ ${'0 '.repeat(96)}${'97 1 roll '.repeat(1_000_000)}}`),
  ]),
  // A folder of its own: every reader of fixtures/bad (npm start, tests) would wait out its stop.
  'fixtures/hang',
);
