/**
 * Table cells pdfjs has joined into one text item. pdfjs joins two runs of text on a line into
 * one item, with a space between, wherever the gap between them is under about 0.6 of the type
 * size, which is often the case in a table printed with narrow padding ("5 Timeliness and Quality
 * of Service 1", or a whole header "Compliance Plus Compliance Partial Compliance"). Such an item
 * crosses the columns the rows around it keep to. It is split at the columns' starts when the
 * font's widths allow exactly one way of doing so: each part starting in its column and ending
 * before the next column starts, the parts drawn at their widths, the gaps between them wider than
 * a space pdfjs would not have marked, and the last part ending where the item ends; and only
 * where the item is wider than its words set with spaces between them (see MIN_EXCESS).
 */
import { closeLines, type Fragment, INTERLEAVED, joinFragments, lineOf, pieceCount, pieces, type TextLine } from './fragments.js';
import { type GlyphWidths, textWidth } from './glyph-widths.js';

/** Lines above and below a line that are looked at for its table's columns. */
const WINDOW = 8;
/** Starts of pieces this close (points) are one column's. */
const SAME_START = 2;
/** A part may start this far (points) left of its column's start. */
const TOLERANCE = 1.5;
/** pdfjs marks a gap with a space only from this many ems: two cells are at least this far apart. */
const MIN_GAP = 0.1;
/**
 * An item wider than its words set with spaces by this many points holds gaps wider than a
 * space. A line of prose is as wide as its characters and spaces, within kerning (a few tenths
 * of a point, most often narrower).
 */
const MIN_EXCESS = 1;
/** A word of an item as wide as its words starts this close (points) to a column's start, or not at it. */
const EXACT = 1;
/** Cells after the first of such an item hold this many words at most. */
const MAX_CELL_WORDS = 5;
/** Nor does it join runs further apart than this many ems: two cells in one item are at most this far apart. */
const MAX_GAP = 0.65;
/** An item of more words than this is prose, and too many ways to split to look at. */
const MAX_WORDS = 24;
/** A line further than this many pitches of the lines around from its nearest is not one of their rows. */
const NEIGHBOUR_PITCH = 1.5;
/** Edges this close (points) are set together. */
const SAME_EDGE = 0.5;
/** Runs starting this close (points) start at the same place. */
const SAME_X = 1;
/** Runs closer than this many ems are one cell's, wherever they start. */
const MIN_SHARED_GAP = 0.4;
/** Columns the rows around need: a table, not paragraphs hung from their numbers. */
const MIN_COLUMNS = 3;
/** Times the rows are split at shared starts, each split showing more rows of the table. */
const MAX_SPLIT_PASSES = 3;
/** Short lines a split at shared starts allows between a line and the table's row nearest it on one side (see besideRows). */
const WRAPPED_LINES = 2;

export type WidthsOf = (font: string) => GlyphWidths | null;

export function splitMergedCells(pageLinesAsRead: readonly TextLine[], widthsOf: WidthsOf): TextLine[] {
  const pageLines = splitLabelsFromText(splitAtHiddenStarts(splitAtAlignedRuns(splitCountRuns(splitLabelCountPairs(splitJoinedCountPairs(pageLinesAsRead, widthsOf), widthsOf))), widthsOf), widthsOf);
  // Both steps look for a table's rows around a line: a page without one of three cells or more
  // (prose) has only the header of a two-column table to split.
  if (!pageLines.some(isTableRow)) return pageLines.map((line, i) => splitLine(line, headerStartsOver(pageLines, i), widthsOf));
  // A row split here may be what shows the rows beside it to be a table's: split again until none changes.
  let lines = [...pageLines];
  for (let pass = 0; pass < MAX_SPLIT_PASSES; pass++) {
    const next = splitAtSharedStarts(lines);
    if (next.every((line, k) => line === lines[k])) break;
    lines = next;
  }
  return lines.map((line, i) => {
    if (!line.fragments.some((f) => f.text.trim().includes(' '))) return line;
    const starts = columnStartsAround(lines, i);
    // A line of a row whose cells are centred top to bottom shares only some columns with the rows
    // (those of its one-line cells): where they do not split it, the starts the lines around share do.
    const amid = !isTableRow(line) && amidRows(lines, i);
    if (starts.length >= MIN_COLUMNS) {
      const split = splitLine(line, starts, widthsOf);
      if (split !== line || !amid) return split;
    }
    const beside = isTableRow(line) || amid ? startsBeside(lines, i) : [];
    const split = splitLine(line, beside.length >= MIN_COLUMNS ? beside : headerStartsOver(lines, i), widthsOf);
    if (split !== line || starts.length > 0) return split;
    // Rows that set their text centred show no starts, but their columns' middles.
    const columns = columnsAround(lines, i);
    if (columns.length < MIN_COLUMNS) return line;
    const fragments = line.fragments.flatMap((f) => (f.text.trim().includes(' ') ? splitOverCentres(f, columns, widthsOf(f.font)) : [f]));
    return fragments.length > line.fragments.length ? { ...line, fragments } : line;
  });
}

/**
 * The column starts of a row no other row stands near enough to show (the last row of a page,
 * under a row whose cells are centred beside a description of several lines): the row's own cells'
 * starts, and starts two or more of the lines set close round it share, the wrapped lines of a
 * description among them ("5.3.2 We are meeting …", a code pdfjs joined to the text beside it,
 * over the lines of the row above that start where that text does). Only for a row of three cells
 * or more: a paragraph hung from its number is prose, not a table's row.
 */
