/**
 * Running headers, footers and page numbers: lines in the top or bottom margin that repeat on
 * most pages (digits aside), or that are only a page number. They are not part of the report.
 */
import { joinFragments, type TextLine } from './fragments.js';

/** The share of the page height at the top and at the bottom where running lines live. */
const MARGIN = 0.09;
const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i;

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
    page.lines.filter((line) => !(inMargin(line, page.height) && (repeated(line) || PAGE_NUMBER.test(joinFragments(line.fragments))))),
  );
}
