/**
 * PDF into the document model, with pdfjs-dist (the legacy build, for Node): text items with
 * their positions, ruling lines from the operator list, bordered tables rebuilt from the rulings,
 * running headers and footers dropped, and the rest laid out as headings, paragraphs and lists.
 * Every block keeps its page number.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Document } from '../../document/model.js';
import { CseError, detailOf } from '../../errors.js';
import { rejoinBrokenWords } from './broken-words.js';
import { joinCentredCells } from './centred-cells.js';
import { applyStyles, type FontStyle, fragmentsOf, hasColumns, linesOf, pieces, readMarks } from './fragments.js';
import { withMarkedRatingsOnly } from './marked-scale.js';
import { withoutFootnoteMarks } from './footnote-marks.js';
import { withDrawnBullets } from './drawn-bullets.js';
import { dropPageFurniture } from './furniture.js';
import { glyphWidthsOf, type GlyphWidths } from './glyph-widths.js';
import { gridTables, type GridTable } from './grid-tables.js';
import { splitHeaderCellsOfPages } from './header-cells.js';
import { layoutBlocks, type PageItem, type PageLayout } from './layout.js';
import { IDENTITY, type Matrix, multiply } from './matrix.js';
import { FONTLESS_DOCUMENT, getDocument, loadWorker, OPS, type PDFDocumentProxy, type PDFPageProxy } from './pdfjs.js';
import { splitMergedCells } from './merged-cells.js';
import { impliedColumnRulings } from './ruled-tables.js';
import { rulingsOf } from './rulings.js';
import { spreadRowSpanningLabels } from './row-spanning-labels.js';
import { readingStreams, type Stream } from './page-columns.js';
import { type Carried, streamTables } from './stream-tables.js';
import { DEFAULT_MAX_PAGES, DEFAULT_MAX_SECONDS } from './limits.js';

export interface PdfOptions {
  /** Most pages read; a longer PDF is `too-large`. */
  maxPages?: number;
  /** Most seconds spent on one PDF; a slower one is `too-large`. */
  maxSeconds?: number;
}

/** A page with fewer characters than this, and an image, is taken for a scan. */
const SCANNED_PAGE_CHARS = 20;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const STANDARD_FONTS = `${join(pdfjsRoot, 'standard_fonts')}/`;
const CMAPS = `${join(pdfjsRoot, 'cmaps')}/`;
const BOLD_FONT = /bold|black|heavy|semibold|demi/i;
const ITALIC_FONT = /italic|oblique/i;
const IMAGE_OPS = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject]);

async function open(path: string, bytes: Buffer): Promise<PDFDocumentProxy> {
  if (!bytes.subarray(0, 1024).includes('%PDF-')) {
    throw new CseError('corrupt', path, `${path} is not a PDF although its name ends .pdf: check it is the report and not a renamed file.`);
  }
  await loadWorker();
  const task = getDocument({
    // pdfjs takes ownership of the array it is given.
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: false,
    ownerDocument: FONTLESS_DOCUMENT as never,
    useSystemFonts: false,
    // The widths of each font's characters (glyph-widths.ts), for cells pdfjs joins into one item.
    fontExtraProperties: true,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new CseError('encrypted', path, `${path} is password-protected: open it with its password and save or print an unprotected copy to PDF for cse.`);
    }
    throw new CseError('corrupt', path, `${path} is a damaged PDF (its structure cannot be read); it is probably truncated: fetch the report again or export it to PDF again.`, detailOf(error));
  }
}

interface PageRead {
  height: number;
  lines: ReturnType<typeof linesOf>;
  tables: GridTable[];
  chars: number;
  images: number;
}

interface PageText {
  page: PDFPageProxy;
  text: Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
}

async function pageText(doc: PDFDocumentProxy, number: number): Promise<PageText> {
  const page = await doc.getPage(number);
  // Marked content says where a tagged PDF's list labels are (drawn-bullets.ts).
  const text = await page.getTextContent({ includeMarkedContent: true });
  return { page, text: { ...text, items: withDrawnBullets(text.items) as typeof text.items } };
}

/**
 * The matrix from a page's own space into the one it is read in: upright, its text running left
 * to right, y growing upwards from the page's foot. The page is first taken as it is shown (its
 * /Rotate applied), then turned by quarter turns until most of its text (by characters) runs left
 * to right: a landscape page that a print driver drew turned and rotated back for showing, and a
 * page rotated for showing and saved so, both read as their text runs.
 */