function startsBeside(lines: readonly TextLine[], i: number): number[] {
  const line = lines[i]!;
  const xs = linesAround(lines, i).flatMap((l) => pieces(l).map((p) => p[0]!.x));
  const shared = (x: number) => xs.filter((other) => Math.abs(other - x) <= SAME_START).length >= 2;
  const starts = [...pieces(line).map((p) => p[0]!.x), ...xs.filter(shared)].sort((a, b) => a - b);
  return starts.filter((x, k) => k === 0 || x - starts[k - 1]! > SAME_START);
}

/**
 * Whether line `i`, of two pieces or more, stands between a table's rows, above it and below: a
 * line of a row whose cells are centred top to bottom, its other cells on lines of their own
 * ("Initial assessment | Alan Cresswell 8 March 2019" between "2019 | 12–14 February" and
 * "Initial | 2019", a header over them and the next rows under), is one of the rows' lines. A
 * paragraph hung from its number stands among lines of two pieces at most.
 */
function amidRows(lines: readonly TextLine[], i: number): boolean {
  const line = lines[i]!;
  if (pieceCount(line) < 2) return false;
  const rows = nearLines(lines, i, WRAPPED_LINES).filter(isTableRow);
  return rows.some((l) => l.y > line.y) && rows.some((l) => l.y < line.y);
}

/** A place a run's words may start again after a gap wider than a space, and the words from there. */
interface GapCandidate {
  x: number;
  /** Where the words before the gap end. */
  end: number;
  first: string;
  rest: string;
  /** Whether the item is wider than its words by MIN_EXCESS: a gap kerning alone does not make. */
  clear: boolean;
}

/**
 * Extra width, in points, that may be a gap between cells where other rows show the gap clearly:
 * a cell whose first word is wider leaves less of the padding to show (a row's code "(b)" where
 * the rows around have "(a)").
 */
const SLIGHT_EXCESS = 0.4;

/**
 * For an item wider than its words set with spaces (see MIN_EXCESS), where the words after each
 * space would start were that space the one gap wider than a space: one of them, if any, is where
 * a cell pdfjs joined to the one before starts.
 */
function gapCandidates(f: Fragment, widths: GlyphWidths | null): GapCandidate[] {
  const words = f.text.split(' ');
  if (!widths || words.length < 2 || words.length > MAX_WORDS) return [];
  const space = widths.get(' ');
  const ems = words.map((w) => textWidth(w, widths));
  if (space === undefined || ems.some((w) => w === null)) return [];
  // The width of the first k words (and a space after each), for every k: summed once, in order.
  const widthsBefore = [0];
  for (const w of ems) widthsBefore.push(widthsBefore.at(-1)! + w! * f.size);
  const before = (k: number) => widthsBefore[k]! + k * space * f.size;
  const excess = f.right - f.x - (before(words.length) - space * f.size);
  if (excess < SLIGHT_EXCESS) return [];
  const clear = excess >= MIN_EXCESS;
  const candidates: GapCandidate[] = [];
  let cut = -1;
  for (let j = 0; j + 1 < words.length; j++) {
    cut += words[j]!.length + 1;
    if (words[j] && words[j + 1]) candidates.push({ x: f.x + before(j + 1) + excess, end: f.x + before(j + 1) - space * f.size, first: f.text.slice(0, cut), rest: f.text.slice(cut + 1), clear });
  }
  return candidates;
}

/**
 * Cells pdfjs joined into one item in every row of a table, so that no row shows where the second
 * starts ("El 2.1.1(a) Documents and records examined" over "El 2.1.1(b) Interviews with staff…",
 * the rating in a column of its own): each row's item is wider than its words, by the padding
 * between the cells (clearly so in two rows at least), and the place its extra width can lie that
 * puts the next cell at the same start as it puts in at least three rows around it is where the
 * cell starts, where the rows differ both before and after it: rows of the same words line up at
 * every space, and rows that start with the same word ("El 2.1.1(a)", "El 2.1.1(b)") line up after
 * it too, but a table's first cells tell its rows apart; only a count after the gap may be the
 * same in every row ("10 0", "11 0", "12 0": a column of zeros). At least two of those rows must have a
 * cell further right.
 */
function splitAtHiddenStarts(lines: readonly TextLine[], widthsOf: WidthsOf): TextLine[] {
  const candidates = new Map<Fragment, GapCandidate[]>();
  const ofFragment = (f: Fragment) => candidates.get(f) ?? candidates.set(f, gapCandidates(f, widthsOf(f.font))).get(f)!;
  // Each line's candidates are asked of by every line around it: gathered once a line.
  const ofLine = new Map<TextLine, GapCandidate[]>();
  const of = (line: TextLine) => ofLine.get(line) ?? ofLine.set(line, line.fragments.flatMap(ofFragment)).get(line)!;
  return lines.map((line, i) => {
    if (of(line).length === 0) return line;
    const around = linesAround(lines, i);
    let changed = false;
    const fragments = line.fragments.flatMap((f) => {
      const starts = ofFragment(f).filter((c) => {
        const rows = around.filter((l) => of(l).some((d) => Math.abs(d.x - c.x) <= SAME_X));
        const matching = rows.map((l) => of(l).find((d) => Math.abs(d.x - c.x) <= SAME_X)!);
        const differ = (part: 'first' | 'rest') => new Set([c[part], ...matching.map((d) => d[part])]).size >= 2;
        const clearly = [c, ...matching].filter((d) => d.clear).length;
        const apart = rows.filter((l) => hasCellRightOf(l, c.x)).length;
        // A count after the gap may repeat row after row (a column of zeros): words that repeat are a shared ending instead.
        return matching.length >= MIN_ALIGNED && apart >= MIN_ROWS_APART && clearly >= 2 && differ('first') && (differ('rest') || COUNT.test(c.rest));
      });
      // Where two places qualify, one is two rows' words lining up by chance inside the second
      // cell: a table's first cell (a code, a label) ends at the first.
      if (starts.length === 0) return [f];
      const [{ x, end, first, rest }] = starts as [GapCandidate];
      changed = true;
      return [
        { ...f, text: first, right: end },
        { ...f, text: rest, x, cellStart: true, cutFromItem: true },
      ];
    });
    return changed ? { ...line, fragments } : line;
  });
}

