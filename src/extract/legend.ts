/**
 * A report's key to its own marks: "Each element is scored: 3 = Compliance Plus; 2 = Compliance;
 * 1 = Partial Compliance; 0 = Non-Compliance", "Key: CPlus – Compliance Plus; Full – full
 * compliance". Where a report gives one, its marks are read as the ratings it says they are, in
 * the cells that rate an element (a row that opens with an element's code) and in the first column
 * of a table that counts by mark ("Score | Number of elements" over "3 | 4"). Nowhere else: a "2"
 * in a count column is a count.
 */
import type { Block, Document, TableRow } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
import { parseRatingCell, ratingName } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';
import type { Rating } from '../schema/report.js';
import { isTotalLabel } from './score-table.js';

/** "3 = Compliance Plus", "CPlus – Compliance Plus", "PM: partially met": a mark, a sign, a rating. */
const PAIR = /(?:^|[\s;,(])([A-Za-z0-9+]{1,8})\s*(?:=|–|—|:|-)\s*([A-Za-z][A-Za-z -]{1,30}?)\s*(?=[;,.)]|$)/g;

/** The marks a key defines, where one paragraph pairs two or more marks with different ratings. */
export function legendIn(blocks: readonly Block[]): Map<string, Rating> {
  const legend = new Map<string, Rating>();
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'heading') continue;
    // A key is one paragraph, its pairs parted by semicolons.
    const pairs = [...block.text.matchAll(PAIR)].flatMap((m) => {
      const rating = parseRatingCell(m[2]!);
      return rating ? [{ mark: m[1]!, rating }] : [];
    });
    if (new Set(pairs.map((p) => p.rating)).size < 2) continue;
    // A mark read already as the rating the key gives it needs no key.
    for (const { mark, rating } of pairs) if (parseRatingCell(mark) !== rating) legend.set(mark.toLowerCase(), rating);
  }
  return legend;
}

function withMarks(rows: readonly TableRow[], legend: ReadonlyMap<string, Rating>): TableRow[] {
  const rated = (cell: string) => legend.get(tidy(cell).toLowerCase());
  const name = (rating: Rating) => ratingName(rating).replace(/\b\w/g, (c) => c.toUpperCase());
  // A table counting by mark: every row but its header and total opens with a mark.
  const body = rows.slice(1).filter((r) => !isTotalLabel(r.cells[0] ?? ''));
  const byMark = body.length >= 2 && body.every((r) => rated(r.cells[0] ?? '') !== undefined);
  const named = (cell: string) => {
    const rating = rated(cell);
    return rating ? name(rating) : cell;
  };
  return rows.map((row, i) => {
    if (byMark && i > 0) return { ...row, cells: [named(row.cells[0] ?? ''), ...row.cells.slice(1)] };
    if (leadingCode(row.cells[0] ?? '') === null) return row;
    return { ...row, cells: row.cells.map((cell, c) => (c > 0 ? named(cell) : cell)) };
  });
}

/** The document with its key's marks read as ratings; the document itself where it gives no key. */
export function withLegend(document: Document): Document {
  const legend = legendIn(document.blocks);
  if (legend.size === 0) return document;
  return { ...document, blocks: document.blocks.map((b) => (b.kind === 'table' ? { ...b, rows: withMarks(b.rows, legend) } : b)) };
}
