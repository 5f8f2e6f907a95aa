/**
 * Tables without borders ("stream"): columns found from where text starts. A run of lines whose
 * pieces start at the same few x-positions, where no piece crosses from one column into the next,
 * is a table. Rows are told apart by the extra space between them (a cell's own lines are set at
 * the line pitch), or by a line that fills the first column again after lines that did not.
 */
import { atStarts, type Fragment, INTERLEAVED, isListStart, joinFragments, lineOf, pieces, SAME_START, startGroups, type TextLine } from './fragments.js';
import type { GridRow, GridTable } from './grid-tables.js';
import { columnsFromStarts, type HeadedRun, type HeaderColumn, headedRun, headerOf, startsHeaderWithin } from './headed-tables.js';
import { joinLines } from './text-lines.js';

/** A gap between lines this much larger than the line pitch starts a new row. */
const ROW_GAP = 1.2;

export type LineOrTable = { kind: 'line'; line: TextLine } | { kind: 'table'; table: GridTable };

/**
 * Column starts shared by at least two pieces of the run's lines (a cell's wrapped lines count,
 * so a column filled only by one long cell is still found), where the run's first line starts
 * left of them all (its first column may be filled only there), and the one odd start of a line
 * whose other pieces all line up with those columns (a group label in a column left blank below
 * it). A header of more cells than the rows below have columns names columns left empty below
 * ("Element | Rating | Comments" over "1 | Compliant"): each of its cells that no row's text
 * lies under starts one.
 */
export function columnStarts(lines: readonly TextLine[]): number[] {
  const first = lines[0]?.fragments[0]?.x;
  const clusters = startGroups(lines);
  const shared = clusters.filter((c) => c.length >= 2).map((c) => Math.min(...c));
  const leftmost = first !== undefined && shared.every((c) => first <= c + SAME_START);
  const columns = clusters.filter((c) => c.length >= 2 || (leftmost && Math.abs(c[0]! - first!) <= SAME_START)).map((c) => Math.min(...c));
  const onColumn = (x: number) => columns.some((c) => Math.abs(c - x) <= SAME_START);
  for (const line of lines) {
    const odd = pieces(line).map((p) => p[0]!.x).filter((x) => !onColumn(x));
    if (odd.length === 1 && pieces(line).length > 1) columns.push(odd[0]!);
  }
  const header = lines.length > 2 ? pieces(lines[0]!) : [];
  if (header.length > columns.length) {
    const below = lines.slice(1).flatMap(pieces);
    for (const cell of header) {
      const x = cell[0]!.x;
      const right = cell.at(-1)!.right;
      if (!onColumn(x) && !below.some((p) => p[0]!.x <= right && p.at(-1)!.right >= x)) columns.push(x);
    }
  }
  return columns.sort((a, b) => a - b);
}

/** A column by where its text lies, left edge to right edge. */
interface Span {
  left: number;
  right: number;
}

/**
 * Columns by where the run's text lies: pieces that overlap share a column, so text centred or
 * set right in its cell ("No. of" over "elements" over "11") falls in one column though each
 * line starts elsewhere. A piece that bridges two columns merges them: prose, not a table.
 */
export function columnSpans(lines: readonly TextLine[], known: readonly Span[] = []): Span[] {
  // Spans already merged (of the lines above) take the new lines' pieces without being found again.
  const spans = [...known, ...lines.flatMap((l) => pieces(l).map((p) => ({ left: p[0]!.x, right: p.at(-1)!.right })))].sort((a, b) => a.left - b.left);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.left <= last.right + SPAN_TOUCH) last.right = Math.max(last.right, span.right);
    else merged.push({ ...span });
  }
  return merged;
}
/** Pieces closer than this (points) are one column's. */
const SPAN_TOUCH = 1;

/** The column a piece belongs to, or -1 when it crosses into the next column (prose, not a cell). */
function columnOf(piece: readonly Fragment[], starts: readonly number[]): number {
  const right = piece.at(-1)!.right;
  if (starts.length === 0 || piece[0]!.x < starts[0]! - SAME_START) return -1;
  const column = startColumn(piece, starts);
  const next = starts[column + 1];
  return next !== undefined && right > next - 1 ? -1 : column;
}