/** Lines around whose runs start where a label's text would, for the label to be cut from it. */
const MIN_TEXT_STARTS = 2;

/**
 * A row's label that pdfjs joined to the text of the cell beside it ("5.2.2 We identify individual
 * customer needs …", a code set in a narrow column, closer to its text than a column gap), where
 * the rows around drew them apart: the item is wider than its words set with spaces (MIN_EXCESS),
 * its first word is the label, and the rest, put after the one gap wider than a space, starts where
 * runs of at least two lines around start (the text's column, its wrapped lines), in a line with a
 * cell further right. splitAtHiddenStarts needs such a join in three rows; a table set apart
 * everywhere else shows one by its other lines.
 */
function splitLabelsFromText(lines: readonly TextLine[], widthsOf: WidthsOf): TextLine[] {
  return lines.map((line, i) => {
    const f = line.fragments[0];
    // A row has a cell further right (a score, a rating): a line of prose, one piece, is left as it is.
    if (!f || f.cutFromItem || pieceCount(line) < 2) return line;
    const candidate = gapCandidates(f, widthsOf(f.font)).find((c) => !c.first.includes(' '));
    if (!candidate?.clear) return line;
    const starts = linesAround(lines, i).filter((l) => l.fragments.some((g) => Math.abs(g.x - candidate.x) <= SAME_X)).length;
    if (starts < MIN_TEXT_STARTS) return line;
    return {
      ...line,
      fragments: [{ ...f, text: candidate.first, right: candidate.end }, { ...f, text: candidate.rest, x: candidate.x, cellStart: true, cutFromItem: true }, ...line.fragments.slice(1)],
    };
  });
}

/** A line's items split at the columns' starts, where the font's widths allow (splitFragment). */
function splitLine(line: TextLine, starts: readonly number[], widthsOf: WidthsOf): TextLine {
  if (starts.length < 2) return line;
  // One bold item ending before the table's last column starts is a title across the table
  // ("Criterion 1 – Customer Insight"), whatever column start a word of it happens to meet;
  // a row's label and first number run together ("Delivery 1") are set as the rows are.
  if (line.fragments.length === 1 && line.bold && line.right < starts.at(-1)!) return line;
  let changed = false;
  const fragments = line.fragments.flatMap((f) => {
    const parts = splitFragment(f, starts, widthsOf(f.font));
    if (parts.length > 1) changed = true;
    return parts;
  });
  return changed ? { ...line, fragments } : line;
}

/** Rows of a two-column table under its header, at least; each cell at most HEADER_ROW_WORDS words. */
const MIN_ROWS_UNDER = 3;
const HEADER_ROW_WORDS = 3;
/** A header of a two-column table is a few words. */
const MAX_HEADER_WORDS = 6;

/**
 * The two column starts of a table under line `i`, where the line is one item of a few words
 * starting where the table's first column does, set close over rows of two short cells each,
 * every row's cells starting where the others' do: the table's header, whose two cells pdfjs
 * joined ("Score Number of elements" over "3 | 4", "2 | 52"…). None otherwise: a table of three
 * columns or more is columnStartsAround's, and a line over text of two pieces that are not short
 * (paragraphs hung from their numbers) is prose.
 */
function headerStartsOver(lines: readonly TextLine[], i: number): number[] {
  const line = lines[i]!;
  const [only] = line.fragments;
  if (line.fragments.length !== 1 || !only!.text.trim().includes(' ') || only!.text.trim().split(/\s+/).length > MAX_HEADER_WORDS) return [];
  const below = closeLines(lines, line, i + 1, 1, WINDOW);
  if (below.length === 0 || line.y - below[0]!.y > line.size * 2) return [];
  const rows: Fragment[][][] = [];
  for (const next of below) {
    const cells = pieces(next);
    if (cells.length !== 2 || cells.some((c) => joinFragments(c).split(' ').length > HEADER_ROW_WORDS)) break;
    rows.push(cells);
  }
  if (rows.length < MIN_ROWS_UNDER) return [];
  const starts = [0, 1].map((c) => rows.map((r) => r[c]![0]!.x));
  if (starts.some((xs) => Math.max(...xs) - Math.min(...xs) > SAME_START)) return [];
  const [first, second] = starts.map((xs) => Math.min(...xs)) as [number, number];
  return Math.abs(line.x - first) <= SAME_START ? [first, second] : [];
}

/**
 * Cells set closer than a column gap but drawn as runs of their own: a run set further than a
 * space from the one before it, that starts exactly where runs of two rows of a table around it
 * start (marks ● and ○ under "C+ C PC NC", six points apart), starts a cell. Lines typed alike
 * ("E1.1.1 C · E1.1.2 C+") line up too, but are no table's rows and are set a space apart.
 */
