/**
 * A PDF's pages (lines of text and bordered tables, in page order) into the document model:
 * headings from font size, title lines from bold or italic, lists from bullets, paragraphs from line
 * spacing, lines laid out in columns by tabs as tables, and a table that runs over a page break
 * as one table, its repeated header dropped and a row the break split joined again.
 */
import { BOLD_TITLE_LEVEL, isTitleText, joinSplitCells, rowKey, type Block } from '../../document/model.js';
import { tableBlocks } from '../table-blocks.js';
import { joinTabLaidTables, tabLaidTable } from '../tab-laid.js';
import { headerOverTable } from './foot-header.js';
import { isListStart, joinFragments, pieces, type TextLine } from './fragments.js';
import type { GridRow, GridTable } from './grid-tables.js';
import { joinLines } from './text-lines.js';

export type PageItem = { kind: 'table'; table: GridTable } | { kind: 'line'; line: TextLine };

export interface PageLayout {
  page: number;
  items: PageItem[];
}

/** Column boundaries of two pieces of one table agree within this. */
const SAME_COLUMN = 3;

const rounded = (size: number) => Math.round(size * 2) / 2;

/** The size most text is set in, and the larger sizes headings use, largest first. */
function typeSizes(pages: readonly PageLayout[]): { body: number; headings: number[] } {
  const chars = new Map<number, number>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      for (const f of item.line.fragments) chars.set(rounded(f.size), (chars.get(rounded(f.size)) ?? 0) + f.text.length);
    }
  }
  const body = [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  return { body, headings: [...chars.keys()].filter((s) => s >= body + 1).sort((a, b) => b - a) };
}

/** Whether two tables have the same columns; on pages set in columns, wherever each column puts them. */
function sameColumns(a: GridTable, b: GridTable): boolean {
  const shift = a.columnLeft !== undefined || b.columnLeft !== undefined ? b.columns[0]! - a.columns[0]! : 0;
  return a.columns.length === b.columns.length && a.columns.every((x, i) => Math.abs(x + shift - b.columns[i]!) <= SAME_COLUMN);
}

/**
 * The table that starts a page, with the column line it lacks put back where the table of the
 * page before has it and merges its last row's cells across it: a cell merged over two columns
 * ("Compliant" under both "Result" columns, one per site) leaves the next page, whose rows all
 * merge them, without the line between. The merged cell's text goes in both, as a grid gives a
 * merged cell's. Null where the columns differ otherwise.
 */
function withMergedColumnSplit(previous: GridTable, next: GridTable): GridTable | null {
  const before = previous.columns;
  if (before.length !== next.columns.length + 1 || previous.columnLeft !== undefined || next.columnLeft !== undefined) return null;
  const last = previous.rows.at(-1)?.cells;
  for (let m = 1; m + 1 < before.length; m++) {
    const without = before.filter((_, i) => i !== m);
    if (!without.every((x, i) => Math.abs(x - next.columns[i]!) <= SAME_COLUMN) || !last || last[m - 1] !== last[m]) continue;
    const rows = next.rows.map((row) => ({ ...row, cells: [...row.cells.slice(0, m), ...row.cells.slice(m - 1)] }));
    return { ...next, columns: [...before], rows };
  }
  return null;
}

/** The share of a table's rows that fill their first cell above which an empty one marks a continuation. */
const FIRST_CELL_FILLED = 0.85;
/** Fewer rows than this around the break say nothing of how the table fills its first cell. */
const MIN_ROWS_TELLING = 3;

/**
 * The first row on a new page is the rest of a row the page break split when its first cell
 * carries on a sentence (starts in lower case), or when its first cell is empty and either
 * nearly every other row of the table, above and below the break, fills that cell (a row of its own would too; the odd
 * blank one is the exception, like a code the text layer lost) or the text
 * above its first filled cell stopped in the middle of a sentence (ends in a word or a comma,
 * not a full stop, a number or a code).
 */
function continuesRow(table: GridTable, cells: readonly string[], below: readonly GridRow[]): boolean {
  const above = table.rows.at(-1)!.cells;
  if (/^[a-z(,;)–-]/.test(cells[0] ?? '')) return true;
  if (cells[0] !== '') return false;
  const column = cells.findIndex((c) => c !== '');
  if (column < 0) return false;
  const body = [...table.rows.slice(1), ...below].filter((r) => !r.spansTable);
  const filled = body.filter((r) => r.cells[0] !== '').length;
  const telling = body.length >= MIN_ROWS_TELLING && filled >= body.length * FIRST_CELL_FILLED;
  return telling || /[\p{L},;–-]$/u.test((above[column] ?? '').trim());
}

