/**
 * Borderless tables read by their header's columns. A word processor often centres a header's
 * cells and sets the cells below at the left (or the other way round), and breaks the rows with
 * a title across the table ("Criterion 2: The Culture of the Organisation" between the element
 * rows of a tick matrix): where the text starts or lies then says little of the columns, but the
 * header names them. Each column of text below is given to the header cell it lines up with, in
 * order, and the title rows become rows across the table. The header carries over to the rows a
 * page break moves to the next page.
 */
import { atStarts, type Fragment, inkRight, isListStart, joinFragments, pieces, SAME_START, startGroups, type TextLine } from './fragments.js';

/** A header cell: where its text lies. */
export interface HeaderColumn {
  left: number;
  right: number;
}

/** A header cell is a few words (a criterion's name, "Timeliness and Quality of Service", at most): a longer piece is prose or a cell of data. */
const HEADER_CELL_WORDS = 5;
/** Rows may reach past the header's last cell by this many type sizes (a mark set at a cell's right); text right of the cell before it, any way. */
const REACH = 2;
/** A sub-header stands at most this many type sizes under the header. */
const SUB_HEADER_GAP = 2;
/** A sub-header's cells are rating abbreviations ("C+", "PC", "NC") or as short. */
const SUB_HEADER_CHARS = 3;
/**
 * A header's lines set closer than this many type sizes are one header: labels of one, two and
 * three lines centred top to bottom interleave ("Compliance" over "Criterion | Compliance" over
 * "Plus"), less than a line apart, where two lines of one cell stand a line or more apart.
 */
const HEADER_PITCH = 0.9;
/** Lines further apart than this many type sizes are not one table's. */
const TABLE_GAP = 3;

const sameText = (a: TextLine, b: TextLine) => joinFragments(a.fragments) === joinFragments(b.fragments);
const centre = (c: { left: number; right: number }) => (c.left + c.right) / 2;
const spanOf = (p: readonly Fragment[]) => ({ left: p[0]!.x, right: p.at(-1)!.right });
/** A header cell's span to the end of its ink: its trailing spaces may reach the next cell's text. */
const inkSpanOf = (p: readonly Fragment[]) => ({ left: p[0]!.x, right: inkRight(p.at(-1)!) });

/**
 * The header that starts at line `i`: the line and those set closer below it than two lines of
 * one cell can be (a header whose cells wrap, centred top to bottom: "Fully" over "Criterion |
 * Compliance Plus | Not Met" over "Compliant"), their pieces that overlap one cell. Three or more
 * cells of a few words each; null otherwise.
 */
export interface Header {
  cells: HeaderColumn[];
  lines: number;
  /** Text of a group's cell over the sub-header that names its columns ("Compliance level" over "C+ C PC NC"): left out of the header row. */
  grouped?: ReadonlySet<Fragment>;
}

