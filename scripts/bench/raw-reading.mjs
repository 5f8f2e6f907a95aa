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
  let pages = 0;
  const started = performance.now();
  for (const file of files) pages += (await read(file)) ?? 0;
  return { seconds: (performance.now() - started) / 1000, pages };
}

/** `filesByFormat`: { md: [...], docx: [...], pdf: [...] }. One file of each is read first so start-up costs are not counted. */
export async function measureRawReading(filesByFormat, extract) {
  const rows = [];
  for (const [format, files] of Object.entries(filesByFormat)) {
    if (files.length === 0) continue;
    await RAW[format](files[0]);
    await extract(files[0]);
    const raw = await timed(files, RAW[format]);
    const cse = await timed(files, async (f) => {
      await extract(f);
    });
    rows.push({
      format,
      documents: files.length,
      pages: format === 'pdf' ? raw.pages : null,
      raw: { seconds: raw.seconds, documentsPerSecond: files.length / raw.seconds, pagesPerSecond: format === 'pdf' ? raw.pages / raw.seconds : null },
      extract: { seconds: cse.seconds, documentsPerSecond: files.length / cse.seconds, pagesPerSecond: format === 'pdf' ? raw.pages / cse.seconds : null },
      extractTimeOverRaw: cse.seconds / raw.seconds,
    });
  }
  return rows;
}