function readingSpace(page: PDFPageProxy, items: readonly unknown[]): { matrix: Matrix; height: number } {
  const { width, height, transform } = page.getViewport({ scale: 1 });
  const shown = multiply([1, 0, 0, -1, 0, height], transform as Matrix);
  // Characters by the way their text runs: rightwards, up, leftwards, down.
  const chars = [0, 0, 0, 0];
  for (const item of items as { str?: string; transform?: Matrix }[]) {
    if (!item.str || !item.transform) continue;
    const [a, b] = multiply(shown, item.transform);
    chars[(Math.round(Math.atan2(b, a) / (Math.PI / 2)) + 4) % 4]! += item.str.length;
  }
  const quarter = chars.indexOf(Math.max(...chars));
  // Text running up, leftwards or down is turned to run rightwards; the page turns with it.
  const turns: Matrix[] = [IDENTITY, [0, -1, 1, 0, 0, width], [-1, 0, 0, -1, width, height], [0, 1, -1, 0, height, 0]];
  return { matrix: multiply(turns[quarter]!, shown), height: quarter % 2 ? width : height };
}

async function readPage({ page, text }: PageText): Promise<PageRead> {
  try {
    const space = readingSpace(page, text.items);
    const fragments = fragmentsOf(text.items, space.matrix);
    const chars = fragments.reduce((n, f) => n + f.text.trim().length, 0);
    // The operator list (which costs about 0.8 of the text's time) is fetched only where it is
    // needed: for the ruling lines of a page whose text sits in columns, for the real names of
    // fonts no earlier page has loaded (they say which text is bold or italic), and for the
    // images of a page with almost no text (a scan).
    const needsOperators =
      chars < SCANNED_PAGE_CHARS || hasColumns(linesOf(fragments)) || fragments.some((f) => !page.commonObjs.has(f.font));
    const operators = needsOperators ? await page.getOperatorList() : null;
    const names = new Map<string, string>();
    const nameOf = (id: string): string => {
      if (!names.has(id)) names.set(id, page.commonObjs.has(id) ? String((page.commonObjs.get(id) as { name?: string }).name ?? '') : '');
      return names.get(id)!;
    };
    const styles = new Map<string, FontStyle>();
    const widths = new Map<string, GlyphWidths | null>();
    applyStyles(fragments, (id): FontStyle => {
      if (!styles.has(id)) styles.set(id, { bold: BOLD_FONT.test(nameOf(id)), italic: ITALIC_FONT.test(nameOf(id)) });
      return styles.get(id)!;
    });
    readMarks(fragments, nameOf);
    const marked = withMarkedRatingsOnly(fragments);
    const rulings = operators ? rulingsOf(operators, space.matrix) : [];
    const { tables, rest } = gridTables([...rulings, ...impliedColumnRulings(rulings, marked)], marked);
    return {
      height: space.height,
      lines: splitMergedCells(spreadRowSpanningLabels(joinCentredCells(withoutFootnoteMarks(linesOf(rest)))), (id) => {
        if (!widths.has(id)) widths.set(id, page.commonObjs.has(id) ? glyphWidthsOf(page.commonObjs.get(id)) : null);
        return widths.get(id)!;
      }),
      tables,
      chars,
      images: operators ? operators.fnArray.filter((fn) => IMAGE_OPS.has(fn)).length : 0,
    };
  } finally {
    page.cleanup();
  }
}

type Placed = PageItem & { top: number };

/** The columns a table carries over, moved to a stream whose text starts at `left`, where the table ended in a page's column: the next page may hold it in its other column. */
function carriedInto(carried: Carried | undefined, left: number): Carried | undefined {
  if (carried?.columnLeft === undefined || !Number.isFinite(left)) return carried;
  const shift = left - carried.columnLeft;
  const moved = (c: { left: number; right: number }) => ({ left: c.left + shift, right: c.right + shift });
  return { columns: carried.columns.map((x) => x + shift), header: carried.header?.map(moved), columnLeft: left };
}

const byTop = (items: Placed[]) => items.sort((a, b) => b.top - a.top);

/**
 * A page's tables and lines in reading order: top to bottom, but a band set in two columns
 * (page-columns.ts) as its left column's items and then its right's. A table drawn with borders
 * goes to the column that holds it. The rows of a borderless table the page before ended with
 * (`carried`) can carry on only at the top of the page's first stream.
 */