export function headerOf(lines: readonly TextLine[], i: number): Header | null {
  const first = lines[i]!;
  if (isListStart(first)) return null;
  let end = i + 1;
  while (end < lines.length && lines[end - 1]!.y - lines[end]!.y < first.size * HEADER_PITCH && Math.abs(lines[end]!.size - first.size) <= 0.5) end += 1;
  if (end === i + 1 && isCentredCellTop(lines, i)) end = i + 3;
  const cells: { left: number; right: number; words: number; pieces: Fragment[][] }[] = [];
  const own = lines.slice(i, end).map(pieces);
  // One line of fewer than three pieces (most lines of a page) has fewer than three cells.
  if (own.length === 1 && own[0]!.length < 3) return null;
  const labels = groupLabels(own);
  for (const piece of stacked(own).filter((p) => !labels.has(p[0]!)).sort((a, b) => a[0]!.x - b[0]!.x)) {
    const span = inkSpanOf(piece);
    // Words of letters: a criterion's number and dash ("5 – Timeliness and Quality of Service") add none.
    const words = joinFragments(piece).split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const last = cells.at(-1);
    if (last && span.left <= last.right) Object.assign(last, { right: Math.max(last.right, span.right), words: last.words + words, pieces: [...last.pieces, piece] });
    else cells.push({ ...span, words, pieces: [piece] });
  }
  if (cells.length < 3 || cells.some((c) => c.words > HEADER_CELL_WORDS)) return null;
  const header = { cells: cells.map(({ left, right }) => ({ left, right })), lines: end - i, ...(labels.size > 0 ? { grouped: labels } : {}) };
  // A sub-header under one cell of the header: that cell is a group, its columns the sub-header's.
  const sub = lines[end];
  if (!sub || Math.abs(sub.size - first.size) > 0.5 || lines[end - 1]!.y - sub.y > first.size * SUB_HEADER_GAP) return header;
  // Abbreviations set closer than a column gap ("C+ C PC NC") are still a cell each where each is its own fragment.
  const subCells = pieces(sub).flatMap((p) => (p.length > 1 && p.every((f) => f.text.trim().length <= SUB_HEADER_CHARS) ? p.map((f) => [f]) : [p]));
  if (subCells.length < 2 || subCells.some((p) => joinFragments(p).length > SUB_HEADER_CHARS)) return header;
  const span = { left: subCells[0]![0]!.x, right: subCells.at(-1)!.at(-1)!.right };
  const under = cells.filter((c) => c.left < span.right && c.right > span.left);
  if (under.length !== 1) return header;
  const group = under[0]!;
  const over = cells.indexOf(group);
  return {
    cells: [...header.cells.slice(0, over), ...subCells.map(spanOf), ...header.cells.slice(over + 1)],
    lines: end - i + 1,
    grouped: new Set(group.pieces.flat()),
  };
}

/** A line stands this many type sizes at most from the labels' line beside it, for a cell of three lines centred on them. */
const CELL_LINE_PITCH = 1.5;
/** The lines above and below the labels' line stand this many points alike at most: the labels are centred between them. */
const CENTRED = 0.5;

/**
 * Whether line `i` is the first of a header cell of three lines that the header's other labels,
 * one line each, are centred beside ("Rating" over "Element | Subject | 2018 → | Change" over
 * "2019"): one piece, with a line of three pieces or more a line below it and another one piece a
 * line below that, as far above and below as each other, both lying over one and the same piece of
 * the labels' line. A caption over a table lies over several of its labels, or none.
 */
function isCentredCellTop(lines: readonly TextLine[], i: number): boolean {
  const [top, labels, bottom] = [lines[i], lines[i + 1], lines[i + 2]];
  if (!top || !labels || !bottom || pieces(top).length !== 1 || pieces(bottom).length !== 1 || pieces(labels).length < 3) return false;
  if ([labels, bottom].some((l) => Math.abs(l.size - top.size) > 0.5)) return false;
  const [above, below] = [top.y - labels.y, labels.y - bottom.y];
  if (Math.abs(above - below) > CENTRED || above > top.size * CELL_LINE_PITCH) return false;
  const cells = pieces(labels);
  const over = (line: TextLine) => cells.filter((p) => p[0]!.x < line.right && p.at(-1)!.right > line.x);
  const [a, b] = [over(top), over(bottom)];
  return a.length === 1 && b.length === 1 && a[0] === b[0];
}

/**
 * Labels over a group of columns set on a line of a header just above the columns' own short names
 * ("Element" centred over "1 2 3 4 5 6", "Rating" over "C+ C PC NC", the lines closer than two
 * lines of one cell): a piece within the span of another line's three or more short pieces, over
 * none of them. Their fragments are left out of the header's cells.
 */
function groupLabels(linePieces: readonly Fragment[][][]): Set<Fragment> {
  const labels = new Set<Fragment>();
  for (const names of linePieces) {
    if (names.length < 3 || names.some((p) => joinFragments(p).trim().length > SUB_HEADER_CHARS)) continue;
    const [from, to] = [names[0]![0]!.x, names.at(-1)!.at(-1)!.right];
    for (const piece of linePieces.filter((l) => l !== names).flat()) {
      const span = spanOf(piece);
      if (span.left > from && span.right < to && !names.some((n) => spanOf(n).left < span.right && spanOf(n).right > span.left)) for (const f of piece) labels.add(f);
    }
  }
  return labels;
}