/**
 * Whether the first row on a new page carries on the words of the row above, whatever that row
 * is (a header cut by the break included): its first cell is empty or carries on in lower case,
 * and some cell starts in lower case under a cell whose text stopped mid-sentence ("Orga" /
 * "nisation", "Quality of" / "ity of Service"). A row of its own fills its first cell with a
 * label or a code, or starts its cells as sentences start.
 */
function carriesOnWords(above: readonly string[], below: readonly string[]): boolean {
  if (!/^(|[a-z(,;)–-].*)$/su.test(below[0] ?? '')) return false;
  return below.some((cell, c) => /^\p{Ll}/u.test(cell) && /[\p{L},;–-]$/u.test((above[c] ?? '').trim()));
}

/**
 * Words a label is never ended with: it wrapped after them ("II. The Culture of the" /
 * "Organisation"); and a colon, which a name follows ("Criterion 1:" / "Customer Insight").
 */
const OPEN_ENDING = /\s(?:and|or|of|the|a|an|to|for|in|on|at|by|with|from|&)$|:$/i;

/**
 * Whether the first row on a new page is the rest of the label of the row above, wrapped onto a
 * line the break moved: it fills only its first cell, and the row above fills its other cells
 * and ends its label with a word no label ends with.
 */
function carriesOnLabel(above: readonly string[], below: readonly string[]): boolean {
  return (below[0] ?? '').trim() !== '' && below.slice(1).every((c) => c.trim() === '') && above.slice(1).some((c) => c.trim() !== '') && OPEN_ENDING.test((above[0] ?? '').trim());
}

/** The shape of a cell that is a number or a code ("3.4.1" and "1.1.2" are "#.#.#"), or null. */
function numberShape(cell: string | undefined): string | null {
  return cell && /^\d+(\.\d+)*\.?$/.test(cell.trim()) ? cell.trim().replace(/\d+/g, '#') : null;
}

/** A label led by its number ("2. The Culture of the Organisation", "3 – Information"): the number's parts, or null. */
function labelNumber(cell: string | undefined): number[] | null {
  const match = cell?.trim().match(/^(\d{1,2}(?:\.\d{1,2})*)\.?\s+[^\d\s]/);
  return match ? match[1]!.split('.').map(Number) : null;
}

/**
 * Whether the label of the row below is numbered next after the label of the row above ("2. The
 * Culture …" then "3. Information and Access"): rows of one numbered list of labels, which a page
 * break parted without repeating the header. A next number, not only a like one: the labels of two
 * tables of the same columns are often numbered alike from 1.
 */
function numberedNext(above: string | undefined, below: string | undefined): boolean {
  const [a, b] = [labelNumber(above), labelNumber(below)];
  if (!a || !b || a.length !== b.length) return false;
  return a.slice(0, -1).every((n, k) => n === b[k]) && a.at(-1)! + 1 === b.at(-1)!;
}

/**
 * A table that starts a page and continues the table that ended the page before is one table:
 * the header row the word processor repeated (any row the table already holds) is dropped, and a first row with an empty first
 * cell or text carrying on a sentence, under a row the break split, is joined to that row. A
 * table of the same columns that does neither is a table of its own.
 */