function splitAtSharedStarts(lines: readonly TextLine[]): TextLine[] {
  return lines.map((line, i) => {
    if (line.fragments.length < 2) return line;
    // Runs drawn apart may have one or two wrapped lines of a cell between them and the rows
    // (a code centred beside a description of three lines); a run to split by widths may not.
    const around = nearLines(lines, i, WRAPPED_LINES)
      .filter(isTableRow)
      .flatMap((l) => l.fragments.map((f) => f.x));
    let changed = false;
    const fragments = line.fragments.map((f, k) => {
      if (k === 0 || f.cellStart) return f;
      const gap = f.x - line.fragments[k - 1]!.right;
      const shared = around.filter((x) => Math.abs(x - f.x) <= SAME_X).length;
      if (gap < f.size * MIN_SHARED_GAP || shared < 2) return f;
      changed = true;
      return { ...f, cellStart: true };
    });
    return changed ? { ...line, fragments } : line;
  });
}

const isTableRow = (line: TextLine) => pieceCount(line) >= MIN_COLUMNS;

/** The lines of line `i`'s type size set close above and below it, up to WINDOW each way. */
const linesAround = (lines: readonly TextLine[], i: number) => [...closeLines(lines, lines[i]!, i - 1, -1, WINDOW), ...closeLines(lines, lines[i]!, i + 1, 1, WINDOW)];

/** Lines around a line whose runs must start where its run does, for that run to start a cell. */
const MIN_ALIGNED = 3;
/**
 * Of those lines, how many must have a cell further right, a column gap clear of the text before
 * it: a table's rows. Paragraphs hung from their numbers, and a document's key facts set as
 * "Label: value", line up so too, but have no column right of their text.
 */
const MIN_ROWS_APART = 2;
const hasCellRightOf = (line: TextLine, x: number) => pieces(line).some((p, k) => k > 0 && p[0]!.x > x + SAME_X);

/**
 * Cells set closer than a column gap in every row of a table (a code and its evidence point,
 * five points apart, in a table LibreOffice prints with narrow padding), so that no row shows
 * them apart and splitAtSharedStarts has no table's rows to go by: a run set further than a space
 * from the one before, starting where such runs start in at least three lines around it, starts
 * a cell, where at least two of those lines have a cell further right (a rating).
 * A column of words in justified prose may line up by chance in a line or two, not in three.
 */
function splitAtAlignedRuns(lines: readonly TextLine[]): TextLine[] {
  const starts = lines.map((line) =>
    line.fragments.filter((f, k) => k > 0 && !f.cellStart && f.x - line.fragments[k - 1]!.right >= f.size * MIN_SHARED_GAP).map((f) => f.x),
  );
  const startsOf = new Map(lines.map((line, i) => [line, starts[i]!]));
  const runStarts = (line: TextLine) => startsOf.get(line)!;
  return lines.map((line, i) => {
    const own = starts[i]!;
    if (own.length === 0) return line;
    const around = linesAround(lines, i);
    const aligned = own.filter((x) => {
      const rows = around.filter((l) => runStarts(l).some((y) => Math.abs(x - y) <= SAME_X));
      return rows.length >= MIN_ALIGNED && rows.filter((l) => hasCellRightOf(l, x)).length >= MIN_ROWS_APART;
    });
    if (aligned.length === 0) return line;
    return { ...line, fragments: line.fragments.map((f, k) => (k > 0 && aligned.includes(f.x) ? { ...f, cellStart: true } : f)) };
  });
}

/** A count in a table's cell: a number of a few digits. */
const COUNT = /^\d{1,3}$/;
/** Lines around whose counts start where a count run does, for it to start a cell: one is enough, since prose never runs on in numbers alone. */
const MIN_COUNTS_ALIGNED = 1;

/**
 * Counts set closer than a column gap in every row of a table ("1 10 0 0 11" beside each
 * criterion, LibreOffice's narrow columns of numbers), each drawn as a run of its own: where a
 * piece of a line is only such runs, set further than a space apart, a run that starts where
 * counts of another line around start too starts a cell. Prose never runs on in numbers alone,
 * and a number hung before its paragraph is one run, not several; a table that a page break
 * splits may leave two rows of it on a page.
 */
function splitCountRuns(lines: readonly TextLine[]): TextLine[] {
  const countStarts = new Map<TextLine, number[]>(
    lines.map((line) => [line, line.fragments.filter((f) => COUNT.test(f.text.trim())).map((f) => f.x)]),
  );
  return lines.map((line, i) => {
    const counts = pieces(line).filter((p) => p.length > 1 && p.every((f) => COUNT.test(f.text.trim())));
    if (counts.length === 0) return line;
    const around = linesAround(lines, i);
    const starts = new Set<Fragment>();
    for (const piece of counts) {
      piece.slice(1).forEach((f, k) => {
        const aligned = around.filter((l) => countStarts.get(l)!.some((x) => Math.abs(x - f.x) <= SAME_X)).length;
        if (f.x - piece[k]!.right >= f.size * MIN_SHARED_GAP && aligned >= MIN_COUNTS_ALIGNED) starts.add(f);
      });
    }
    if (starts.size === 0) return line;
    return { ...line, fragments: line.fragments.map((f) => (starts.has(f) ? { ...f, cellStart: true } : f)) };
  });
}

