/**
 * Pages set in two columns of text (a newsletter-style report; HTML printed with `column-count`).
 * Lines are found by baseline across the whole page, so without this each line of the left
 * column is read with the line of the right column beside it, as if the two were the cells of a
 * two-column table. Here a page is cut into bands, top to bottom: a band set in two columns is
 * read as its left column and then its right; the rest is read as it stands.
 *
 * A band is in two columns where the text right of some x (the right column's left edge, near
 * the middle of the text) starts at that x on many lines, nothing on its lines crosses it, and
 * both sides read as prose: as wide as each other within reason, and lines on both sides that
 * run on to their column's right edge (lines a paragraph wrapped). A table whose second column
 * starts near the middle has a narrow first column of labels, codes or numbers, whose lines do not
 * fill it, so it is not taken for columns.
 *
 * A box floating beside prose (a Word frame, a floated table of ratings) is a column too, though
 * neither prose nor as wide: its lines, set on a leading of their own, drift past the prose's
 * baselines, as the cells of a table's rows, starting together on each row, never do.
 */
import { type Fragment, isListStart, joinFragments, lineOf, pieces, SAME_START, type TextLine } from './fragments.js';
import { headerOf } from './headed-tables.js';

/** Lines of the page read one after another: the whole width, or one column of a band. */
export interface Stream {
  lines: TextLine[];
  /** x range the stream takes on the page; a table drawn with borders goes to the stream that holds it. */
  left: number;
  right: number;
  /** y range the stream takes (y growing upwards): its first line's top, its last line's baseline. */
  top: number;
  bottom: number;
}

/** The right column's left edge lies within this share of the text's width either side of its middle. */
const MIDDLE_SHARE = 0.22;
/** Lines in a band with text on each side, at least. */
const MIN_SIDE_LINES = 5;
/** Lines on each side that a paragraph wrapped, at least. */
const MIN_WRAPPED = 3;
/** A wrapped line holds this many words at least, */
const WRAPPED_WORDS = 6;
/** and ends within this share of its column's width of the column's right edge. */
const WRAPPED_REACH = 0.15;
/** The wider column is at most this many times as wide as the other. */
const MAX_WIDTH_RATIO = 1.7;
/** A cell that starts in the left column may run into the right one by this share of its width (a table's last header cell printed too wide), on this many lines of a band at most. */
const OVERFLOW_SHARE = 0.25;
const MAX_OVERFLOWS = 2;

interface Split {
  line: TextLine;
  left: Fragment[][];
  right: Fragment[][];
  /** A piece of the left side runs past the right column's edge. */
  overflow: number;
}

function splitAt(line: TextLine, edge: number): Split {
  const split: Split = { line, left: [], right: [], overflow: 0 };
  for (const piece of pieces(line)) {
    if (piece[0]!.x >= edge - SAME_START) split.right.push(piece);
    else {
      split.left.push(piece);
      split.overflow = Math.max(split.overflow, piece.at(-1)!.right - (edge - SAME_START));
    }
  }
  return split;
}

const words = (piece: readonly Fragment[]) => joinFragments(piece).split(' ').length;
const rightOf = (side: readonly Fragment[][]) => Math.max(...side.map((p) => p.at(-1)!.right));

/** How many of the lines' sides hold a wrapped line of prose: several words ending near the side's right edge. */
function wrappedLines(sides: readonly Fragment[][][], from: number): number {
  const edge = Math.max(...sides.map(rightOf));
  const reach = (edge - from) * WRAPPED_REACH;
  return sides.filter((side) => {
    const last = side.at(-1)!;
    return words(last) >= WRAPPED_WORDS && last.at(-1)!.right >= edge - reach;
  }).length;
}

/** A run of lines that reads as two columns of prose at `edge`, split there. */
interface Band {
  from: number;
  to: number;
  edge: number;
  left: TextLine[];
  right: TextLine[];
  /** Each side starts a block beside the other's text carrying on: the sides run on their own, as columns of a page do and cells of a table's rows do not. */
  independent: boolean;
}