/** The column a piece starts in, however far it runs: the first where it starts left of them all. */
function startColumn(piece: readonly Fragment[], starts: readonly number[]): number {
  const x = piece[0]!.x;
  let column = 0;
  starts.forEach((start, i) => {
    if (x >= start - SAME_START) column = i;
  });
  return column;
}

/** Whether every piece of the line falls inside one column. */
export function fits(line: TextLine, starts: readonly number[]): boolean {
  return pieces(line).every((p) => columnOf(p, starts) >= 0);
}

/**
 * Rows of a table whose cells are centred top to bottom: a one-line cell sits between the lines
 * of a taller cell beside it, closer than any two lines of one cell can be. Each row then has a
 * line that holds its one-line cells (its anchor), in the middle of the row; a line of a taller
 * cell belongs to the nearest anchor. The anchors are the lines that fill most columns (numbers
 * beside a wrapped label), or else those that fill the first (a code beside a wrapped reason):
 * whichever puts every anchor in the middle of its row. The first row, the header, ends at the
 * first wide gap, as in any table. Null where no reading is centred so.
 */
function centredRows(lines: readonly TextLine[], lineCells: readonly string[][][], gaps: readonly number[], pitch: number): RowLines[] | null {
  const size = lines[0]!.size;
  if (!(pitch < size * INTERLEAVED)) return null;
  const headerEnd = gaps.findIndex((g) => g > pitch * ROW_GAP) + 1;
  if (headerEnd <= 0) return null;
  const body = lines.map((_, i) => i).filter((i) => i >= headerEnd);
  const candidates = [body.filter((i) => fillsMostColumns(lineCells[i]!)), body.filter((i) => lineCells[i]![0]!.length > 0)];
  for (const anchors of candidates) {
    if (anchors.length === 0) continue;
    const rowOf = nearestAnchor(lines, anchors);
    const members = new Map(anchors.map((a) => [a, body.filter((i) => rowOf(i) === a)]));
    const centred = anchors.every((a) => {
      const ys = members.get(a)!.map((i) => lines[i]!.y);
      return Math.abs(lines[a]!.y - (Math.max(...ys) + Math.min(...ys)) / 2) <= pitch * MIDDLE;
    });
    // Every line its own row says nothing of centring.
    if (!centred || anchors.length === body.length) continue;
    return [gathered(lines, lineCells, range(0, headerEnd)), ...anchors.map((a) => gathered(lines, lineCells, members.get(a)!))];
  }
  return null;
}

/** A row of cells as a table gives them: each cell's texts, line by line, and where the row starts. */
interface RowLines {
  lines: string[][];
  top: number;
}

