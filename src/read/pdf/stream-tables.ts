/**
 * Tables without borders ("stream"): columns found from where text starts. A run of lines whose
 * pieces start at the same few x-positions, where no piece crosses from one column into the next,
 * is a table. Rows are told apart by the extra space between them (a cell's own lines are set at
 * the line pitch), or by a line that fills the first column again after lines that did not.
 */
import { type Fragment, isListStart, joinFragments, pieces, type TextLine } from './fragments.js';
import type { GridRow, GridTable } from './grid-tables.js';
import { joinLines } from './text-lines.js';

/** Starts this close are one column. */
const SAME_START = 4;
/** A gap between lines this much larger than the line pitch starts a new row. */
const ROW_GAP = 1.25;

export type LineOrTable = { kind: 'line'; line: TextLine } | { kind: 'table'; table: GridTable };

/**
 * Column starts shared by at least two pieces of the run's lines (a cell's wrapped lines count,
 * so a column filled only by one long cell is still found), where the run's first line starts
 * (its first column may be filled only there), and the one odd start of a line whose other
 * pieces all line up with those columns (a group label in a column left blank below it).
 */
export function columnStarts(lines: readonly TextLine[]): number[] {
  const starts = lines.flatMap((l) => pieces(l).map((p) => p[0]!.x));
  const first = lines[0]?.fragments[0]?.x;
  const clusters: number[][] = [];
  for (const x of starts.sort((a, b) => a - b)) {
    const last = clusters.at(-1);
    if (last && x - last[0]! <= SAME_START) last.push(x);
    else clusters.push([x]);
  }
  const columns = clusters.filter((c) => c.length >= 2 || (first !== undefined && Math.abs(c[0]! - first) <= SAME_START)).map((c) => Math.min(...c));
  const onColumn = (x: number) => columns.some((c) => Math.abs(c - x) <= SAME_START);
  for (const line of lines) {
    const odd = pieces(line).map((p) => p[0]!.x).filter((x) => !onColumn(x));
    if (odd.length === 1 && pieces(line).length > 1) columns.push(odd[0]!);
  }
  return columns.sort((a, b) => a - b);
}

/** The column a piece belongs to, or -1 when it crosses into the next column (prose, not a cell). */
function columnOf(piece: readonly Fragment[], starts: readonly number[]): number {
  const x = piece[0]!.x;
  const right = piece.at(-1)!.right;
  let column = -1;
  starts.forEach((start, i) => {
    if (x >= start - SAME_START) column = i;
  });
  if (column < 0) return -1;
  const next = starts[column + 1];
  return next !== undefined && right > next - 1 ? -1 : column;
}

/** Whether every piece of the line falls inside one column. */
function fits(line: TextLine, starts: readonly number[]): boolean {
  return pieces(line).every((p) => columnOf(p, starts) >= 0);
}

function buildTable(lines: readonly TextLine[], starts: readonly number[]): GridTable {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  const pitch = Math.min(...gaps);
  const cellsOf = (line: TextLine) => {
    const cells = starts.map(() => [] as string[]);
    for (const piece of pieces(line)) cells[columnOf(piece, starts)]!.push(joinFragments(piece));
    return cells;
  };
  const lineCells = lines.map(cellsOf);
  const fillsFirst = lineCells.map((cells) => cells[0]!.length > 0);
  const wideGap = (i: number) => i > 0 && gaps[i - 1]! > pitch * ROW_GAP;
  // Lines set at one even spacing (lines typed with tabs, cells of one line) are a row each.
  const even = gaps.every((g) => g <= pitch * ROW_GAP);
  // Where the first column is filled after most wide gaps, it anchors the rows: a wide gap
  // without it is a new paragraph inside a cell (or a cell whose first column is blank), not a
  // new row; only the header, the table's first row, always ends at the first wide gap.
  const afterGaps = lines.map((_, i) => i).filter(wideGap);
  const anchored = afterGaps.length > 0 && afterGaps.filter((i) => fillsFirst[i]).length * 2 >= afterGaps.length;
  const rows: { lines: string[][]; top: number }[] = [];
  lines.forEach((line, i) => {
    const resumes = fillsFirst[i]! && i > 0 && !fillsFirst[i - 1];
    const newRow =
      i === 0 || even || (anchored ? (fillsFirst[i]! && (wideGap(i) || resumes)) || (rows.length === 1 && wideGap(i)) : wideGap(i) || resumes);
    if (newRow) rows.push({ lines: starts.map(() => []), top: line.y + line.size });
    lineCells[i]!.forEach((texts, c) => rows.at(-1)!.lines[c]!.push(...texts));
  });
  const gridRows: GridRow[] = rows.map((r) => ({ cells: r.lines.map((texts) => joinLines(texts, { cell: true })), spansTable: false, top: r.top }));
  return { top: lines[0]!.y + lines[0]!.size, bottom: lines.at(-1)!.y, columns: [...starts], rows: gridRows };
}

/**
 * The page's lines, with each run of lines laid out in columns replaced by a table. A run
 * needs at least two lines of several pieces sharing the same column starts, and lines of one
 * type size set close together.
 */
export function streamTables(lines: readonly TextLine[]): LineOrTable[] {
  const out: LineOrTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    if (pieces(first).length < 2 || isListStart(first)) {
      out.push({ kind: 'line', line: first });
      i += 1;
      continue;
    }
    let end = i + 1;
    let starts = columnStarts([first]);
    while (end < lines.length) {
      const candidate = lines.slice(i, end + 1);
      const line = lines[end]!;
      const previous = lines[end - 1]!;
      if (Math.abs(line.size - first.size) > 0.5 || previous.y - line.y > line.size * 3 || isListStart(line)) break;
      const next = columnStarts(candidate);
      const known = next.length >= 2 ? next : starts;
      if (known.length < 2 || !fits(line, known) || !candidate.every((l) => fits(l, known))) break;
      starts = known;
      end += 1;
    }
    const run = lines.slice(i, end);
    if (starts.length >= 2 && run.filter((l) => pieces(l).length > 1).length >= 2) {
      out.push({ kind: 'table', table: buildTable(run, starts) });
      i = end;
    } else {
      out.push({ kind: 'line', line: first });
      i += 1;
    }
  }
  return out;
}