/**
 * Two counts of neighbouring narrow columns that pdfjs joined into one item ("1 9" under "E | C",
 * LibreOffice's columns of numbers set closer than a column gap), in a row that has a cell
 * before them (its label): where the item is wider than its two numbers set with a space between
 * them (MIN_EXCESS), the gap is wider than a space and is a gap between cells. With one gap only,
 * the font's widths say exactly where each count lies: the first where the item starts, the
 * second ending where it ends. A table split by a page break may have too few rows on a page to
 * show the column by any other means (splitAtHiddenStarts needs three). Three counts or more in
 * one item hide where the middle ones lie: the columns the rows around show split them, or
 * nothing does.
 */
function splitJoinedCountPairs(lines: readonly TextLine[], widthsOf: WidthsOf): TextLine[] {
  return lines.map((line) => {
    if (line.fragments.length < 2) return line;
    let changed = false;
    const fragments = line.fragments.flatMap((f, k) => {
      const counts = f.text.trim().split(' ');
      const widths = widthsOf(f.font);
      if (k === 0 || counts.length !== 2 || !counts.every((c) => COUNT.test(c)) || !widths) return [f];
      const [first, second] = counts.map((c) => textWidth(c, widths)) as [number | null, number | null];
      const space = widths.get(' ');
      if (first === null || second === null || space === undefined) return [f];
      if (f.right - f.x - (first + space + second) * f.size < MIN_EXCESS) return [f];
      changed = true;
      return [
        { ...f, text: counts[0]!, right: f.x + first * f.size },
        { ...f, text: counts[1]!, x: f.right - second * f.size, cellStart: true },
      ];
    });
    return changed ? { ...line, fragments } : line;
  });
}

/**
 * A row's label and its first count that pdfjs joined into one item ("Year 1 2" over "Year 2 3",
 * each row's label a word and a count set in the next narrow column, LibreOffice's print of a
 * small table of counts), in a row with cells further right: where the item is wider than its two
 * words set with a space between them (MIN_EXCESS), the one space is the gap between the cells,
 * and the font's widths say where the count lies, ending where the item ends. Only where another
 * row around has its count at the same place (a table's column, not a label that happens to end
 * in a number): a table of one such row stays as it is.
 */
function splitLabelCountPairs(lines: readonly TextLine[], widthsOf: WidthsOf): TextLine[] {
  /** Where the count of a label-and-count item starts, or null where the item is no such pair. */
  const countStart = (f: Fragment): number | null => {
    const words = f.text.trim().split(' ');
    const widths = widthsOf(f.font);
    if (words.length !== 2 || !/\p{L}/u.test(words[0]!) || !COUNT.test(words[1]!) || !widths) return null;
    const [label, count] = words.map((w) => textWidth(w, widths)) as [number | null, number | null];
    const space = widths.get(' ');
    if (label === null || count === null || space === undefined) return null;
    if (f.right - f.x - (label + space + count) * f.size < MIN_EXCESS) return null;
    return f.right - count * f.size;
  };
  const starts = new Map<TextLine, number[]>(
    lines.map((line) => [line, pieceCount(line) < MIN_COLUMNS ? [] : line.fragments.map(countStart).filter((x): x is number => x !== null)]),
  );
  return lines.map((line, i) => {
    if (starts.get(line)!.length === 0) return line;
    const around = linesAround(lines, i);
    const shared = (x: number) => around.some((l) => starts.get(l)!.some((other) => Math.abs(other - x) <= SAME_X));
    let changed = false;
    const fragments = line.fragments.flatMap((f) => {
      const x = countStart(f);
      if (x === null || !shared(x)) return [f];
      changed = true;
      const [label, count] = f.text.trim().split(' ') as [string, string];
      return [
        { ...f, text: label, right: f.x + textWidth(label, widthsOf(f.font)!)! * f.size },
        { ...f, text: count, x, cellStart: true, cutFromItem: true },
      ];
    });
    return changed ? { ...line, fragments } : line;
  });
}

/**
 * Whether the lines on one side of a line, nearest first, start with a table's row, or with up to
 * `shortLines` short lines (a title inside the table, "Criterion 1 – Customer Insight", or the
 * wrapped lines of a cell, each ending before the table's last column starts) and then a row. A
 * paragraph over a table has its own next line, which runs across the columns.
 */
function besideRows(side: readonly TextLine[], shortLines: number): boolean {
  const k = side.findIndex(isTableRow);
  if (k < 0 || k > shortLines) return false;
  const lastColumn = Math.max(...pieces(side[k]!).map((p) => p[0]!.x));
  return side.slice(0, k).every((line) => line.right < lastColumn);
}

/**
 * The lines of line `i`'s type size set close above and below it, up to WINDOW each way; none
 * where the line stands further from its nearest neighbour than the lines around, as a rule,
 * stand from each other (a caption or a key over a table, not one of its rows), or where it is
 * not beside a table's rows (see besideRows).
 */
function nearLines(lines: readonly TextLine[], i: number, shortLines = 1): TextLine[] {
  const line = lines[i]!;
  const above = rowsOf(closeLines(lines, line, i - 1, -1, WINDOW));
  const below = rowsOf(closeLines(lines, line, i + 1, 1, WINDOW));
  const own = Math.min(above[0] ? above[0].y - line.y : Infinity, below[0] ? line.y - below[0].y : Infinity);
  const pitchesOf = (run: readonly TextLine[]) => run.slice(1).map((l, k) => Math.abs(run[k]!.y - l.y));
  const others = [...pitchesOf(above), ...pitchesOf(below)].sort((a, b) => a - b);
  if (others.length > 0 && own > others[Math.floor(others.length / 2)]! * NEIGHBOUR_PITCH) return [];
  if (!besideRows(above, shortLines) && !besideRows(below, shortLines)) return [];
  return [...above, ...below];
}