/**
 * The pieces of a header's lines, each cut where the header's other lines show two cells: a gap
 * between two of its runs that no piece of another line crosses, with text of other lines on
 * both sides of it within the piece ("Compliance Compliance" over "Plus (C+)" and "(C)", two
 * cells set closer than a column gap, each a stack of its own lines).
 */
function stacked(linePieces: readonly Fragment[][][]): Fragment[][] {
  if (linePieces.length < 2) return linePieces.flat();
  return linePieces.flatMap((own, k) => {
    const others = linePieces.filter((_, j) => j !== k).flat().map(spanOf);
    return own.flatMap((piece) => {
      const out: Fragment[][] = [[piece[0]!]];
      for (const f of piece.slice(1)) {
        const [from, to] = [out.at(-1)!.at(-1)!.right, f.x];
        const open = to > from && !others.some((o) => o.left < to && o.right > from);
        const sides = others.filter((o) => o.right <= from && o.right > piece[0]!.x).length > 0 && others.filter((o) => o.left >= to && o.left < piece.at(-1)!.right).length > 0;
        if (open && sides) out.push([f]);
        else out.at(-1)!.push(f);
      }
      return out;
    });
  });
}

/**
 * Each column of text (pieces starting within SAME_START of one another) given to a header cell,
 * in order left to right, so that the text's middles lie as close as they can to the cells'.
 * Text set at a cell's left under a centred header sits left of the header's middle, often
 * nearer the cell before's: order, not nearness alone, decides.
 */
function assign(texts: readonly { left: number; right: number; line: number }[], header: readonly HeaderColumn[]): number[] {
  const starts: { left: number; middles: number[]; lines: Set<number> }[] = [];
  for (const t of [...texts].sort((a, b) => a.left - b.left)) {
    const last = starts.at(-1);
    if (last && t.left - last.left <= SAME_START) {
      last.middles.push(centre(t));
      last.lines.add(t.line);
    } else starts.push({ left: t.left, middles: [centre(t)], lines: new Set([t.line]) });
  }
  // Two columns of text set on one line are two cells: never under one header cell.
  const together = (i: number) => [...starts[i - 1]!.lines].some((l) => starts[i]!.lines.has(l));
  const middle = starts.map((s) => s.middles.reduce((a, b) => a + b, 0) / s.middles.length);
  // cost[i][j]: least total distance placing text columns 0..i with column i under header cell j.
  const n = starts.length;
  const m = header.length;
  const cost = starts.map(() => header.map(() => Infinity));
  const from = starts.map(() => header.map(() => -1));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const here = Math.abs(middle[i]! - centre(header[j]!));
      if (i === 0) cost[i]![j] = here;
      else {
        for (let k = 0; k <= (together(i) ? j - 1 : j); k++) {
          if (cost[i - 1]![k]! + here < cost[i]![j]!) {
            cost[i]![j] = cost[i - 1]![k]! + here;
            from[i]![j] = k;
          }
        }
      }
    }
  }
  const columnOfStart: number[] = new Array(n).fill(0);
  let j = cost[n - 1]!.indexOf(Math.min(...cost[n - 1]!));
  for (let i = n - 1; i >= 0; i--) {
    columnOfStart[i] = j;
    j = from[i]![j]!;
  }
  return texts.map((t) => columnOfStart[starts.findIndex((s, i) => t.left >= s.left - 0.01 && (i === n - 1 || t.left < starts[i + 1]!.left))]!);
}

/** How many lines under a header are looked at for the starts their text shares. */
const SHARED_LOOK = 40;
/** A start shared by this many pieces of those lines is a column's. */
const SHARED_PIECES = 2;