/** The row the lines `members` (indexes, top first) make together, each cell their texts in order. */
function gathered(lines: readonly TextLine[], lineCells: readonly string[][][], members: readonly number[]): RowLines {
  const first = lines[members[0]!]!;
  const row: RowLines = { lines: lineCells[0]!.map(() => []), top: first.y + first.size };
  for (const i of members) lineCells[i]!.forEach((texts, c) => row.lines[c]!.push(...texts));
  return row;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** A line of a table that fills most of its columns: a row's one-line cells (numbers beside a wrapped label). */
const fillsMostColumns = (cells: readonly string[][]) => cells.filter((texts) => texts.length > 0).length >= Math.max(2, Math.ceil(cells.length / 2));

/** For a line's index, the anchor line nearest it. */
const nearestAnchor = (lines: readonly TextLine[], anchors: readonly number[]) => (i: number) =>
  anchors.reduce((best, a) => (Math.abs(lines[a]!.y - lines[i]!.y) < Math.abs(lines[best]!.y - lines[i]!.y) ? a : best), anchors[0]!);
/** An anchor this far (in line pitches) from the middle of its row is not in the middle. */
const MIDDLE = 0.3;

/**
 * Rows of a table whose cells are centred top to bottom, where a row's values sit on the middle
 * line of its wrapped label ("3." over "Information | 12 | 1 | 11 | 0 | 0" over "and Access", as an
 * HTML table sets them): the lines that fill most columns (the anchors) each stand in the middle
 * of their row, with as many of the label's lines above as below. Rows are first cut at the gaps
 * wider than lines of one cell are set (their padding); within each stretch, a row starts as many
 * of its anchor's nearest lines above it as it has below, and runs on to the next row's start.
 * Lines before a stretch's first row (a label whose values a page break left on the page before)
 * are a row of their own. Null unless some row shows lines on both sides of its anchor; null
 * too where a stretch holds one anchor at its top with two or more lines under it (cells set at
 * the top of their rows), or two anchors one under the other (wrapped cells side by side, not a
 * value beside a label).
 */
function rowsAroundValues(lines: readonly TextLine[], lineCells: readonly string[][][], gaps: readonly number[], pitch: number): RowLines[] | null {
  const headerEnd = gaps.findIndex((g) => g > pitch * ROW_GAP) + 1;
  const body = range(headerEnd, lines.length);
  const bodyGaps = body.slice(1).map((i) => gaps[i - 1]!);
  if (bodyGaps.length === 0) return null;
  const bodyPitch = Math.min(...bodyGaps);
  // Values set between a label's lines are centredRows' to read.
  if (bodyPitch < lines[0]!.size * INTERLEAVED) return null;
  const stretches: number[][] = [];
  for (const i of body) {
    if (stretches.length === 0 || gaps[i - 1]! > bodyPitch * ROW_GAP) stretches.push([]);
    stretches.at(-1)!.push(i);
  }
  const groups: number[][] = [];
  let centred = false;
  for (const stretch of stretches) {
    const anchors = stretch.filter((i) => fillsMostColumns(lineCells[i]!));
    if (anchors.length === 0) {
      groups.push(stretch);
      continue;
    }
    const nearest = nearestAnchor(lines, anchors);
    if (anchors.length === 1 && anchors[0] === stretch[0] && stretch.length >= 3) return null;
    // Two lines running on that each fill most columns are a row's wrapped cells side by side ("Evidence / | Evidence seen…" over "comment | …").
    if (anchors.some((a, k) => k > 0 && anchors[k - 1] === a - 1)) return null;
    // Where each anchor's row starts: as many of its nearest lines above it as it has below.
    const firsts = anchors.map((a) => {
      const members = stretch.filter((i) => nearest(i) === a);
      const side = Math.min(members.filter((i) => i < a).length, members.filter((i) => i > a).length);
      if (side > 0) centred = true;
      return a - side;
    });
    if (firsts[0]! > stretch[0]!) groups.push(stretch.filter((i) => i < firsts[0]!));
    // A row runs on to the next row's start: lines under its anchor beyond the mirror are its cells' last lines.
    firsts.forEach((from, k) => groups.push(stretch.filter((i) => i >= from && (k + 1 === firsts.length || i < firsts[k + 1]!))));
  }
  if (!centred) return null;
  return [...(headerEnd > 0 ? [range(0, headerEnd)] : []), ...groups].map((members) => gathered(lines, lineCells, members));
}

/**
 * Rows of a table whose cells are centred top to bottom but whose rows have no one line that
 * holds their one-line cells (a label wrapped beside a one-line value, a one-line label beside a
 * wrapped value, row by row): each row's lines are closer together than a line and a half, half
 * a pitch where they interleave, and rows are set further apart by their cells' padding.
 */
function spacedRows(lines: readonly TextLine[], lineCells: readonly string[][][], gaps: readonly number[]): RowLines[] {
  const rows: RowLines[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || gaps[i - 1]! > line.size * ROW_SPACE) rows.push({ lines: lineCells[0]!.map(() => []), top: line.y + line.size });
    lineCells[i]!.forEach((texts, c) => rows.at(-1)!.lines[c]!.push(...texts));
  });
  return rows;
}
/** Lines further apart than this many type sizes, in a table of centred cells, are in different rows. */
const ROW_SPACE = 1.3;