/** The band a run of split lines makes, or null where the run does not read as two columns of prose. */
function bandOf(splits: readonly Split[], edge: number, from: number): Band | null {
  const withLeft = splits.filter((s) => s.left.length > 0);
  const withRight = splits.filter((s) => s.right.length > 0);
  const [lefts, rights] = [withLeft.map((s) => s.left), withRight.map((s) => s.right)];
  if (lefts.length < MIN_SIDE_LINES || rights.length < MIN_SIDE_LINES) return null;
  if (splits.filter((s) => s.overflow > SAME_START).length > MAX_OVERFLOWS) return null;
  const start = Math.min(...lefts.map((side) => side[0]![0]!.x));
  const leftEdge = Math.max(...withLeft.filter((s) => s.overflow <= SAME_START).map((s) => rightOf(s.left)));
  const end = Math.max(...rights.map(rightOf));
  const [leftWidth, rightWidth] = [leftEdge - start, end - edge];
  if (!(leftWidth > 0 && rightWidth > 0)) return null;
  if (splits.some((s) => s.overflow > rightWidth * OVERFLOW_SHARE)) return null;
  const left = withLeft.map((s) => lineOf(s.left.flat(), s.line.y));
  const right = withRight.map((s) => lineOf(s.right.flat(), s.line.y));
  const [leftWraps, rightWraps] = [wrappedLines(lefts, start) >= MIN_WRAPPED, wrappedLines(rights, edge) >= MIN_WRAPPED];
  const prose = leftWraps && rightWraps && Math.max(leftWidth, rightWidth) <= MAX_WIDTH_RATIO * Math.min(leftWidth, rightWidth);
  if (prose) {
    const independent = independentStarts(left, right) > 0 && independentStarts(right, left) > 0 && rowsAcross(splits, start, edge, end) < MIN_ROWS_ACROSS;
    return { from, to: from + splits.length, edge, left, right, independent };
  }
  // A box beside prose: each side on its own baselines, not the one a line shared with the other side took.
  const [leftOwn, rightOwn] = [withLeft.map((s) => ownLine(s.left)), withRight.map((s) => ownLine(s.right))];
  if ((leftWraps || rightWraps) && drift(leftOwn, rightOwn)) return { from, to: from + splits.length, edge, left: leftOwn, right: rightOwn, independent: true };
  return null;
}

/** A side's pieces as a line on their own baseline (their first fragment's). */
const ownLine = (side: readonly Fragment[][]): TextLine => lineOf(side.flat(), side[0]![0]!.y);

/** Two sides whose line pitches differ by this many points at least drift past each other's baselines, */
const MIN_DRIFT = 0.5;
/** where neither pitch is more than this many times the other (rows of several lines beside single lines are a table's). */
const MAX_PITCH_RATIO = 1.4;
/** A side keeps its pitch on this share of its line gaps at least. */
const STEADY_SHARE = 0.75;

/** The gap a side's lines keep within its blocks, where most of its gaps are that one; null where the side keeps none. */
function steadyPitch(lines: readonly TextLine[]): number | null {
  const gaps = lines.slice(1).map((line, k) => lines[k]!.y - line.y).filter((gap, k) => gap > 0 && gap < lines[k + 1]!.size * 1.8);
  if (gaps.length < MIN_SIDE_LINES - 1) return null;
  const median = [...gaps].sort((a, b) => a - b)[gaps.length >> 1]!;
  return gaps.filter((gap) => Math.abs(gap - median) <= 0.3).length >= gaps.length * STEADY_SHARE ? median : null;
}

/**
 * Whether the two sides are set on steady line pitches of their own, near each other but not the
 * same, so that their baselines drift past each other: two flows of text side by side (a box
 * floating beside prose). The cells of a table's rows start together on each row, whatever their
 * pitch; one-line rows beside one-line rows share a pitch.
 */
function drift(left: readonly TextLine[], right: readonly TextLine[]): boolean {
  const [a, b] = [steadyPitch(left), steadyPitch(right)];
  if (a === null || b === null) return false;
  return Math.abs(a - b) >= MIN_DRIFT && Math.max(a, b) <= MAX_PITCH_RATIO * Math.min(a, b);
}

/** A cell of a few words: a rating, a code, a label. */
const SHORT_CELL_WORDS = 3;
/** Lines that show a table's row across the edge, at least, for a band to be rows rather than columns. */
const MIN_ROWS_ACROSS = 3;