function joinAcrossPages(pages: readonly PageLayout[]): PageLayout[] {
  const out: PageLayout[] = pages.map((p) => ({ page: p.page, items: [...p.items] }));
  // The table that ended the page before; a page taken up wholly by a table's continuation passes it on.
  let open: PageItem | undefined;
  for (let i = 0; i < out.length; i++) {
    const previous = open;
    let first = out[i]!.items[0];
    open = out[i]!.items.at(-1);
    if (previous?.kind === 'line' && first?.kind === 'table' && out[i - 1]?.items.at(-1) === previous) {
      const header = headerOverTable(previous.line, first.table);
      if (header) {
        out[i - 1]!.items.pop();
        first.table.rows.unshift({ cells: header, spansTable: false, top: previous.line.y + previous.line.size, page: out[i - 1]!.page });
      }
      continue;
    }
    if (previous?.kind !== 'table' || first?.kind !== 'table') continue;
    if (!sameColumns(previous.table, first.table)) {
      const split = withMergedColumnSplit(previous.table, first.table);
      if (!split) continue;
      first = out[i]!.items[0] = { kind: 'table', table: split };
    }
    const head = previous.table.rows[0];
    // A row with nothing in it (what is left of a row the break cut at its padding) says nothing.
    const filled = first.table.rows.findIndex((r) => r.cells.some((c) => c !== ''));
    let rows = filled < 0 ? [] : first.table.rows.slice(filled);
    // The header the word processor repeats may be a later table's that ran on from the one above
    // it: a row at the top of a page that the table already holds is such a repeat.
    const repeatsHeader = !!head && !!rows[0] && previous.table.rows.some((r) => rowKey(r.cells) === rowKey(rows[0]!.cells));
    if (repeatsHeader) rows = rows.slice(1);
    // A header alone at the foot of a page heads the rows on the next, unless the break cut it.
    const headerOnly = previous.table.rows.length === 1;
    const last = previous.table.rows.at(-1);
    const split = rows[0];
    const splitRow =
      !!last &&
      !!split &&
      !last.spansTable &&
      !split.spansTable &&
      (carriesOnWords(last.cells, split.cells) || carriesOnLabel(last.cells, split.cells) || (!headerOnly && continuesRow(previous.table, split.cells, rows.slice(1))));
    // Two tables of the same columns either side of a break (an element table, then the totals)
    // are one table only when the page says so: the header repeated or left alone, a row carried
    // on, or a next row numbered as the row above it is (a code like 3.4.1 under 1.1.2).
    const numberedOn =
      !headerOnly &&
      !!last &&
      !!split &&
      ((numberShape(split.cells[0]) !== null && numberShape(split.cells[0]) === numberShape(last.cells[0])) || numberedNext(last.cells[0], split.cells[0]));
    if (!repeatsHeader && !headerOnly && !splitRow && !numberedOn) continue;
    if (splitRow) {
      last!.cells = joinSplitCells(last!.cells, split!.cells);
      rows = rows.slice(1);
    }
    previous.table.rows.push(...rows);
    out[i]!.items.shift();
    if (out[i]!.items.length === 0) open = previous;
  }
  return out;
}

/** A paragraph's number: "3.1", "4.", "12"; never three parts, which is an element's code. */
const PARAGRAPH_NUMBER = /^\d{1,2}(?:\.\d{1,2})?\.?$/;

/**
 * The texts of a paragraph's lines without the paragraph's number where it hangs in a margin to
 * the left of the text: a numbered paragraph printed as a table centres the number beside its
 * lines, on a line of its own ("… (CSE) surveillance" / "1.1" / "visit in February 2016 …") or
 * at the start of a middle line ("3.1 full reassessment, when …").
 */
function withoutMarginNumbers(lines: readonly TextLine[]): string[] {
  const texts = lines.map((l) => lineText(l));
  if (lines.length < 2) return texts;
  const xs = lines.map((l) => l.x).sort((a, b) => a - b);
  const textX = xs[Math.floor(xs.length / 2)]!;
  return lines.flatMap((line, k) => {
    // A number before the first line is the paragraph's own label, as a list's is ("4.2.4 The Trust learns …").
    if (k === 0 || line.x >= textX - line.size * 0.8) return [texts[k]!];
    const [number, ...rest] = texts[k]!.split(' ');
    if (!PARAGRAPH_NUMBER.test(number!)) return [texts[k]!];
    return rest.length === 0 ? [] : [rest.join(' ')];
  });
}

function lineText(line: TextLine, from = 0): string {
  return joinFragments(line.fragments.slice(from));
}

/**
 * A line standing alone, set in bold, or in italic without ending a sentence, is a title: how
 * a subheading looks when its style gives it no larger size. An italic sentence is emphasis.
 */
function isTitleLine(line: TextLine, text: string): boolean {
  if (!isTitleText(text)) return false;
  return line.bold || (line.italic && !/[.!?;:,]$/.test(text));
}

