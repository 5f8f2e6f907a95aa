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

/**
 * A table's header row repeated at the top of each page it runs over, set in the margin: it
 * heads the lines just below it, whose cells lie under its own. A running header stands apart.
 */
function headsTableBelow(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i]!;
  const head = pieces(line);
  const below = lines.slice(i + 1, i + 4).filter((l) => line.y - l.y <= line.size * HEADER_REACH);
  if (head.length < 2 || below.length === 0 || line.y - below[0]!.y > line.size * 2.5) return false;
  const cells = below.flatMap(pieces);
  return head.every((h) => cells.some((c) => c[0]!.x <= h.at(-1)!.right && c.at(-1)!.right >= h[0]!.x));
}
/** How far below a header (in type sizes) its rows are looked for. */
const HEADER_REACH = 6;

/** Cells of a header's row: a line of this many pieces at least. */
const HEADER_CELLS = 3;

/**
 * Whether line `i` stands less than a line from a line of several cells, interleaved with it: a
 * number there is a cell's line of a header centred top to bottom ("2020" over "Ref | Element |
 * 2021 review" over "reassessment", at the top of a page the table runs on to), where a page
 * number stands apart from the text.
 */
function amidCells(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i]!;
  return [i - 1, i + 1].some((j) => lines[j] !== undefined && Math.abs(lines[j]!.y - line.y) < line.size && pieces(lines[j]!).length >= HEADER_CELLS);
}

/** Each page's lines without its running header, footer and page number. */
export function dropPageFurniture(pages: readonly PageLines[]): TextLine[][] {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.filter((l) => inMargin(l, page.height)).map(shape))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // A running line is set once a page: a shape set more often than there are pages is a table's
  // rows ("1.1.1 •" and "1.1.2 •" at the foot of each page of a tick matrix), read as the rows above them are.
  const everywhere = new Map<string, number>();
  for (const line of pages.flatMap((p) => p.lines)) {
    const key = shape(line);
    everywhere.set(key, (everywhere.get(key) ?? 0) + 1);
  }
  const repeated = (line: TextLine) => {
    const key = shape(line);
    return pages.length >= 2 && (counts.get(key) ?? 0) >= Math.max(2, pages.length / 2) && everywhere.get(key)! <= pages.length;
  };
  // A header's lines set closer than a line apart ("2019" over "Ref | Element" over "Initial", cells
  // centred top to bottom) are one header: where one heads the table below, all of them do.
  const inHeaderBelow = (lines: readonly TextLine[], i: number) =>
    headsTableBelow(lines, i) || [i - 1, i + 1].some((j) => lines[j] !== undefined && Math.abs(lines[j]!.y - lines[i]!.y) < lines[i]!.size && headsTableBelow(lines, j));
  return pages.map((page) =>
    page.lines.filter(
      (line, i) => !(inMargin(line, page.height) && ((repeated(line) && !inHeaderBelow(page.lines, i)) || (isPageNumber(line) && !amidCells(page.lines, i)))),
    ),
  );
}