/** Where pieces of the lines (of the run's type size) start, at least SHARED_PIECES of them at each. */
function sharedStarts(lines: readonly TextLine[], size: number): number[] {
  return startGroups(lines.filter((l) => Math.abs(l.size - size) <= 0.5))
    .filter((group) => group.length >= SHARED_PIECES)
    .map((group) => group[0]!);
}

/** A short cell: a code, a rating, a mark. */
const SHORT_CELL_WORDS = 3;

/**
 * Where short cells start that lie under one header cell and start left of it: a column of codes
 * set at the right of its cells under a narrower header ("5.1.2" under "Ref"). Such a column
 * starts there, and a code set closer to the text before it than a column gap ("… including
 * 5.1.1") is cut from that text there, on a page with too few rows for the start to be shared.
 */
function shortCellStarts(lines: readonly TextLine[], header: readonly HeaderColumn[], size: number): number[] {
  return lines
    .filter((l) => Math.abs(l.size - size) <= 0.5)
    .flatMap(pieces)
    .filter((p) => {
      const span = spanOf(p);
      const over = header.filter((h) => span.left < h.right && span.right > h.left);
      const words = joinFragments(p).trim().split(/\s+/).length;
      return words <= SHORT_CELL_WORDS && over.length === 1 && span.left < over[0]!.left - SAME_START && header.indexOf(over[0]!) > 0 && span.left > header[header.indexOf(over[0]!) - 1]!.right;
    })
    .map((p) => p[0]!.x);
}

/**
 * Whether line `k` starts another table's header inside the columns of the table above: two of
 * its pieces, words without digits, lie wholly inside one of those columns (a header's labels
 * over narrower columns, "Compliance … Partial" over "Compliance Plus | Compliance | Partial
 * Compliance", under a table's wide "Elements" column), and the lines from it are a header of
 * their own (headerOf), after two rows of several cells at least. Two cells of one row never
 * share a column, so the line is not the table's row.
 */
export function startsHeaderWithin(lines: readonly TextLine[], from: number, k: number, columns: readonly HeaderColumn[]): boolean {
  // The table's own header lines may interleave; its rows must show its columns first.
  if (lines.slice(from, k).filter((l) => pieces(l).length > 1).length < 2) return false;
  // Labels are words: counts side by side in one column are a row's, however wide the header above.
  const spans = pieces(lines[k]!)
    .filter((p) => LABEL.test(joinFragments(p)))
    .map(spanOf);
  const shared = columns.some((c) => spans.filter((s) => s.left >= c.left - SAME_START && s.right <= c.right).length >= 2);
  return shared && headerOf(lines, k) !== null;
}

/** A header's label: letters, no digits. */
const LABEL = /^[^\d]*\p{L}[^\d]*$/u;

/** Columns by their starts: each runs to where the next starts. */
export const columnsFromStarts = (starts: readonly number[]): HeaderColumn[] => starts.map((left, k) => ({ left, right: starts[k + 1] ?? Infinity }));

/** A run of lines under a header: where it ends, which lines are titles across it, and each piece's column. */
export interface HeadedRun {
  /** Index of the first line after the run. */
  end: number;
  /** Indexes of the lines that are titles across the table. */
  titles: Set<number>;
  /** Rows of titles over groups of columns (groupTitles): for each such line, its titles and the first header cell each heads. */
  groupTitles: Map<number, { text: string; column: number }[]>;
  /** Lines that only carry on the group titles of the line above (a title wrapped in its cell). */
  titleWraps: Set<number>;
  /** The header cell a piece of a row lies under. */
  columnOf: (piece: readonly Fragment[]) => number;
  /** The header's cells, with an empty corner cell first where the rows have labels left of the header. */
  header: readonly HeaderColumn[];
  /** Where a row's pieces are cut into cells: the header cells' starts, and those the text below shares. */
  cuts: readonly number[];
  /** The header's own lines, one more than asked where a header cell wraps onto a line of its own (wrapsHeaderCell). */
  headerLines: number;
}

