/**
 * A page's text as fragments with their positions, and fragments grouped into lines.
 * pdfjs gives text items in page space, y growing upwards; a fragment keeps its baseline y.
 */
import { markInSymbolFont, withPlainMarks } from '../marks.js';
import { asSuperscript, RAISED_MARK } from '../superscript.js';
import { IDENTITY, isIdentity, type Matrix, multiply } from './matrix.js';

/** A run of text drawn in one font at one position. */
export interface Fragment {
  text: string;
  x: number;
  right: number;
  /** Baseline, in page space (y grows upwards). */
  y: number;
  size: number;
  /** pdfjs's id of the font, whose real name says the style once the font is loaded. */
  font: string;
  bold: boolean;
  italic: boolean;
  /** Starts a cell of its own however close it is set to the fragment before (header-cells.ts). */
  cellStart?: boolean;
  /** Cut by its font's widths from the text before it, which pdfjs gave as one item with it (merged-cells.ts): a guess where a cell starts. */
  cutFromItem?: boolean;
  /** How far a raised footnote mark joined to this fragment reaches above its line (see raisedMarks). */
  raisedBy?: number;
}

/** Fragments on one baseline, left to right. */
export interface TextLine {
  fragments: Fragment[];
  y: number;
  size: number;
  x: number;
  right: number;
  bold: boolean;
  italic: boolean;
  /** Space a superscript on the line added above it (footnote-marks.ts): not a paragraph's gap. */
  raisedBy?: number;
}

/** What a font's real name says of its style. */
export interface FontStyle {
  bold: boolean;
  italic: boolean;
}

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/**
 * Fragments of a page's text items. Empty and space-only items are dropped (their gap shows
 * in the positions), and so is an item that repeats another at almost the same place: bold
 * drawn twice ("SSttaatteemmeenntt") is a known trap of PDF text layers. Styles are set later
 * (`applyStyles`), once it is known whether the page's fonts are loaded. `page` maps the page's
 * own space into the upright one the page is read in (see index.ts).
 */
export function fragmentsOf(items: readonly unknown[], page: Matrix = IDENTITY): Fragment[] {
  const upright = isIdentity(page);
  const out: Fragment[] = [];
  for (const raw of items) {
    const item = raw as PdfTextItem;
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const [a, b, , d, x, y] = upright ? (item.transform as Matrix) : multiply(page, item.transform as Matrix);
    if (diagonal(a, b)) continue;
    const size = Math.hypot(a, b) || Math.abs(d);
    const fragment: Fragment = { text: item.str, x, right: x + item.width, y, size, font: item.fontName, bold: false, italic: false };
    const twin = out.find((f) => f.text === fragment.text && Math.abs(f.x - x) < 1 && Math.abs(f.y - y) < 1);
    if (twin) continue;
    const before = out.at(-1);
    if (before && isRaisedMarkAfter(fragment, before)) lowerMark(fragment, before);
    out.push(fragment);
  }
  return out;
}

/** A mark is set smaller than the text it follows and raised above its baseline (in that text's sizes), and drawn right after it. */
const MARK_SMALLER = 0.9;
const MARK_RAISED = { least: 0.15, most: 0.7 };
const MARK_GAP = 0.3;

/** Whether `f` is a footnote mark set as a superscript right after `before` ("C" and a raised "1"). */
function isRaisedMarkAfter(f: Fragment, before: Fragment): boolean {
  if (!RAISED_MARK.test(f.text.trim()) || f.size > before.size * MARK_SMALLER) return false;
  const raised = f.y - before.y;
  const gap = f.x - before.right;
  return raised >= before.size * MARK_RAISED.least && raised <= before.size * MARK_RAISED.most && gap >= -before.size * 0.1 && gap <= before.size * MARK_GAP;
}

/**
 * The mark set on the baseline of the text it follows, written as a superscript (superscript.ts):
 * on a baseline of its own it would part a line or a cell in two, and beside the text as a digit
 * it would make "C1" of "C¹". The line keeps the height the mark adds, as footnote-marks.ts does.
 */