/**
 * Lines (nearest first) with the lines of each row's centred cells taken together: lines closer
 * than lines of one cell can be ("04/03/2021" over "Visit | 4th Nov 2021" over "(remote)") are one
 * row's cells, set above and below its one-line cells, and the row is all of them, at their middle.
 */
function rowsOf(run: readonly TextLine[]): TextLine[] {
  const groups: TextLine[][] = [];
  for (const line of run) {
    const group = groups.at(-1);
    if (group && Math.abs(group.at(-1)!.y - line.y) < line.size * INTERLEAVED) group.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => {
    if (group.length === 1) return group[0]!;
    const middle = group.reduce((sum, l) => sum + l.y, 0) / group.length;
    return lineOf(group.flatMap((l) => l.fragments), middle);
  });
}

/**
 * The rows of the table around line `i`: lines of its type size set close above and below it of
 * three pieces or more, on both sides of the line or at least two of them beside it; none otherwise.
 */
function tableRowsAround(lines: readonly TextLine[], i: number): TextLine[] {
  const y = lines[i]!.y;
  const [top, bottom] = [fence(lines, i, -1), fence(lines, i, 1)];
  // A title across the table and the last wrapped line of the row above may stand between a line
  // and the rows ("3.1.1 We make…", a code pdfjs joined to its text, under "Criterion 3 – …").
  const rows = nearLines(lines, i, WRAPPED_LINES).filter((l) => isTableRow(l) && l.y < top && l.y > bottom);
  const above = rows.filter((l) => l.y > y);
  const below = rows.filter((l) => l.y < y);
  return (above.length >= 1 && below.length >= 1) || above.length >= 2 || below.length >= 2 ? rows : [];
}

/** A column of a table's rows: where its cells lie, and their common middle where they are centred on one. */
interface RowColumn {
  left: number;
  right: number;
  centre: number | null;
}

/**
 * The columns of the table around line `i` (see tableRowsAround): its rows' cells that overlap
 * make a column, whose middle is the one its cells share, if they do (cells centred in it, or all
 * as wide as each other). None where there are no rows.
 */
function columnsAround(lines: readonly TextLine[], i: number): RowColumn[] {
  const cells = tableRowsAround(lines, i)
    .flatMap((l) => pieces(l).map((p) => ({ x: p[0]!.x, right: p.at(-1)!.right })))
    .sort((a, b) => a.x - b.x);
  const columns: { left: number; right: number; middles: number[] }[] = [];
  for (const cell of cells) {
    const last = columns.at(-1);
    if (last && cell.x < last.right) {
      last.right = Math.max(last.right, cell.right);
      last.middles.push((cell.x + cell.right) / 2);
    } else columns.push({ left: cell.x, right: cell.right, middles: [(cell.x + cell.right) / 2] });
  }
  return columns.map(({ left, right, middles }) => {
    const centred = middles.length >= 2 && Math.max(...middles) - Math.min(...middles) <= SAME_EDGE * 2;
    return { left, right, centre: centred ? middles.reduce((a, b) => a + b, 0) / middles.length : null };
  });
}

/**
 * A header's cells centred over columns of centred text, that pdfjs joined into one item ("Full
 * compliance Partial compliance Non compliance" over counts each centred in its column, LibreOffice's
 * print of a header of narrow padding): where the item is wider than its words set with spaces
 * (MIN_EXCESS) and every column under it has a middle its cells share, the item is cut into as
 * many parts as there are columns under it, each part centred on its column's middle, the first
 * starting where the item starts and the last ending where it ends, more than a space apart; and
 * only where exactly one cut does so. The item as it is otherwise.
 */
function splitOverCentres(f: Fragment, columns: readonly RowColumn[], widths: GlyphWidths | null): Fragment[] {
  const under = columns.filter((c) => c.left < f.right && c.right > f.x);
  const words = f.text.split(' ');
  if (!widths || under.length < 2 || under.some((c) => c.centre === null) || words.length < under.length || words.length > MAX_WORDS) return [f];
  const space = widths.get(' ');
  const ems = words.map((w) => textWidth(w, widths));
  if (space === undefined || ems.some((w) => w === null)) return [f];
  const widthOf = (from: number, to: number) => ems.slice(from, to).reduce((sum: number, w) => sum + w! * f.size, 0) + (to - from - 1) * space * f.size;
  if (f.right - f.x - widthOf(0, words.length) < MIN_EXCESS) return [f];
  const centres = under.map((c) => c.centre!);
  const found: { from: number; to: number; x: number; width: number }[][] = [];
  const extend = (parts: { from: number; to: number; x: number; width: number }[]) => {
    if (found.length > 1) return;
    const from = parts.at(-1)?.to ?? 0;
    const k = parts.length;
    const last = k === centres.length - 1;
    for (let to = from + 1; to <= (last ? words.length : words.length - (centres.length - k - 1)); to++) {
      if (last && to < words.length) continue;
      const width = widthOf(from, to);
      const x = centres[k]! - width / 2;
      if (to - from > MAX_CELL_WORDS) return;
      if (k === 0 && Math.abs(x - f.x) > TOLERANCE) continue;
      if (last && Math.abs(x + width - f.right) > TOLERANCE) continue;
      const before = parts.at(-1);
      if (before && x - (before.x + before.width) < (space + MIN_GAP) * f.size) continue;
      const next = [...parts, { from, to, x, width }];
      if (last) found.push(next);
      else extend(next);
    }
  };
  extend([]);
  if (found.length !== 1) return [f];
  return found[0]!.map((part, k) => {
    const x = k === 0 ? f.x : part.x;
    return { ...f, text: words.slice(part.from, part.to).join(' '), x, right: x + part.width, ...(k > 0 ? { cellStart: true, cutFromItem: true } : {}) };
  });
}