/** Running prose, not a title: a sentence of several words, or more text than a title holds. */
function readsAsProse(text: string): boolean {
  return !isTitleText(text.replace(/\n/g, ' ')) || (/[.!?]["'’”)]?$/.test(text) && text.split(/\s+/).length >= PROSE_WORDS);
}
/** A sentence of this many words, ending in a full stop, is prose whatever its size. */
const PROSE_WORDS = 8;
/** A larger size set in prose this often is the body's (a report whose lists or tables are set smaller than its paragraphs). */
const PROSE_GROUPS = 2;

/** A box drawn round the next line of a paragraph starts within this many type sizes under the line before. */
const BOX_REACH = 1.5;
/** Boxes round two lines of one paragraph stand closer than this (points): the one's bottom border over the other's top. */
const BOX_GAP = 6;

/** A list item's lines stand at most this many type sizes apart (a line height of 1.5, and a little). */
const ITEM_LINE_PITCH = 1.6;

/** Whether `line` starts where the text of the list item the group opens with starts (its bullet hung left of it). */
function hangsUnderItem(group: readonly TextLine[], line: TextLine): boolean {
  const first = group[0];
  if (!first || !isListStart(first)) return false;
  const text = first.fragments[1]!;
  return Math.abs(line.x - text.x) <= 1 && group.slice(1).every((l) => Math.abs(l.x - text.x) <= 1);
}

class BlockBuilder {
  readonly blocks: Block[] = [];
  /** For each heading size, how many of its groups read as prose. */
  readonly proseAtSize = new Map<number, number>();
  private group: TextLine[] = [];
  private groupPage = 0;
  /** The last block, where it is a box drawn round text (a table of one cell). */
  private box: { table: GridTable; page: number } | undefined;

  constructor(
    private readonly sizes: { body: number; headings: number[] },
    /** The distance between the lines of a paragraph at the body's size, where the document shows it. */
    private readonly leading: number | null = null,
  ) {}

  private levelOf(size: number): number | null {
    const index = this.sizes.headings.indexOf(rounded(size));
    return index < 0 ? null : Math.min(index + 1, 5);
  }

  /** Whether `line` carries on the paragraph being gathered. */
  private continues(line: TextLine): boolean {
    const last = this.group.at(-1);
    if (!last) return false;
    if (rounded(line.size) !== rounded(last.size) || line.bold !== last.bold || line.italic !== last.italic) return false;
    if (this.levelOf(line.size) !== null) return last.y - line.y <= line.size * 1.6;
    // A list item's bullet stands apart from its text, but the item's next lines carry on.
    if (isListStart(line) || pieces(line).length > 1 || (pieces(last).length > 1 && !isListStart(last))) return false;
    // Set with more leading than usual (a page printed from HTML at a line height of 1.5), a paragraph's lines stand further apart.
    const apart = this.leading !== null && rounded(line.size) === this.sizes.body ? Math.max(line.size * 1.45, this.leading * LEADING_SLACK) : line.size * 1.45;
    const gap = last.y - line.y - (line.raisedBy ?? 0);
    // A list item's next line set where the item's text starts, under its bullet's hang, is the
    // item's, at any line height a page sets: the next item starts with its own bullet.
    if (gap > apart && gap <= line.size * ITEM_LINE_PITCH && hangsUnderItem(this.group, line)) return true;
    return gap <= apart;
  }

  line(line: TextLine, page: number): void {
    this.box = undefined;
    if (this.group.length > 0 && !this.continues(line)) this.flush();
    if (this.group.length === 0) this.groupPage = page;
    this.group.push(line);
  }

  table(table: GridTable, page: number): void {
    const last = this.group.at(-1);
    const boxAbove = this.box;
    this.flush();
    const blocks = tableBlocks(table.rows.map((row) => ({ cells: row.cells, spansTable: row.spansTable, loc: { page: row.page ?? page } })));
    const [box] = blocks;
    const previous = this.blocks.at(-1);
    this.box = blocks.length === 1 && box?.kind === 'paragraph' ? { table, page } : undefined;
    // A border drawn round part of a paragraph (LibreOffice may box one line of an HTML block): a
    // word the line above the box broke at a hyphen carries on in the box ("… 0 = Non-" over a box
    // of "Compliance."), whether the line above is a line or itself boxed.
    const below = last ? table.top < last.y && last.y - table.top <= last.size * BOX_REACH : !!boxAbove && boxAbove.page === page && table.top < boxAbove.table.bottom && boxAbove.table.bottom - table.top <= BOX_GAP;
    if (blocks.length === 1 && box?.kind === 'paragraph' && previous?.kind === 'paragraph' && below && /\p{L}-$/u.test(previous.text)) {
      previous.text = joinLines([previous.text, box.text]);
      return;
    }
    this.blocks.push(...blocks);
  }

  flush(): void {
    const lines = this.group;
    this.group = [];
    if (lines.length === 0) return;
    const loc = { page: this.groupPage };
    const first = lines[0]!;
    const level = this.levelOf(first.size);
    if (level !== null) {
      const text = lines.map((l) => lineText(l)).join(' ');
      if (readsAsProse(text)) this.proseAtSize.set(rounded(first.size), (this.proseAtSize.get(rounded(first.size)) ?? 0) + 1);
      this.blocks.push({ kind: 'heading', level, text, loc });
      return;
    }
    if (isListStart(first)) {
      const items = lines.map((l) => (isListStart(l) ? lineText(l, 1) : `\n${lineText(l)}`)).reduce<string[]>((acc, t) => {
        if (t.startsWith('\n') && acc.length > 0) acc[acc.length - 1] += t;
        else acc.push(t);
        return acc;
      }, []);
      // Each item is gathered on its own; items that follow one another make one list.
      const previous = this.blocks.at(-1);
      if (previous?.kind === 'list') previous.items.push(...items);
      else this.blocks.push({ kind: 'list', items, loc });
      return;
    }
    // A bullet is set apart from its text like a cell, so lists are told first.
    if (pieces(first).length > 1) {
      this.tabLaid(first, loc);
      return;
    }
    const text = joinLines(withoutMarginNumbers(lines));
    if (lines.length === 1 && isTitleLine(first, text)) this.blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc });
    else this.blocks.push({ kind: 'paragraph', text, loc });
  }

  /** A line laid out with tabs on its own (runs of them are borderless tables): one row. */
  private tabLaid(line: TextLine, loc: { page: number }): void {
    this.blocks.push(tabLaidTable([{ cells: pieces(line).map((p) => joinFragments(p)), loc }], loc));
  }
}

