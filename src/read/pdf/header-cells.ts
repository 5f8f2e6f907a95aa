/**
 * Header cells set closer together than a column gap. A header centred over narrow columns of
 * numbers ("Compliant Plus", "Compliant", "Partial", "Non" over 1, 10, 0, 0) can sit so close
 * that the line reads as one piece across every column, and the table as two columns. Where
 * the rows below keep to columns, and the gaps between the line's fragments fall in the gutters
 * between those columns, each fragment starts a cell: the line is split there, and only where
 * no part of it then crosses a gutter (a line of prose would). Rows of two pieces are left
 * alone: a number hung before its paragraph ("3.1  The Council…") lines up the same way.
 */
import { closeLines, type Fragment, lineOf, pieceCount, pieces, type TextLine } from './fragments.js';
import { columnSpans } from './stream-tables.js';

/** Rows below a line that are looked at for its columns. */
const WINDOW = 12;
/** A gap narrower than this many type sizes is a space inside a cell, never a cell's edge. */
const MIN_CELL_GAP = 0.4;
/** Columns the rows below need: a table of numbers, not paragraphs hung from their numbers. */
const MIN_COLUMNS = 3;

export function splitHeaderCells(lines: readonly TextLine[]): TextLine[] {
  return lines.map((line, i) => {
    // Marks stand in a column only here and there: every row of the table below is looked at.
    const byMarks = pieces(line).some(shortWords) ? splitOverMarks(line, closeLines(lines, line, i + 1, 1)) : line;
    return pieces(byMarks).some((p) => p.length > 1) ? split(byMarks, closeLines(lines, line, i + 1, 1, WINDOW)) : byMarks;
  });
}

/** A header word this short is a rating's abbreviation ("C+", "PC", "NC", "Yes"), a cell of its own where marks line up under it. */
const SHORT_WORD = 3;
/** A mark: a tick, cross or dot, the one character of a cell of a tick matrix. */
const MARK = /^[\p{S}\p{P}xXyY✓✔✗✘•●○]$/u;
/** Marks whose middles lie this many type sizes apart or closer are in one column. */
const SAME_MARK_COLUMN = 0.4;

/**
 * A header of rating abbreviations set so close over a tick matrix's narrow columns that pdfjs
 * joins them into one item ("C PC" over ✓ in one column or the other): where a piece of the
 * header is only such short words and the marks of the rows below stand in two or more columns
 * under it, each word starts a cell. Where a word lies inside an item is taken in proportion to
 * its characters: enough to say under which word each column of marks falls.
 */
function splitOverMarks(line: TextLine, below: readonly TextLine[]): TextLine {
  const marks = below.flatMap((l) => pieces(l).filter((p) => p.length === 1 && MARK.test(p[0]!.text.trim())).map((p) => (p[0]!.x + p[0]!.right) / 2));
  if (marks.length < 2) return line;
  const columns: number[][] = [];
  for (const x of marks.sort((a, b) => a - b)) {
    const last = columns.at(-1);
    if (last && x - last.at(-1)! <= line.size * SAME_MARK_COLUMN) last.push(x);
    else columns.push([x]);
  }
  const middles = columns.map((c) => c.reduce((a, b) => a + b, 0) / c.length);
  let changed = false;
  const fragments = pieces(line).flatMap((piece) => {
    const left = piece[0]!.x - line.size;
    const right = piece.at(-1)!.right + line.size;
    if (!shortWords(piece) || middles.filter((m) => m > left && m < right).length < 2) return piece;
    changed = true;
    return piece.flatMap((f) => wordsOf(f));
  });
  return changed ? lineOf(fragments, line.y) : line;
}

/** Whether a piece is two or more short words. */
function shortWords(piece: readonly Fragment[]): boolean {
  const words = piece.flatMap((f) => f.text.trim().split(/\s+/));
  return words.length >= 2 && words.every((w) => w.length <= SHORT_WORD);
}

/** A fragment as one fragment a word, each starting a cell, placed in proportion to its characters. */
function wordsOf(f: Fragment): Fragment[] {
  const perChar = (f.right - f.x) / Math.max(1, f.text.length);
  const out: Fragment[] = [];
  for (const match of f.text.matchAll(/\S+/g)) {
    const x = f.x + match.index * perChar;
    out.push({ ...f, text: match[0], x, right: x + match[0].length * perChar, cellStart: true });
  }
  return out;
}

function split(line: TextLine, below: readonly TextLine[]): TextLine {
  const gutters = guttersBelow(below);
  if (gutters.length === 0) return line;
  const starts = new Set<Fragment>();
  for (const piece of pieces(line)) {
    piece.slice(1).forEach((f, k) => {
      const before = piece[k]!;
      const middle = (before.right + f.x) / 2;
      if (f.x - before.right >= f.size * MIN_CELL_GAP && gutters.some((g) => g.left < middle && middle < g.right)) starts.add(f);
    });
  }
  if (starts.size === 0) return line;
  const fragments = line.fragments.map((f) => (starts.has(f) ? { ...f, cellStart: true } : f));
  const splitLine = { ...line, fragments };
  const crosses = pieces(splitLine).some((p) => gutters.some((g) => p[0]!.x < g.left && p.at(-1)!.right > g.right));
  return crosses ? line : splitLine;
}

/**
 * The gutters between the columns of the rows below: the lines of one type size set close
 * under the line, of those the ones with the most pieces (a table's body rows), where at least
 * two agree, have three pieces or more, and their pieces make as many columns as each has.
 */
function guttersBelow(run: readonly TextLine[]): { left: number; right: number }[] {
  const most = Math.max(0, ...run.map(pieceCount));
  const rows = run.filter((l) => pieceCount(l) === most);
  if (most < MIN_COLUMNS || rows.length < 2) return [];
  const spans = columnSpans(rows);
  if (spans.length !== most) return [];
  return spans.slice(1).map((s, k) => ({ left: spans[k]!.right, right: s.left }));
}