/**
 * The column starts of the table around line `i`: starts of pieces shared by two or more of
 * the lines of its type size set close above and below it, where those lines are a table's
 * (rows of three pieces or more, on both sides of the line or at least two of them beside it).
 */
function columnStartsAround(lines: readonly TextLine[], i: number): number[] {
  const rows = tableRowsAround(lines, i);
  if (rows.length === 0) return [];
  // The rows of the most pieces: a row whose cells pdfjs joined has fewer, and its joined cell
  // would line up with the others by chance.
  const most = Math.max(...rows.map(pieceCount));
  const line = lines[i]!;
  const starts = sharedStarts(rows.filter((l) => pieceCount(l) === most), line);
  if (starts === null) return [];
  // Where too few rows have every cell filled (a code split over columns "Crit | Sub | Elem",
  // each filled only where it changes), the starts all the rows share.
  return starts.length >= MIN_COLUMNS ? starts : (sharedStarts(rows, line) ?? []);
}

/**
 * The y beyond which line `i`'s table has ended, going one way (-1 up, 1 down): at a line of prose,
 * one run reaching well past the line's right end ("At this review the Council gained …" between a
 * table of results and a table by criterion). Rows of another table there would add their columns.
 */
function fence(lines: readonly TextLine[], i: number, step: -1 | 1): number {
  const line = lines[i]!;
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const other = lines[j]!;
    if (pieceCount(other) === 1 && other.right > line.right + line.size * PROSE_REACH) return other.y;
  }
  return step < 0 ? Infinity : -Infinity;
}
/** A line of prose reaches this many type sizes past a table row's right end, at least. */
const PROSE_REACH = 4;

/**
 * Starts of cells two or more of the rows share, where the rows set their cells left (or `line`
 * shows they do); none where they do not show how they set them, null where they set them otherwise.
 */
function sharedStarts(rows: readonly TextLine[], line?: TextLine): number[] | null {
  const cells = rows.flatMap((l) => pieces(l).map((p) => ({ x: p[0]!.x, right: p.at(-1)!.right })));
  const alignment = alignmentOf(cells);
  if (alignment !== 'left' && alignment !== 'unknown') return null;
  const xs = cells.map((c) => c.x).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of xs) {
    const last = clusters.at(-1);
    if (last && x - last.at(-1)! <= SAME_START) last.push(x);
    else clusters.push([x]);
  }
  const starts = clusters.filter((c) => c.length >= 2).map((c) => Math.min(...c));
  if (alignment === 'left') return starts;
  // Rows whose cells of a column are all as wide as each other (counts of one digit, labels alike)
  // do not show how they are set; a line over them of one item that starts where one of their
  // columns after the first starts does: it is set left in that column, as they are.
  const only = line?.fragments.length === 1 ? line.fragments[0]! : undefined;
  return only && starts.slice(1).some((x) => Math.abs(only.x - x) <= TOLERANCE) ? starts : [];
}

/**
 * How a table sets text in its cells, as far as its cells show: two cells of different widths
 * that start together are set left, that end together set right, centred on one point set in
 * the middle. Only a table set left says where a header cell over a column starts.
 */
function alignmentOf(cells: readonly { x: number; right: number }[]): 'left' | 'right' | 'centre' | 'mixed' | 'unknown' {
  const seen = new Set<'left' | 'right' | 'centre'>();
  for (let a = 0; a < cells.length; a++) {
    for (let b = a + 1; b < cells.length; b++) {
      const p = cells[a]!;
      const q = cells[b]!;
      // Cells of one column only (they overlap), of different widths (else any alignment fits).
      if (p.right < q.x || q.right < p.x || Math.abs(p.right - p.x - (q.right - q.x)) <= 1) continue;
      if (Math.abs(p.x - q.x) <= SAME_EDGE) seen.add('left');
      else if (Math.abs(p.right - q.right) <= SAME_EDGE) seen.add('right');
      else if (Math.abs(p.x + p.right - q.x - q.right) / 2 <= SAME_EDGE) seen.add('centre');
    }
  }
  return seen.size === 0 ? 'unknown' : seen.size > 1 ? 'mixed' : [...seen][0]!;
}