/** A piece's column by where it starts; one that crosses into the next (the spans that found a centred table allow it) goes where it starts. */
const byStart = (starts: readonly number[]) => (piece: readonly Fragment[]) => {
  const column = columnOf(piece, starts);
  return column >= 0 ? column : startColumn(piece, starts);
};

/** Where a run of a table's lines stands: at the page's foot, in a table whose rows are set further apart than a cell's lines. */
interface RunPlace {
  endsPage: boolean;
  rowsApart: boolean;
}

/** `cuts`: where pieces are cut into cells, the columns' starts unless a header says more. */
function buildTable(lines: readonly TextLine[], starts: readonly number[], place = byStart(starts), cuts: readonly number[] = starts, at?: RunPlace): GridTable {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y);
  const pitch = Math.min(...gaps);
  const cellsOf = (line: TextLine) => {
    const cells = starts.map(() => [] as string[]);
    for (const piece of pieces(line).flatMap((p) => atStarts(p, cuts))) cells[place(piece)]!.push(joinFragments(piece));
    return cells;
  };
  const lineCells = lines.map(cellsOf);
  const centred = centredRows(lines, lineCells, gaps, pitch) ?? rowsAroundValues(lines, lineCells, gaps, pitch);
  if (centred) return tableOf(lines, starts, centred);
  if (pitch < lines[0]!.size * INTERLEAVED) return tableOf(lines, starts, spacedRows(lines, lineCells, gaps));
  const fillsFirst = lineCells.map((cells) => cells[0]!.length > 0);
  const wideGap = (i: number) => i > 0 && gaps[i - 1]! > pitch * ROW_GAP;
  // A row's top part that a page break cut from the rest, at the page's foot: its first cell on
  // its first line only, the lines under it its cells' wrapped lines, where the table sets its
  // rows further apart than that or each line carries on the text above it in some column (a
  // word in lower case). Lines at one even spacing are then not rows of one line each.
  const carriesOn = (k: number) => lineCells[k]!.some((texts, c) => texts.length > 0 && lineCells[k - 1]![c]!.length > 0 && /^\p{Ll}/u.test(texts[0]!));
  const cutRow =
    !!at?.endsPage && lines.length > 1 && fillsFirst[0]! && !fillsFirst.slice(1).some(Boolean) && (at.rowsApart || lines.slice(1).every((_, k) => carriesOn(k + 1)));
  // Lines set at one even spacing (lines typed with tabs, cells of one line) are a row each.
  const even = !cutRow && gaps.every((g) => g <= pitch * ROW_GAP);
  // Where the first column is filled after most wide gaps, it anchors the rows: a wide gap
  // without it is a new paragraph inside a cell (or a cell whose first column is blank), not a
  // new row; only the header, the table's first row, always ends at the first wide gap.
  const afterGaps = lines.map((_, i) => i).filter(wideGap);
  const anchored = afterGaps.length > 0 && afterGaps.filter((i) => fillsFirst[i]).length * 2 >= afterGaps.length;
  const rows: RowLines[] = [];
  lines.forEach((line, i) => {
    // A first column filled again after lines without it starts a row, unless the row those lines
    // started has no first cell yet and this line is no further from them than its lines are from
    // each other: a label centred beside the middle line of its value's three.
    const labelsRow = !wideGap(i) && rows.length > 0 && rows.at(-1)!.lines[0]!.length === 0;
    const resumes = fillsFirst[i]! && i > 0 && !fillsFirst[i - 1] && !labelsRow;
    // A cell's lines run on unbroken: text in a column whose cell in this row stopped a line
    // before is the next row's (a total under a column of one-line scores, beside the last
    // row's wrapped description), whether or not the first column is filled.
    const restarts = i > 0 && lineCells[i]!.some((texts, c) => texts.length > 0 && rows.at(-1)!.lines[c]!.length > 0 && lineCells[i - 1]![c]!.length === 0);
    const newRow =
      i === 0 || even || restarts || (anchored ? (fillsFirst[i]! && (wideGap(i) || resumes)) || (rows.length === 1 && wideGap(i)) : wideGap(i) || resumes);
    if (newRow) rows.push({ lines: starts.map(() => []), top: line.y + line.size });
    lineCells[i]!.forEach((texts, c) => rows.at(-1)!.lines[c]!.push(...texts));
  });
  return tableOf(lines, starts, rows);
}