function pageItems(ruled: readonly GridTable[], streams: readonly Stream[], carried: Carried | undefined): Placed[] {
  const read = (stream: Stream, k: number): Placed[] => {
    const left = Math.min(...stream.lines.map((l) => l.x));
    const columnLeft = stream.left === -Infinity && stream.right === Infinity ? undefined : left;
    return streamTables(stream.lines, k === 0 ? carriedInto(carried, left) : undefined).map((item) => {
      if (item.kind === 'line') return { ...item, top: item.line.y + item.line.size * 0.8 };
      if (columnLeft !== undefined) item.table.columnLeft = columnLeft;
      return { ...item, top: item.table.top };
    });
  };
  const tables = ruled.map((table) => ({ kind: 'table' as const, table, top: table.top }));
  if (streams.length === 1) return byTop([...tables, ...read(streams[0]!, 0)]);
  const placed = streams.map((stream, k) => read(stream, k));
  const loose: typeof tables = [];
  for (const table of tables) {
    const middle = (table.table.columns[0]! + table.table.columns.at(-1)!) / 2;
    const k = streams.findIndex((s) => table.top <= s.top + 1 && table.top >= s.bottom - 1 && middle >= s.left && middle <= s.right);
    if (k >= 0) placed[k]!.push(table);
    else loose.push(table);
  }
  // The two columns of a band share its top, and a stable sort keeps the left before the right.
  const segments = placed.map((items, k) => ({ top: streams[k]!.top, items: byTop(items) }));
  segments.push(...loose.map((table) => ({ top: table.top, items: [table] })));
  return segments.sort((a, b) => b.top - a.top).flatMap((s) => s.items);
}

/** Whether `line` is one piece within the width of a headed table just before it: a title of rows to come. */
function isTitleAfter(before: PageItem | undefined, line: PageItem): boolean {
  if (before?.kind !== 'table' || !before.table.header || line.kind !== 'line') return false;
  return pieces(line.line).length === 1 && line.line.right <= before.table.header.at(-1)!.right;
}

export async function readPdf(path: string, bytes: Buffer, options: PdfOptions = {}): Promise<Document> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const deadline = Date.now() + (options.maxSeconds ?? DEFAULT_MAX_SECONDS) * 1000;
  const doc = await open(path, bytes);
  try {
    if (doc.numPages > maxPages) {
      throw new CseError('too-large', path, `${path} has ${doc.numPages} pages, over the limit of ${maxPages}: check it is one report, or raise the limit with --max-pages.`);
    }
    const pages: PageRead[] = [];
    // The next page's text is asked for before this page is laid out, so that pdfjs inflates
    // its streams (on the thread pool) while this thread works on the page in hand.
    let next = pageText(doc, 1);
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const current = await next;
        if (Date.now() > deadline) {
          current.page.cleanup();
          throw new CseError('too-large', path, `${path} took more than ${options.maxSeconds ?? DEFAULT_MAX_SECONDS} s to read (stopped at page ${n} of ${doc.numPages}): check the file, or raise the limit with --max-seconds.`);
        }
        if (n < doc.numPages) {
          next = pageText(doc, n + 1);
          // Left unread when this page fails; destroying the document then rejects it.
          next.catch(() => {});
        }
        pages.push(await readPage(current));
      } catch (error) {
        if (error instanceof CseError) throw error;
        throw new CseError('corrupt', path, `${path} is damaged at page ${n} of ${doc.numPages}: open it and export or print it to PDF again, then give cse the new copy.`, detailOf(error));
      }
    }
    const scanned = pages.filter((p) => p.chars < SCANNED_PAGE_CHARS && p.images > 0).length;
    if (pages.every((p) => p.chars < SCANNED_PAGE_CHARS) || scanned * 2 > pages.length) {
      throw new CseError('no-text', path, `${path} has no text layer on ${scanned || pages.length} of its ${pages.length} pages: it looks scanned. Run it through OCR (for example ocrmypdf) and give cse the result.`);
    }
    const kept = dropPageFurniture(pages);
    const streams = readingStreams(splitHeaderCellsOfPages(kept));
    // The columns of a borderless table that ends its page, for the rows it carries over to the next.
    let carried: Carried | undefined;
    const layout: PageLayout[] = pages.map((p, i) => {
      const items = pageItems(p.tables, streams[i]!, carried);
      // Each row keeps its own page, since a table may later be joined to the page before.
      for (const item of items) if (item.kind === 'table') for (const row of item.table.rows) row.page = i + 1;
      // The page may end with a title of the next rows after the table ("4.3 Deal Effectively with
      // Problems" at the foot, its rows over the page): the table's header still heads them.
      const last = items.at(-1)?.kind === 'line' && isTitleAfter(items.at(-2), items.at(-1)!) ? items.at(-2) : items.at(-1);
      carried = last?.kind === 'table' && !p.tables.includes(last.table) ? { columns: last.table.columns, header: last.table.header, columnLeft: last.table.columnLeft } : undefined;
      return { page: i + 1, items };
    });
    return { blocks: rejoinBrokenWords(layoutBlocks(layout)), diagnostics: [] };
  } finally {
    await doc.destroy();
  }
}