function lowerMark(f: Fragment, before: Fragment): void {
  const reach = f.y + f.size - (before.y + before.size);
  f.text = asSuperscript(f.text.trim());
  f.y = before.y;
  if (reach > 0) f.raisedBy = reach;
}

/** Text set at a slant (more than DIAGONAL degrees off both the line and the upright): a watermark ("CONFIDENTIAL", "DRAFT") or a stamp, never the report's words. */
const DIAGONAL = 10;
function diagonal(a: number, b: number): boolean {
  const degrees = Math.abs((Math.atan2(b, a) * 180) / Math.PI) % 90;
  return degrees > DIAGONAL && degrees < 90 - DIAGONAL;
}

/** Sets each fragment's bold and italic from what its font's name says. */
export function applyStyles(fragments: Fragment[], styleOf: (font: string) => FontStyle): void {
  for (const f of fragments) Object.assign(f, styleOf(f.font));
}

/**
 * Ticks and crosses read as the marks they show (`✓`, `✗`): a symbol font's tick or cross by
 * the font's real name, and Unicode's other ticks and crosses (see marks.ts).
 */
export function readMarks(fragments: Fragment[], fontName: (font: string) => string): void {
  for (const f of fragments) f.text = markInSymbolFont(f.text, fontName(f.font)) ?? withPlainMarks(f.text);
}

/** Fragments grouped by baseline, top of the page first. */
export function linesOf(fragments: readonly Fragment[]): TextLine[] {
  const sorted = [...fragments].sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Fragment[][] = [];
  for (const fragment of sorted) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - fragment.y) <= Math.max(1, fragment.size * 0.25)) line.push(fragment);
    else lines.push([fragment]);
  }
  return lines.map((fs) => lineOf(fs, fs[0]!.y));
}

/** One line of `fragments`, set on baseline `y`. */
export function lineOf(fragments: Fragment[], y: number): TextLine {
  const fs = fragments.sort((p, q) => p.x - q.x);
  const chars = fs.reduce((n, f) => n + f.text.length, 0);
  const raisedBy = Math.max(0, ...fs.map((f) => f.raisedBy ?? 0));
  return {
    ...(raisedBy > 0 ? { raisedBy } : {}),
    fragments: fs,
    y,
    size: Math.max(...fs.map((f) => f.size)),
    x: fs[0]!.x,
    right: Math.max(...fs.map((f) => f.right)),
    bold: fs.filter((f) => f.bold).reduce((n, f) => n + f.text.length, 0) * 2 > chars,
    italic: fs.filter((f) => f.italic).reduce((n, f) => n + f.text.length, 0) * 2 > chars,
  };
}