/**
 * How many lines hold a short cell where the left side starts and a short cell set apart on the
 * right side: a few words in the far half of the right side, clear of where its text starts
 * ("Compliance" … "1.1.1": a rating and a code centred on their row's middle, either side of two
 * wrapped columns of text), a few words where the right side starts with more text set apart
 * after them on the line ("2" … "Compliance   Interviews with staff": a number, then a rating
 * before a column of comments), or a few words after another piece of the right side (a code,
 * then ratings in their columns before a comment). Two columns of a page hold prose from their
 * left edges, and their lines end where they wrap, not with a short piece set apart at the right,
 * nor start with one set apart from the words after it (bar a list's bullet or number); a table's
 * rows across the edge do.
 */
function rowsAcross(splits: readonly Split[], start: number, edge: number, end: number): number {
  const farHalf = edge + (end - edge) / 2;
  const short = (piece: readonly Fragment[]) => words(piece) <= SHORT_CELL_WORDS;
  return splits.filter((s) => {
    const [first, last] = [s.left[0], s.right.at(-1)];
    if (!first || !last || !short(first) || first[0]!.x > start + SAME_START) return false;
    if (short(last) && last[0]!.x >= farHalf) return true;
    // A short cell set after another of the right side's ("Compliance | Compliance | Standards
    // reviewed …", a rating in its column beside the code's row): a column of a page starts its
    // lines with its text, or with a number or bullet hung before it, never a short piece after.
    return s.right.slice(1).some(short) || (s.right.length > 1 && narrowCellFirst(s.right) && !isListStart(lineOf(s.left.flat(), s.line.y)));
  }).length;
}

/** Whether a side's first piece is a short cell where the side starts, set apart from the text after it as a cell is and a list's bullet or number is not. */
function narrowCellFirst(side: readonly Fragment[][]): boolean {
  return words(side[0]!) <= SHORT_CELL_WORDS && !isListStart(lineOf(side.flat(), side[0]![0]!.y));
}

/** Where each of a side's lines starts a block of its own: a gap above it, a change of size or weight, a list item. */
function blockStarts(lines: readonly TextLine[]): boolean[] {
  return lines.map((line, k) => {
    const above = lines[k - 1];
    return !above || above.y - line.y > line.size * START_GAP || Math.abs(above.size - line.size) > 0.5 || above.bold !== line.bold || isListStart(line);
  });
}
/** A line this many type sizes or more below the one before starts a block. */
const START_GAP = 1.3;

/** How many of one side's blocks start on a line beside which the other side's text carries on within a block. */
function independentStarts(side: readonly TextLine[], other: readonly TextLine[]): number {
  const [own, others] = [blockStarts(side), blockStarts(other)];
  return side.filter((line, k) => own[k] && other.some((o, j) => !others[j] && Math.abs(o.y - line.y) < line.size * 0.5)).length;
}