function tableOf(lines: readonly TextLine[], starts: readonly number[], rows: readonly RowLines[]): GridTable {
  const gridRows: GridRow[] = rows.map((r) => ({ cells: r.lines.map((texts) => joinLines(texts, { cell: true })), spansTable: false, top: r.top }));
  return { top: lines[0]!.y + lines[0]!.size, bottom: lines.at(-1)!.y, columns: [...starts], rows: gridRows };
}

/**
 * A table read by its header's columns (headed-tables.ts): the rows between titles are read as
 * any borderless table's, each piece in the header cell it lies under; a title is a row across
 * the table. `ownLines`: the header's lines as headerOf found them.
 */
function headedTable(source: readonly TextLine[], i: number, run: HeadedRun, ownLines: number, grouped?: ReadonlySet<Fragment>): GridTable {
  const { header, headerLines } = run;
  const starts = header.map((h) => h.left);
  const rows: GridRow[] = [];
  let from = i;
  // A group's own text over a sub-header is left out: the sub-header names the columns.
  const lines = grouped ? source.map((l, k) => (k >= i && k < i + headerLines && l.fragments.some((f) => grouped.has(f)) ? withoutFragments(l, grouped) : l)) : source;
  const inHeader = (p: readonly Fragment[]) => headerLines > 0 && p[0]!.y >= lines[i + headerLines - 1]!.y - 0.01;
  // A header cell wrapped onto a line of its own under the others (wrapsHeaderCell) is one row
  // with them, though its lines are set as evenly as rows of one line each.
  if (headerLines > ownLines) {
    const texts = header.map(() => [] as string[]);
    for (const line of lines.slice(i, i + headerLines)) {
      const cells = header.map(() => [] as Fragment[]);
      for (const f of line.fragments) cells[headerCell([f], header)]!.push(f);
      cells.forEach((fs, c) => {
        if (fs.length > 0) texts[c]!.push(joinFragments(fs));
      });
    }
    rows.push({ cells: texts.map((t) => joinLines(t, { cell: true })), spansTable: false, top: lines[i]!.y + lines[i]!.size });
    from = i + headerLines;
  }
  const flush = (to: number, at?: RunPlace) => {
    if (to > from) rows.push(...buildTable(lines.slice(from, to), starts, (p) => (inHeader(p) ? headerCell(p, header) : run.columnOf(p)), run.cuts, at).rows);
  };
  for (let k = i + headerLines; k < run.end; k++) {
    const group = run.groupTitles.get(k);
    if (run.titleWraps.has(k)) {
      from = k + 1;
      continue;
    }
    if (!run.titles.has(k) && !group) continue;
    flush(k);
    const top = lines[k]!.y + lines[k]!.size;
    if (group) {
      // Each title in every cell of its group, as a grid gives a merged cell's text: up to the next title's first cell.
      const cells = header.map((_, c) => group.findLast((t) => t.column <= c)?.text ?? '');
      rows.push({ cells, spansTable: false, top });
    } else {
      const text = joinFragments(pieces(lines[k]!)[0]!);
      rows.push({ cells: header.map(() => text), spansTable: true, top });
    }
    from = k + 1;
  }
  const body = lines.slice(i + headerLines, run.end).filter((_, k) => !run.titles.has(i + headerLines + k) && !run.groupTitles.has(i + headerLines + k) && !run.titleWraps.has(i + headerLines + k));
  flush(run.end, { endsPage: run.end === lines.length, rowsApart: rowsSetApart(body) });
  return { top: lines[i]!.y + lines[i]!.size, bottom: lines[run.end - 1]!.y, columns: starts, rows, header: [...header] };
}

/**
 * Whether the rows of a table's lines are set further apart than the lines of one cell (the
 * least gap between lines that do not interleave): some gap between them is wider by a row's
 * padding, within the gap of lines of one table.
 */