/** The text of fragments on one line, with a space where the gap between two is wider than a space. */
export function joinFragments(fragments: readonly Fragment[]): string {
  let text = '';
  let right: number | null = null;
  for (const f of fragments) {
    if (right !== null && f.x - right > f.size * 0.15 && !text.endsWith(' ') && !f.text.startsWith(' ')) text += ' ';
    text += f.text;
    right = f.right;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Where a fragment's ink ends: pdfjs gives a run's width with its trailing spaces, and a cell
 * LibreOffice prints as "Compliance " then reaches to where the next cell's text starts, as if the
 * two were one. The spaces' share of the width is taken in proportion to the characters.
 */
export function inkRight(f: Fragment): number {
  const kept = f.text.trimEnd().length;
  if (kept === f.text.length || kept === 0) return f.right;
  return f.x + ((f.right - f.x) * kept) / f.text.length;
}

/**
 * A bullet or a list number ("•", "–", "1.", "a)", "iv."), drawn apart from the item's text. A
 * bullet of a symbol font (Symbol's •, Wingdings' ▪ and ➢) is a private-use character once its
 * font is gone; a tick or cross among them has been read as its mark already (readMarks).
 */
const LIST_MARKER = /^[•◦▪‣●○■□–\-\uE000-\uF8FF]$|^(\d{1,2}|[a-z]|[ivx]{1,4})[.)]$/i;

/** A line that starts a list item: a marker, then the item's text set apart from it. */
export function isListStart(line: TextLine): boolean {
  const [marker, next] = line.fragments;
  return !!marker && !!next && LIST_MARKER.test(marker.text.trim()) && next.x - marker.right > marker.size * 0.4;
}

/** Text starting this close (points) starts one column of a table. */
export const SAME_START = 4;
/** Lines closer than this many type sizes are in different cells of one row (cells centred top to bottom). */
export const INTERLEAVED = 0.75;

/** Where the lines' pieces start, sorted and grouped: each group's starts lie within SAME_START of its first. */
export function startGroups(lines: readonly TextLine[]): number[][] {
  const groups: number[][] = [];
  for (const x of lines.flatMap((l) => pieces(l).map((p) => p[0]!.x)).sort((a, b) => a - b)) {
    const last = groups.at(-1);
    if (last && x - last[0]! <= SAME_START) last.push(x);
    else groups.push([x]);
  }
  return groups;
}

/** A gap wider than this many font sizes between two pieces of a line separates columns. */
export const COLUMN_GAP = 0.8;

/** The pieces of a line that gaps wider than a column gap set apart: its cells, if it is a table's. */
export function pieces(line: TextLine): Fragment[][] {
  const out: Fragment[][] = [];
  for (const f of line.fragments) {
    const last = out.at(-1);
    if (last && !f.cellStart && f.x - last.at(-1)!.right < f.size * COLUMN_GAP) last.push(f);
    else out.push([f]);
  }
  return out;
}

/** A gap between runs narrower than this many ems is within a word, wherever the next run starts. */
const WORD_GAP = 0.1;

/**
 * A piece cut before each run that starts where a column does, apart from the run before: cells
 * set closer than a column gap ("51 3 1" under "C PC NC" in a total row) are drawn as runs of
 * their own, and the table's columns already say where cells start.
 */
export function atStarts(piece: readonly Fragment[], starts: readonly number[]): Fragment[][] {
  const out: Fragment[][] = [[piece[0]!]];
  for (const f of piece.slice(1)) {
    const before = out.at(-1)!;
    const cuts = f.x - before.at(-1)!.right >= f.size * WORD_GAP && starts.some((s) => Math.abs(f.x - s) <= SAME_START && s > before[0]!.x + SAME_START);
    if (cuts) out.push([f]);
    else before.push(f);
  }
  return out;
}

const PIECE_COUNTS = new WeakMap<TextLine, number>();

/** How many pieces a line has, counted once per line (the table finders ask of each line many times). */
export function pieceCount(line: TextLine): number {
  let count = PIECE_COUNTS.get(line);
  if (count === undefined) PIECE_COUNTS.set(line, (count = pieces(line).length));
  return count;
}

/**
 * The lines from index `from` on, going by `step` (1 down the page, -1 up it), that are set in
 * `line`'s type size each within three type sizes of the one before, from `line` on: the block
 * of lines `line` is set in. At most `limit` of them.
 */
export function closeLines(lines: readonly TextLine[], line: TextLine, from: number, step: 1 | -1, limit = Infinity): TextLine[] {
  const out: TextLine[] = [];
  let previous = line;
  for (let k = from; k >= 0 && k < lines.length && out.length < limit; k += step) {
    const next = lines[k]!;
    if (Math.abs(next.size - line.size) > 0.5 || Math.abs(previous.y - next.y) > next.size * 3) break;
    out.push(next);
    previous = next;
  }
  return out;
}

/** Whether any line has pieces set apart as columns are (a table, or lines typed with tabs). */
export function hasColumns(lines: readonly TextLine[]): boolean {
  return lines.some((line) => pieces(line).length > 1);
}