/**
 * The titles of a row of titles over groups of the table's columns, or null: a table set twice
 * side by side (two languages, two years) breaks its rows with a title over each half ("Maen
 * prawf 2 – …" | "Criterion 2 – …", each over its half's code and rating columns), as a bordered
 * table merges each title's cells. The line is set in bold, as titles are, in fewer pieces than
 * the header has cells, at least two, each running across where a later column's text starts.
 * A word of a title that happens to start at a column's start, cut from the title's text by
 * widths alone (merged-cells.ts), is still the title's: the printer drew them as one run.
 */
function groupTitlesOf(line: TextLine, headerCells: number, starts: readonly number[]): Fragment[][] | null {
  if (!line.bold) return null;
  const own: Fragment[][] = [];
  for (const piece of pieces(line)) {
    if (own.length > 0 && piece[0]!.cutFromItem) own.at(-1)!.push(...piece);
    else own.push([...piece]);
  }
  if (own.length < 2 || own.length >= headerCells) return null;
  // Every title runs over two columns or more: a piece over one column is a cell (a header repeated, "El. Requirement | Compliance | Evidence").
  const across = (p: readonly Fragment[]) => starts.some((x) => x > p[0]!.x + SAME_START && x < p.at(-1)!.right - SAME_START);
  return own.every(across) ? own : null;
}

/** A title's wrapped line stands at most this many type sizes under the line above it. */
const TITLE_WRAP_PITCH = 1.5;

/**
 * Whether `line` is the wrapped rest of group titles (groupTitlesOf) on the line above: in bold,
 * closer than a wrapped line's pitch, each piece starting where one of the titles does.
 */
function carriesOnTitles(line: TextLine, above: TextLine, titles: readonly Fragment[][]): boolean {
  if (!line.bold || above.y - line.y > line.size * TITLE_WRAP_PITCH) return false;
  return pieces(line).every((p) => titles.some((t) => Math.abs(t[0]!.x - p[0]!.x) <= SAME_START));
}

/**
 * The run of lines a header heads from line `i` (the header's own `headerLines` lines, none for
 * the rows of a table carried over from the page before): lines of one size set close, each
 * either a row (every piece within the table's width, none crossing two cells' middles) or a
 * title across the table (one piece that does, followed by a row). Null when fewer than two rows
 * have several cells, unless the run ends the page (the rest is on the next) or carries on the
 * page before's table with a row that fills most cells, or when two pieces of one line fall under
 * one header cell.
 */