function rowsSetApart(lines: readonly TextLine[]): boolean {
  const gaps = lines
    .slice(1)
    .map((l, k) => ({ gap: lines[k]!.y - l.y, size: l.size }))
    .filter(({ gap, size }) => gap >= size * INTERLEAVED);
  if (gaps.length === 0) return false;
  const pitch = Math.min(...gaps.map((g) => g.gap));
  return gaps.some(({ gap, size }) => gap > pitch * ROW_GAP && gap <= size * 3);
}

/** A line without some of its fragments; an empty line where none is left, which no cell takes text from. */
function withoutFragments(line: TextLine, left: ReadonlySet<Fragment>): TextLine {
  const fragments = line.fragments.filter((f) => !left.has(f));
  return fragments.length > 0 ? lineOf(fragments, line.y) : { ...line, fragments: [] };
}

/** The header cell a piece of the header's own lines lies in. */
const headerCell = (piece: readonly Fragment[], header: readonly HeaderColumn[]) => Math.max(0, header.findIndex((h) => piece[0]!.x >= h.left - 0.01 && piece[0]!.x <= h.right));

/** What a borderless table that ends a page passes to the next: its columns, and its header's where it was read by them. */
export interface Carried {
  columns: readonly number[];
  header?: readonly HeaderColumn[];
  /** Where the text of the page column the table ended in starts, on a page set in columns. */
  columnLeft?: number;
}

/**
 * The page's lines, with each run of lines laid out in columns replaced by a table. A run
 * needs at least two lines of several pieces sharing the same column starts, and lines of one
 * type size set close together.
 */
export function streamTables(lines: readonly TextLine[], carried?: Carried): LineOrTable[] {
  // Rows under a header on the page before are read by its cells wherever they hold together.
  const headed = carried?.header && lines.length > 0 ? headedRun(lines, 0, carried.header, 0) : null;
  // … unless the header repeated at the page's top heads more of them by its own lines (a cell of it wrapped onto a line of its own).
  const own = headed ? headerOf(lines, 0) : null;
  if (headed && !(own && (headedRun(lines, 0, own.cells, own.lines)?.end ?? 0) > headed.end)) return [{ kind: 'table', table: headedTable(lines, 0, headed, 0) }, ...tablesIn(lines.slice(headed.end))];
  const found = tablesIn(lines);
  if (!carried) return found;
  // A table opening the page whose columns are some of the one the page before ended with is
  // that table's rest: a column of marks may have a mark only in some of its cells on this page.
  const first = found[0];
  if (first?.kind === 'table' && !first.table.header && first.table.columns.length < carried.columns.length) {
    const end = lines.findIndex((l) => l.y < first.table.bottom - 0.01);
    const rows = lines.slice(0, end < 0 ? lines.length : end);
    if (rows.every((line) => startsAtColumns(line, carried.columns))) return [{ kind: 'table', table: buildTable(rows, [...carried.columns]) }, ...found.slice(1)];
  }
  // Rows carried over from the page before are read by its columns only where the page's own lines do not show a table's.
  if (first?.kind !== 'line') return found;
  const continued = continuedRows(lines, carried.columns);
  if (continued === 0) return found;
  return [{ kind: 'table', table: buildTable(lines.slice(0, continued), [...carried.columns]) }, ...tablesIn(lines.slice(continued))];
}

/** Whether each cell of a line (pieces cut where columns start) starts where one of the columns does. */
const startsAtColumns = (line: TextLine, columns: readonly number[]) =>
  pieces(line)
    .flatMap((p) => atStarts(p, columns))
    .every((p) => columns.some((c) => Math.abs(c - p[0]!.x) <= SAME_START));