/** The fragment as the cells it holds, or as itself where there is not exactly one way to split it. */
function splitFragment(f: Fragment, starts: readonly number[], widths: GlyphWidths | null): Fragment[] {
  const inside = starts.filter((s) => s > f.x + TOLERANCE && s < f.right - TOLERANCE);
  const words = f.text.split(' ');
  if (!widths || inside.length === 0 || words.length < 2 || words.length > MAX_WORDS) return [f];
  const space = widths.get(' ');
  const ems = words.map((w) => textWidth(w, widths));
  if (space === undefined || ems.some((w) => w === null)) return [f];
  const em = f.size;
  /** The width of words `from` to `to` (exclusive), set with spaces between them. */
  const widthOf = (from: number, to: number) => {
    let w = 0;
    for (let k = from; k < to; k++) w += ems[k]! * em + (k > from ? space * em : 0);
    return w;
  };
  const columns = [f.x, ...inside];
  const excess = f.right - f.x - widthOf(0, words.length);
  const parts = excess >= MIN_EXCESS ? splitWhereGapsShow(f, words, columns, widthOf) : splitAsSet(f, words, columns, widthOf);
  if (!parts) return [f];
  return parts.map((part, k) => {
    const text = words.slice(part.from, part.to).join(' ');
    const width = widthOf(part.from, part.to);
    // Where exactly a middle part starts is not always known, only that it lies in its column.
    const x = k === 0 ? f.x : k === parts.length - 1 ? f.right - width : columns[part.column]!;
    return { ...f, text, x, right: x + width, cellStart: k > 0 ? true : f.cellStart, ...(k > 0 ? { cutFromItem: true } : {}) };
  });
}

type WidthOf = (from: number, to: number) => number;

/**
 * The one split of an item wider than its words set with spaces (see MIN_EXCESS): depth first over where
 * each part ends and which column the next starts in, keeping the interval where the part may
 * start, narrowed by its column and by the gaps pdfjs allows. Null where there is none, or more.
 *
 * Runs drawn by one text operator, moved apart inside it, pdfjs joins whatever the gap ("2021 AR2
 * C+", a header's label and the first rating abbreviation centred a column away): where no split
 * keeps to MAX_GAP, the one split into two cells at any gap, the second in the last column ending
 * where the item ends. Two cells only: the one gap is then the item's whole excess; where the
 * words allow it to lie after more than one of them, the second cell starts where its column does.
 */
function splitWhereGapsShow(f: Fragment, words: readonly string[], columns: readonly number[], widthOf: WidthOf): Part[] | null {
  const close = gapSplits(f, words, columns, widthOf, MAX_GAP, Infinity, 2);
  if (close.length > 0) return close.length === 1 ? close[0]! : null;
  const wide = gapSplits(f, words, columns, widthOf, Infinity, 2, Infinity).filter((parts) => parts[1]!.to - parts[1]!.from <= MAX_CELL_WORDS);
  if (wide.length === 1) return wide[0]!;
  // Where the words allow more than one, the second cell starts where its column does (set left, as the rows around set it).
  const atStart = wide.filter(([, second]) => Math.abs(f.right - widthOf(second!.from, second!.to) - columns[second!.column]!) <= TOLERANCE);
  return atStart.length === 1 ? atStart[0]! : null;
}

/** Splits of the item with gaps of at most `maxGap` ems and at most `maxParts` parts; up to `limit` of them are looked for. */
function gapSplits(f: Fragment, words: readonly string[], columns: readonly number[], widthOf: WidthOf, maxGap: number, maxParts: number, limit: number): Part[][] {
  const em = f.size;
  const boundary = (c: number) => (c + 1 < columns.length ? columns[c + 1]! + TOLERANCE : Infinity);
  const solutions: Part[][] = [];
  const extend = (parts: Part[], lo: number, up: number) => {
    if (solutions.length >= limit) return;
    const { from, column } = parts.at(-1)!;
    for (let to = from + 1; to <= words.length; to++) {
      const width = widthOf(from, to);
      if (lo + width > boundary(column)) return;
      const partUp = Math.min(up, boundary(column) - width);
      if (to === words.length) {
        const x = f.right - width;
        if (parts.length > 1 && column === columns.length - 1 && x >= lo - TOLERANCE && x <= partUp + TOLERANCE) {
          solutions.push(parts.map((p, k) => ({ ...p, to: parts[k + 1]?.from ?? words.length })));
        }
        return;
      }
      if (parts.length >= maxParts) continue;
      for (let next = column + 1; next < columns.length; next++) {
        const nextLo = Math.max(columns[next]! - TOLERANCE, lo + width + MIN_GAP * em);
        const nextUp = partUp + width + maxGap * em;
        if (nextLo <= nextUp) extend([...parts, { from: to, to: words.length, column: next }], nextLo, nextUp);
      }
    }
  };
  extend([{ from: 0, to: words.length, column: 0 }], f.x, f.x);
  return solutions;
}

/**
 * The split of an item as wide as its words set with spaces (cells a space apart, "Partial
 * Compliance 0"), where each word is where it would be in a line of prose: a word must start
 * exactly at each column start inside the item, and each cell after the first be a few words
 * (a line of prose has long runs, and a word starts at a column start only by chance). Null
 * where a column start has no word starting at it.
 */
function splitAsSet(f: Fragment, words: readonly string[], columns: readonly number[], widthOf: WidthOf): Part[] | null {
  // Word k starts after the words before it and a space: words 0 to k, less word k itself.
  const starts = words.map((_, k) => f.x + widthOf(0, k + 1) - widthOf(k, k + 1));
  const parts: Part[] = [{ from: 0, to: words.length, column: 0 }];
  for (let c = 1; c < columns.length; c++) {
    const k = starts.findIndex((x, i) => i > parts.at(-1)!.from && Math.abs(x - columns[c]!) <= EXACT);
    if (k < 0) return null;
    parts.at(-1)!.to = k;
    parts.push({ from: k, to: words.length, column: c });
  }
  return parts.slice(1).some((p) => p.to - p.from > MAX_CELL_WORDS) ? null : parts;
}

interface Part {
  from: number;
  to: number;
  column: number;
}