export function headedRun(
  lines: readonly TextLine[],
  i: number,
  header: readonly HeaderColumn[],
  headerLines: number,
  /** Lines not to be read as rows of group titles: read so, the run did not hold together. */
  notGrouped: ReadonlySet<number> = new Set(),
): HeadedRun | null {
  const size = lines[i]!.size;
  const right = header.at(-1)!.right + size * REACH;
  // A row's cells: its pieces, cut where a run starts at a header cell's start (a rating and its
  // comment set closer than a column gap, "Compliant Targets set; …" under "Rating | Comments").
  // … or at a start the text below shares, where the header is centred over its column ("Compliance
  // The STAR survey …" under "Rating | Assessor comment", the comment's lines starting left of its header).
  const below = lines.slice(i + headerLines, i + headerLines + SHARED_LOOK);
  const lefts = [...header.map((h) => h.left), ...sharedStarts(below, size), ...shortCellStarts(below, header, size)];
  const cut = new Map<TextLine, Fragment[][]>();
  const cells = (line: TextLine) => cut.get(line) ?? cut.set(line, pieces(line).flatMap((p) => atStarts(p, lefts))).get(line)!;
  const middlesCovered = (s: { left: number; right: number }) => header.filter((h) => s.left < centre(h) && s.right > centre(h)).length;
  const closest = Math.min(...header.slice(1).map((h, k) => centre(h) - centre(header[k]!)));
  // Row labels left of the header ("PC" beside its counts) are not among them.
  const crowded = (all: readonly { left: number; right: number }[]) => {
    const spans = all.filter((s) => s.left >= header[0]!.left - SAME_START);
    return spans.slice(1).some((s, k) => centre(s) - centre(spans[k]!) < closest / 2);
  };
  // Text right of the header's last but one cell may run past the last: a text column wider than its header's words.
  const underLast = (line: TextLine) => spanOf(cells(line).at(-1)!).left > (header.at(-2)?.right ?? Infinity);
  // A title row whose last cell is merged across the columns after it ("3.4 | Co-operative working
  // with other providers …" over the rating and comment columns): its cells before are short (a
  // number, a code), each under a column of its own, and nothing follows the last. A row of data
  // whose cells ran together (a rating and its comment) has a longer cell before them.
  const spansRest = (line: TextLine) => {
    const own = cells(line);
    const before = own.slice(0, -1);
    return before.length > 0 && middlesCovered(spanOf(own.at(-1)!)) >= 2 && before.every((p) => middlesCovered(spanOf(p)) <= 1 && joinFragments(p).split(' ').length <= SHORT_CELL_WORDS);
  };
  const spanning = new Set<number>();
  const titles = new Set<number>();
  const grouped = new Map<number, Fragment[][]>();
  const titleWraps = new Set<number>();
  let end = i + headerLines;
  for (; end < lines.length; end++) {
    const line = lines[end]!;
    const previous = lines[end - 1];
    if (Math.abs(line.size - size) > 0.5 || isListStart(line) || (line.right > right && !underLast(line))) break;
    if (previous && end > i && previous.y - line.y > size * TABLE_GAP) break;
    // The header again starts a table of its own; so does another header over narrower columns.
    if (headerLines > 0 && sameText(line, lines[i]!)) break;
    if (startsHeaderWithin(lines, i + headerLines, end, header)) break;
    const spans = cells(line).map(spanOf);
    const group = grouped.get(end - 1);
    if (group && carriesOnTitles(line, lines[end - 1]!, group)) {
      titleWraps.add(end);
      continue;
    }
    if (spans.length === 1 && middlesCovered(spans[0]!) >= 2) titles.add(end);
    else if (spansRest(line)) spanning.add(end);
    else if (!notGrouped.has(end) && groupTitlesOf(line, header.length, lefts)) grouped.set(end, groupTitlesOf(line, header.length, lefts)!);
    else if (spans.some((s) => middlesCovered(s) >= 2)) break;
    // Two short cells of one line (marks, ratings, counts) closer together than half the header's
    // closest cells: another table's header or rows ("Criterion | C+ | C | PC" under "Sub-criterion |
    // 1 | 2 | 3"), after two rows of this one at least.
    else if (end - i - headerLines >= 2 && crowded(cells(line).filter((p) => joinFragments(p).trim().length <= SUB_HEADER_CHARS).map(spanOf))) break;
  }
  // A title must head rows: one at the end is the text after the table; so must a row merged across the rest.
  while (titles.has(end - 1) || spanning.has(end - 1) || grouped.has(end - 1) || titleWraps.has(end - 1)) titles.delete(--end);
  const rowAt = Array.from({ length: end - i - headerLines }, (_, k) => i + headerLines + k).filter((k) => !titles.has(k) && !grouped.has(k) && !titleWraps.has(k));
  const rows = rowAt.map((k) => lines[k]!);
  if (rows.length === 0) return null;
  const several = rows.filter((l) => cells(l).length > 1).length;
  // Rows carried over from the page before may be one row and a label's last line ("Service" over
  // "Total | 57 | 2 | 52 | 3 | 0"): a row that fills most of the header's cells is enough there.
  const carriedRow = headerLines === 0 && rows.some((l) => cells(l).length * 2 >= header.length && cells(l).length > 1);
  if (several < 2 && !(several >= 1 && (end === lines.length || carriedRow))) return null;
  const texts = rows.flatMap((l, line) => cells(l).map((p) => ({ ...spanOf(p), line })));
  // A line of one piece is a row's only where it starts as other text of the run does (a cell's
  // wrapped lines); one starting apart ("3.3 Access" over the next table's header) is not the table's.
  const shared = (x: number) => texts.filter((t) => Math.abs(t.left - x) <= SAME_START).length >= 2;
  const stray = rows.findIndex((l) => cells(l).length === 1 && !shared(l.fragments[0]!.x));
  // A stray first row leaves the header nothing to head, unless it is a header cell's last line.
  if (stray === 0) return wrapsHeaderCell(lines, i + headerLines, header, headerLines) ? headedRun(lines, i, header, headerLines + 1, notGrouped) : null;
  if (stray > 0) return headedRun(lines.slice(0, rowAt[stray]), i, header, headerLines, notGrouped);
  // Each title of a row of group titles starts where a column's text starts (its group's first
  // cell); a line whose pieces start elsewhere is read as it would be without them.
  const within = new Map([...grouped].filter(([k]) => k < end));
  const apart = [...within].filter(([, own]) => own.some((p) => !shared(p[0]!.x))).map(([k]) => k);
  if (apart.length > 0) return headedRun(lines, i, header, headerLines, new Set([...notGrouped, ...apart]));
  const run = readUnder({ lines, i, headerLines, end, titles, rows, rowAt, texts, cells, cuts: lefts, grouped: within, titleWraps: new Set([...titleWraps].filter((k) => k < end)) }, header);
  // Titles that do not head their columns in order: the lines are read as they would be without them.
  return run || within.size === 0 ? run : headedRun(lines, i, header, headerLines, new Set([...notGrouped, ...within.keys()]));
}

