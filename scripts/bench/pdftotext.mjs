/**
 * Poppler's `pdftotext -layout` over the same PDFs, one file after another on one core: the
 * native reference for how fast a PDF's text can be read at all. Each file is one process, as
 * a person runs it; the rounds' median is kept. Null where pdftotext is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';

export function pdftotextAvailable() {
  return spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

export function measurePdftotext(files, { rounds = 5 } = {}) {
  if (files.length === 0 || !pdftotextAvailable()) return null;
  let pages = 0;
  const times = [];
  for (let round = 0; round < rounds; round++) {
    pages = 0;
    const started = performance.now();
    // pdftotext ends every page with a form feed.
    for (const file of files) pages += execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f').length - 1;
    times.push((performance.now() - started) / 1000);
  }
  const seconds = median(times);
  return { documents: files.length, pages, seconds, pagesPerSecond: pages / seconds };
}
