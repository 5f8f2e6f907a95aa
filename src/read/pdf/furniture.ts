/**
 * Running headers, footers and page numbers: lines in the top or bottom margin that repeat on
 * most pages (digits aside), that are only a page number, or that set a page number apart
 * beside other text ("Official – Sensitive      Page 3", on a report of one page too). They are
 * not part of the report.
 */
import { joinFragments, pieces, type TextLine } from './fragments.js';

/** The share of the page height at the top and at the bottom where running lines live. */
const MARGIN = 0.09;
/** "3", "Page 3", "Page 3 of 14", "3 / 14", "- 3 -". */
const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
/** A page number that says it is one, beside other text: not a bare number, which a table's last row may end with. */
const LABELLED_PAGE_NUMBER = /^page\s*\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^\d{1,4}\s*(of|\/)\s*\d{1,4}$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

function isPageNumber(line: TextLine): boolean {
  return PAGE_NUMBER.test(joinFragments(line.fragments)) || pieces(line).some((piece) => LABELLED_PAGE_NUMBER.test(joinFragments(piece)));
}

export interface PageLines {
  height: number;
  lines: TextLine[];
}

function inMargin(line: TextLine, height: number): boolean {
  return line.y > height * (1 - MARGIN) || line.y < height * MARGIN;
}

const shape = (line: TextLine) => joinFragments(line.fragments).replace(/\d+/g, '#').toLowerCase();

/** Each page's lines without its running header, footer and page number. */
export function dropPageFurniture(pages: readonly PageLines[]): TextLine[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.filter((l) => inMargin(l, page.height)).map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeated = (line: TextLine) => pages.length >= 2 && (counts.get(shape(line)) ?? 0) >= Math.max(2, pages.length / 2);
  return pages.map((page) =>
    page.lines.filter((line) => !(inMargin(line, page.height) && (repeated(line) || isPageNumber(line)))),
  );
}