/** What headedRun found under a header: its lines, rows and pieces of text, to be read by the header's cells. */
interface RunUnder {
  lines: readonly TextLine[];
  i: number;
  headerLines: number;
  end: number;
  titles: Set<number>;
  rows: readonly TextLine[];
  rowAt: readonly number[];
  texts: readonly { left: number; right: number; line: number }[];
  cells: (line: TextLine) => Fragment[][];
  cuts: readonly number[];
  grouped: ReadonlyMap<number, Fragment[][]>;
  titleWraps: Set<number>;
}

/** The run headedRun found, read by the header's cells, with a column of row labels under an empty corner where there is one. */
function readUnder(run: RunUnder, header: readonly HeaderColumn[]): HeadedRun | null {
  const { texts } = run;
  // Text wholly left of the header's first cell is a column the header does not name (row labels
  // under an empty corner, "C+" over "C" over "PC"): it is given a cell of its own, where it is
  // one column (its pieces all overlap), or else no reading by the header, as every column would
  // shift one cell to the left.
  const cornered = texts.filter((t) => t.right < header[0]!.left - SAME_START);
  // Short text of the first column, left of its centred header cell, starts where the column's
  // longer text under that cell starts ("El" over "4.1.1(a)", a code wrapped in a narrow column),
  // where no other text lies under that cell: labels under an empty corner may run on under the
  // first header cell, whose own column then starts elsewhere.
  const first = header[0]!;
  const atCorner = (t: { left: number }) => cornered.some((c) => Math.abs(t.left - c.left) <= SAME_START);
  const firstColumns =
    texts.some((t) => atCorner(t) && t.right > centre(first)) && !texts.some((t) => !atCorner(t) && t.left < first.right && t.right > first.left);
  const under = (columns: readonly HeaderColumn[]) => headedRunUnder(run, columns);
  // Read so, unless a row then has two cells under one header cell (a header whose cells pdfjs
  // joined, "C+ C", has fewer than the rows): the short text is then row labels after all.
  const asFirstColumn = firstColumns ? under(header) : null;
  if (asFirstColumn) return asFirstColumn;
  const corner = cornered.length > 0 ? cornerColumn(cornered) : undefined;
  if (corner === null) return null;
  return under(corner ? [corner, ...header] : header);
}

/**
 * The column of row labels left of a header (see headedRun): the text that overlaps the leftmost
 * piece, where all of it overlaps (labels set in one column, centred or not); null where it does
 * not. Text left of the header but right of the labels is the first named column's, set at the
 * left of its cell under a centred header cell, and is placed as any other.
 */
