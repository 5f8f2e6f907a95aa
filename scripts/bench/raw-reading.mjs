/**
 * Reading speed per format: the libraries' raw reading (pdfjs-dist getTextContent over every
 * page, mammoth.convertToHtml, remark's parse) against cse's extract() end to end, over the same
 * files in this process. The ratio says how much cse adds to the library it stands on.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import mammoth from 'mammoth';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const STANDARD_FONTS = fileURLToPath(new URL('../../node_modules/pdfjs-dist/standard_fonts/', import.meta.url));
const markdown = unified().use(remarkParse).use(remarkGfm);

/** Reads one file the raw way and returns its page count (1 for a format without pages). */
const RAW = {
  md: async (path) => {
    markdown.parse(await readFile(path, 'utf8'));
    return 1;
  },
  docx: async (path) => {
    await mammoth.convertToHtml({ buffer: await readFile(path) });
    return 1;
  },
  pdf: async (path) => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await getDocument({ data: new Uint8Array(await readFile(path)), standardFontDataUrl: STANDARD_FONTS, verbosity: 0 }).promise;
    try {
      for (let n = 1; n <= doc.numPages; n++) {
        const page = await doc.getPage(n);
        await page.getTextContent();
        page.cleanup();
      }
      return doc.numPages;
    } finally {
      await doc.destroy();
    }
  },
};

async function timed(files, read) {
  // Each pass starts from a collected heap when node runs with --expose-gc (npm run bench does),
  // so one pass does not pay for the garbage of the one before.
  globalThis.gc?.();
  let pages = 0;
  const started = performance.now();
  // CPU time as well as wall time: on a busy machine the wall clock counts the time spent waiting
  // for a core, the CPU time only the work done (user and system, every thread of this process).
  const cpuStarted = process.cpuUsage();
  for (const file of files) pages += (await read(file)) ?? 0;
  const cpu = process.cpuUsage(cpuStarted);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, pages };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `filesByFormat`: { md: [...], docx: [...], pdf: [...] }.
 *
 * pdfjs's speed on the same pages drifts by a factor of two within one process (its JIT warms
 * over many documents; allocation and GC vary), so one timing of each would mostly measure
 * that drift. Every file is read both ways once before timing; then `rounds` rounds read all
 * files the raw way and through extract(), in alternating order (raw first, then extract first),
 * and the ratio is the median of the rounds' ratios. Times are the medians of the rounds.
 */
export async function measureRawReading(filesByFormat, extract, { rounds = 9, against = null } = {}) {
  const rows = [];
  for (const [format, files] of Object.entries(filesByFormat)) {
    if (files.length === 0) continue;
    const raw = () => timed(files, RAW[format]);
    // A print that reads but is not taken for a report (a layout the extractor does not know)
    // has still been read through: its time counts.
    const through = (read) => () =>
      timed(files, async (f) => {
        await read(f).catch((error) => {
          if (error?.code !== 'not-a-report') throw error;
        });
      });
    const cse = through(extract);
    // Another build's extract() (`npm run bench -- --against DIR`), timed in the same rounds: its
    // CPU a document beside this build's says what a change cost, on however busy a machine.
    const other = against ? through(against) : null;
    await raw();
    await cse();
    await other?.();
    const otherCpu = [];
    const otherRatios = [];
    const rawTimes = [];
    const cseTimes = [];
    const ratios = [];
    const rawCpu = [];
    const cseCpu = [];
    const cpuRatios = [];
    let pages = 0;
    for (let round = 0; round < rounds; round++) {
      const rawFirst = round % 2 === 0;
      const early = rawFirst ? await raw() : null;
      const viaCse = await cse();
      const viaRaw = early ?? (await raw());
      if (other) {
        const viaOther = await other();
        otherCpu.push(viaOther.cpuSeconds);
        otherRatios.push(viaCse.cpuSeconds / viaOther.cpuSeconds);
      }
      pages = viaRaw.pages;
      rawTimes.push(viaRaw.seconds);
      cseTimes.push(viaCse.seconds);
      ratios.push(viaCse.seconds / viaRaw.seconds);
      rawCpu.push(viaRaw.cpuSeconds);
      cseCpu.push(viaCse.cpuSeconds);
      cpuRatios.push(viaCse.cpuSeconds / viaRaw.cpuSeconds);
    }
    const rawSeconds = median(rawTimes);
    const cseSeconds = median(cseTimes);
    rows.push({
      format,
      documents: files.length,
      pages: format === 'pdf' ? pages : null,
      rounds,
      raw: { seconds: rawSeconds, documentsPerSecond: files.length / rawSeconds, pagesPerSecond: format === 'pdf' ? pages / rawSeconds : null },
      extract: { seconds: cseSeconds, documentsPerSecond: files.length / cseSeconds, pagesPerSecond: format === 'pdf' ? pages / cseSeconds : null },
      extractTimeOverRaw: median(ratios),
      extractTimeOverRawRange: [Math.min(...ratios), Math.max(...ratios)],
      cpu: {
        rawMsPerDocument: (median(rawCpu) * 1000) / files.length,
        extractMsPerDocument: (median(cseCpu) * 1000) / files.length,
        extractOverRaw: median(cpuRatios),
        extractOverRawRange: [Math.min(...cpuRatios), Math.max(...cpuRatios)],
      },
      ...(other && {
        against: {
          extractMsPerDocument: (median(otherCpu) * 1000) / files.length,
          thisOverThat: median(otherRatios),
          thisOverThatRange: [Math.min(...otherRatios), Math.max(...otherRatios)],
        },
      }),
    });
  }
  return rows;
}
