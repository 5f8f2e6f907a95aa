/**
 * Header cells set closer together than a column gap. A header centred over narrow columns of
 * numbers ("Compliant Plus", "Compliant", "Partial", "Non" over 1, 10, 0, 0) can sit so close
 * that the line reads as one piece across every column, and the table as two columns. Where
 * the rows below keep to columns, and the gaps between the line's fragments fall in the gutters
 * between those columns, each fragment starts a cell: the line is split there, and only where
 * no part of it then crosses a gutter (a line of prose would). Rows of two pieces are left
 * alone: a number hung before its paragraph ("3.1  The Council…") lines up the same way.
 */
import { closeLines, type Fragment, pieceCount, pieces, type TextLine } from './fragments.js';
import { columnSpans } from './stream-tables.js';

/** Rows below a line that are looked at for its columns. */
const WINDOW = 12;
/** A gap narrower than this many type sizes is a space inside a cell, never a cell's edge. */
const MIN_CELL_GAP = 0.4;
/** Columns the rows below need: a table of numbers, not paragraphs hung from their numbers. */
const MIN_COLUMNS = 3;

export function splitHeaderCells(lines: readonly TextLine[]): TextLine[] {
  return lines.map((line, i) => (pieces(line).some((p) => p.length > 1) ? split(line, closeLines(lines, line, i + 1, 1, WINDOW)) : line));
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