/** Where a right column might start: x where text starts after a gap on several lines, near the middle of the text. */
function candidateEdges(lines: readonly TextLine[]): number[] {
  const start = Math.min(...lines.map((l) => l.x));
  const end = Math.max(...lines.map((l) => l.right));
  const middle = (start + end) / 2;
  const reach = (end - start) * MIDDLE_SHARE;
  const counts = new Map<number, number>();
  for (const line of lines) {
    for (const piece of pieces(line)) {
      const x = piece[0]!.x;
      if (Math.abs(x - middle) > reach) continue;
      const key = [...counts.keys()].find((k) => Math.abs(k - x) <= SAME_START) ?? x;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= MIN_SIDE_LINES).sort((p, q) => q[1] - p[1]).map(([x]) => x);
}

/**
 * The bands of lines that hold together as two columns at `edge`: runs of lines with nothing
 * crossing the edge (bar a little overflow).
 */
function bandsAt(lines: readonly TextLine[], edge: number): Band[] {
  const bands: Band[] = [];
  const textRight = Math.max(...lines.map((l) => l.right));
  let run: Split[] = [];
  let from = 0;
  const close = () => {
    // Lines of the left side only at the ends of a run belong to the band only where they carry on its left column.
    let [a, b] = [0, run.length];
    while (a < b && run[a]!.right.length === 0) a++;
    while (b > a && run[b - 1]!.right.length === 0 && !continuesLeft(run, b - 1)) b--;
    const band = a < b && !headsTableAcross(lines, from + a, edge) ? bandOf(run.slice(a, b), edge, from + a) : null;
    if (band) bands.push(band);
    run = [];
  };
  lines.forEach((line, i) => {
    const split = splitAt(line, edge);
    if (split.overflow > SAME_START && split.overflow > (textRight - edge) * OVERFLOW_SHARE) {
      close();
      from = i + 1;
    } else run.push(split);
  });
  close();
  return bands;
}

/**
 * Whether line `i` is a table's header across `edge`: a row of short labels (headed-tables.ts),
 * two or more each side of the edge ("Ref | Element" beside "Score | Assessor commentary"). Two
 * columns of a page start with text of their own, never under one row of columns' labels that
 * spans both: the lines under it are that table's rows, though its cells wrap on both sides and
 * are centred top to bottom so that each side seems to start its blocks on its own. One label on
 * a side is that column's own heading ("Assessor's comments" beside a table's header, a
 * criterion's title beside a table's), set on the same line by chance; the same labels on both
 * sides head one table running on from the left column into the right.
 */
function headsTableAcross(lines: readonly TextLine[], i: number, edge: number): boolean {
  const header = headerOf(lines, i);
  if (!header) return false;
  const left = header.cells.filter((c) => c.right < edge - SAME_START).length;
  const right = header.cells.filter((c) => c.left >= edge - SAME_START).length;
  if (left < MIN_LABELS_A_SIDE || right < MIN_LABELS_A_SIDE) return false;
  // The same labels on both sides head a table that runs on from one column of the page into the next.
  const { left: leftLabels, right: rightLabels } = splitAt(lines[i]!, edge);
  return leftLabels.map(joinFragments).join('\t') !== rightLabels.map(joinFragments).join('\t');
}
const MIN_LABELS_A_SIDE = 2;

/** Whether the run's line `k`, of the left side only, carries on that side's text from the line above it on that side. */
function continuesLeft(run: readonly Split[], k: number): boolean {
  const above = run.slice(0, k).reverse().find((s) => s.left.length > 0);
  const line = run[k]!.line;
  return !!above && above.line.y - line.y <= line.size * 1.6;
}

const whole = (part: readonly TextLine[]): Stream => ({
  lines: [...part],
  left: -Infinity,
  right: Infinity,
  top: part[0] ? part[0].y + part[0].size : Infinity,
  bottom: part.at(-1)?.y ?? -Infinity,
});

/** A page's lines as streams, its bands each read as its left column and then its right. */
function streamsOf(lines: readonly TextLine[], bands: readonly Band[]): Stream[] {
  const streams: Stream[] = [];
  let at = 0;
  for (const band of bands) {
    if (band.from > at) streams.push(whole(lines.slice(at, band.from)));
    const [top, bottom] = [lines[band.from]!.y + lines[band.from]!.size, lines[band.to - 1]!.y];
    streams.push({ lines: band.left, left: -Infinity, right: band.edge - SAME_START, top, bottom });
    streams.push({ lines: band.right, left: band.edge - SAME_START, right: Infinity, top, bottom });
    at = band.to;
  }
  if (at < lines.length) streams.push(whole(lines.slice(at)));
  return streams;
}

/**
 * Each page's lines as streams in reading order: where a band of a page is set in two columns,
 * its left column and then its right; elsewhere the lines as they stand (one stream, the page,
 * where no band is). A band must show that its sides run on their own (`independent`), unless
 * another page of the document showed it of a band at the same edge: a page whose columns hold a
 * table each, or end together, may show nothing of it, and a document keeps its layout.
 */
export function readingStreams(pages: readonly (readonly TextLine[])[]): Stream[][] {
  const found = pages.map((lines) => (lines.length < MIN_SIDE_LINES * 2 ? [] : candidateEdges(lines).map((edge) => bandsAt(lines, edge)).filter((bands) => bands.length > 0)));
  const shown = found.flat(2).filter((band) => band.independent).map((band) => band.edge);
  const holds = (band: Band) => band.independent || shown.some((edge) => Math.abs(edge - band.edge) <= SAME_START);
  return pages.map((lines, i) => {
    const bands = found[i]!.find((at) => at.some(holds))?.filter(holds) ?? [];
    return streamsOf(lines, bands);
  });
}