/**
 * Headings are told by a size larger than the body's, the body's being the size most text is set
 * in. Where lists or tables set in a smaller size outweigh the paragraphs, the paragraphs' size
 * looks like a heading's; a size that sets prose is then taken as the body's and laid out again.
 */
export function layoutBlocks(pages: readonly PageLayout[]): Block[] {
  const joined = joinAcrossPages(pages);
  const sizes = typeSizes(joined);
  const first = buildBlocks(joined, sizes);
  const prose = [...first.proseAtSize].filter(([, groups]) => groups >= PROSE_GROUPS).map(([size]) => size);
  if (prose.length === 0) return joinTabLaidTables(first.blocks);
  const bodyAt = Math.max(...prose);
  return joinTabLaidTables(buildBlocks(joined, { body: bodyAt, headings: sizes.headings.filter((s) => s >= bodyAt + 1) }).blocks);
}

/** A paragraph's next line stands no further than this many times the leading. */
const LEADING_SLACK = 1.1;
/** Wrapped lines the leading is measured on, at least. */
const LEADING_SAMPLES = 5;
/** A line a paragraph wrapped holds this many words at least. */
const WRAPPED_WORDS = 8;

/**
 * The leading of the body's paragraphs: the distance, most often seen, from a line of several
 * words that runs to the right edge of the document's text (a line the paragraph wrapped) to the
 * next line, set where the
 * line's text starts, in the body's size. Null where fewer than LEADING_SAMPLES such pairs are seen.
 */
export function leadingOf(pages: readonly PageLayout[], body: number): number | null {
  const counts = new Map<number, number>();
  const byPage = pages.map((page) => page.items.flatMap((item) => (item.kind === 'line' && rounded(item.line.size) === body ? [item.line] : [])));
  // The right edge of the text, the document's: on a page of short lines no line is full.
  const right = Math.max(...byPage.flat().map((l) => l.right));
  for (const lines of byPage) {
    for (let k = 1; k < lines.length; k++) {
      const [a, b] = [lines[k - 1]!, lines[k]!];
      const dy = a.y - b.y;
      const wrapped = a.right >= right - body * 3 && lineText(a).split(' ').length >= WRAPPED_WORDS;
      // The text of a line hung from a bullet or a number starts at its last piece.
      if (!wrapped || Math.abs(pieces(a).at(-1)![0]!.x - b.x) > 1 || dy < body || dy > body * 3) continue;
      const key = Math.round(dy * 2) / 2;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [best] = [...counts].sort((p, q) => q[1] - p[1] || p[0] - q[0]);
  return best && best[1] >= LEADING_SAMPLES ? best[0] : null;
}

function buildBlocks(joined: readonly PageLayout[], sizes: { body: number; headings: number[] }): BlockBuilder {
  const builder = new BlockBuilder(sizes, leadingOf(joined, sizes.body));
  for (const page of joined) {
    for (const item of page.items) {
      if (item.kind === 'table') builder.table(item.table, page.page);
      else builder.line(item.line, page.page);
    }
    builder.flush();
  }
  builder.flush();
  return builder;
}