function tablesIn(lines: readonly TextLine[]): LineOrTable[] {
  const out: LineOrTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    // A header's first line may be one cell of it, set above the rest ("AR1" over "Element | … | Mar").
    const header = headerOf(lines, i);
    if ((pieces(first).length < 2 && !(header && header.lines > 1)) || isListStart(first)) {
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
      if (startsHeaderWithin(lines, i, end, columnsFromStarts(known))) break;
      starts = known;
      end += 1;
    }
    end = withoutTrailingTitles(lines, i, end);
    const centred = runBySpans(lines, i);
    // A header whose cells name the columns may hold together more rows than where text starts or lies does.
    const headed = header ? headedRun(lines, i, header.cells, header.lines) : null;
    if (header && headed && headed.end >= Math.max(end, centred?.end ?? 0)) {
      out.push({ kind: 'table', table: headedTable(lines, i, headed, header.lines, header.grouped) });
      i = headed.end;
      continue;
    }
    if (centred && centred.end > end) {
      out.push({ kind: 'table', table: buildTable(lines.slice(i, centred.end), centred.starts) });
      i = centred.end;
      continue;
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

/**
 * The lines at the top of a page that carry on the table the page before ended with: lines of one
 * size, set close, each within that table's columns, up to the last of several cells (a line of
 * one cell after it may be a paragraph that starts where the table's first column did). A page's
 * last rows may be too few to show their columns ("rolling out elsewhere." over "5.2.5 | Prompt
 * responses … | Compliant | Compliant"). None where no line of several cells fits.
 */
function continuedRows(lines: readonly TextLine[], columns: readonly number[]): number {
  let last = 0;
  for (let end = 0; end < lines.length; end++) {
    const line = lines[end]!;
    const previous = lines[end - 1];
    if (Math.abs(line.size - lines[0]!.size) > 0.5 || (previous && previous.y - line.y > line.size * 3) || isListStart(line) || !fits(line, columns)) break;
    if (pieces(line).length > 1) last = end + 1;
  }
  return last;
}

/**
 * The run of lines from `i` that columns by where their text lies hold together (columnSpans):
 * lines of one size set close, none bridging two columns, at least two of them of several
 * pieces, and some lines closer than one cell's lines can be (cells centred top to bottom).
 * Null where there is no such run.
 */
function runBySpans(lines: readonly TextLine[], i: number): { end: number; starts: number[] } | null {
  const first = lines[i]!;
  let spans = columnSpans([first]);
  let end = i + 1;
  while (end < lines.length) {
    const line = lines[end]!;
    const previous = lines[end - 1]!;
    if (Math.abs(line.size - first.size) > 0.5 || previous.y - line.y > line.size * 3 || isListStart(line)) break;
    // A title set in bold among lines that are not, or the first line again (a next table's header), starts something else.
    if ((pieces(line).length === 1 && line.bold && !previous.bold) || textOf(line) === textOf(first)) break;
    const next = columnSpans([line], spans);
    if (next.length < spans.length) break;
    if (startsHeaderWithin(lines, i, end, spans)) break;
    spans = next;
    end += 1;
  }
  end = withoutTrailingTitles(lines, i, end);
  spans = columnSpans(lines.slice(i, end));
  const run = lines.slice(i, end);
  if (spans.length < 2 || run.filter((l) => pieces(l).length > 1).length < 2) return null;

  // Each column starts where its text does, less the tolerance columnOf allows.
  return { end, starts: spans.map((s) => s.left + SAME_START) };
}

/**
 * The end of the run of lines from `i` to `end` without its lines of one piece at the end that
 * are each set further below than any two lines of the run, or in bold under a line that is not:
 * a heading after the table, not a row of it.
 */
function withoutTrailingTitles(lines: readonly TextLine[], i: number, end: number): number {
  const gapAbove = (k: number) => lines[k - 1]!.y - lines[k]!.y;
  while (end - i > 2 && pieces(lines[end - 1]!).length === 1) {
    const inside = Math.max(...lines.slice(i + 1, end - 1).map((_, k) => gapAbove(i + 1 + k)));
    const last = lines[end - 1]!;
    if (gapAbove(end - 1) <= inside + SAME_START && !(last.bold && !lines[end - 2]!.bold)) break;
    end -= 1;
  }
  return end;
}

const textOf = (line: TextLine) => pieces(line).map(joinFragments).join('\t');