function cornerColumn(texts: readonly { left: number; right: number }[]): HeaderColumn | null {
  const first = texts.reduce((a, b) => (b.left < a.left ? b : a));
  const column = texts.filter((t) => t.left < first.right && t.right > first.left);
  if (Math.max(...column.map((t) => t.left)) >= Math.min(...column.map((t) => t.right))) return null;
  return { left: Math.min(...column.map((t) => t.left)), right: Math.max(...column.map((t) => t.right)) };
}

function headedRunUnder(run: RunUnder, header: readonly HeaderColumn[]): HeadedRun | null {
  const { lines, i, headerLines, titles, rows, rowAt, texts, cells, cuts, grouped, titleWraps } = run;
  // Title rows at the run's foot are not its rows: the run ends before them.
  let { end } = run;
  const columns = assign(texts, header);
  const byStart = new Map(texts.map((t, k) => [t.left, columns[k]!]));
  const columnOf = (piece: readonly Fragment[]) => byStart.get(piece[0]!.x) ?? 0;
  for (const line of rows) {
    const placed = cells(line).map(columnOf);
    if (new Set(placed).size < placed.length) return null;
  }
  // A group's title heads the column whose text starts where it does; the titles of one row head
  // columns left to right, or the row is no row of group titles and the reading fails.
  const groupTitles = new Map<number, { text: string; column: number }[]>();
  for (const [k, own] of grouped) {
    // A title's wrapped line, under it, carries on its text.
    const wrap = titleWraps.has(k + 1) ? pieces(lines[k + 1]!) : [];
    const placed = own.map((p) => {
      const at = texts.findIndex((t) => Math.abs(t.left - p[0]!.x) <= SAME_START);
      const rest = wrap.filter((w) => Math.abs(w[0]!.x - p[0]!.x) <= SAME_START).map(joinFragments);
      return { text: [joinFragments(p), ...rest].join(' '), column: at < 0 ? -1 : columns[at]! };
    });
    if (placed.some((t, n) => t.column < 0 || (n > 0 && t.column <= placed[n - 1]!.column))) return null;
    groupTitles.set(k, placed);
  }
  // A line of one piece that runs on into the text of a later column is a title across the table
  // whose header cells are too wide for it to cover two middles ("Criterion 1 – Customer Insight"
  // over a wide "Requirement" column).
  const textLeft = new Map<number, number>();
  texts.forEach((t, k) => textLeft.set(columns[k]!, Math.min(textLeft.get(columns[k]!) ?? Infinity, t.left)));
  rows.forEach((line, k) => {
    const [only, ...more] = cells(line);
    if (more.length === 0 && [...textLeft].some(([column, left]) => column > columnOf(only!) && spanOf(only!).right > left + SAME_START)) titles.add(rowAt[k]!);
  });
  while (titles.has(end - 1)) titles.delete(--end);
  return { end, titles, groupTitles, titleWraps, columnOf, header, cuts, headerLines };
}

/** A header's wrapped line stands at most this many type sizes under the line above it. */
const WRAPPED_HEADER_PITCH = 1.5;

/**
 * Whether line `k`, right under a header's `headerLines` lines, is the last line of a header cell
 * that wraps while the others do not, all set at the top of the row ("Judgement (tick" over
 * "one)"): in the header's weight (bold), one line's pitch under it, each of its pieces within
 * one header cell, under half the cells at most. A row's line below a header is set in the rows'
 * weight, or fills more of the cells.
 */
function wrapsHeaderCell(lines: readonly TextLine[], k: number, header: readonly HeaderColumn[], headerLines: number): boolean {
  const [line, above] = [lines[k], lines[k - 1]];
  if (headerLines === 0 || !line || !above || !line.bold || !above.bold || Math.abs(line.size - above.size) > 0.5) return false;
  if (above.y - line.y > line.size * WRAPPED_HEADER_PITCH) return false;
  const own = pieces(line);
  const within = (p: readonly Fragment[]) => header.some((h) => p[0]!.x >= h.left - SAME_START && p.at(-1)!.right <= h.right + SAME_START);
  return own.length * 2 <= header.length && own.every(within);
}
