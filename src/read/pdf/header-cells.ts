/**
 * Header cells set closer together than a column gap. A header centred over narrow columns of
 * numbers ("Compliant Plus", "Compliant", "Partial", "Non" over 1, 10, 0, 0) can sit so close
 * that the line reads as one piece across every column, and the table as two columns. Where
 * the rows below keep to columns, and the gaps between the line's fragments fall in the gutters
 * between those columns, each fragment starts a cell: the line is split there, and only where
 * no part of it then crosses a gutter (a line of prose would). Rows of two pieces are left
 * alone: a number hung before its paragraph ("3.1  The Council…") lines up the same way.
 */
import { closeLines, COLUMN_GAP, type Fragment, joinFragments, lineOf, pieceCount, pieces, type TextLine } from './fragments.js';
import { columnSpans } from './stream-tables.js';

/** Rows below a line that are looked at for its columns. */
const WINDOW = 12;
/** A gap narrower than this many type sizes is a space inside a cell, never a cell's edge. */
const MIN_CELL_GAP = 0.4;
/** Columns the rows below need: a table of numbers, not paragraphs hung from their numbers. */
const MIN_COLUMNS = 3;

/**
 * `next`: the lines of the next page, whose first rows are the ones a header left alone at the
 * foot of this page heads (a page break between a table's header and its rows).
 */
export function splitHeaderCells(lines: readonly TextLine[], cuts: HeaderCuts = new Map(), next: readonly TextLine[] = []): TextLine[] {
  return lines.map((line, i) => {
    const rowsBelow = (limit = Infinity) => {
      const own = closeLines(lines, line, i + 1, 1, limit);
      return own.length > 0 ? own : openingLines(next, line, limit);
    };
    // Marks stand in a column only here and there: every row of the table below is looked at.
    const byMarks = pieces(line).some(shortWords) ? splitOverMarks(line, rowsBelow()) : line;
    const byCells = pieces(byMarks).length > 1 ? splitOverRowCells(byMarks, rowsBelow(), cuts) : byMarks;
    if (!pieces(byCells).some((p) => p.length > 1)) return byCells;
    const below = rowsBelow(WINDOW);
    return splitAtColumnStarts(split(byCells, below), below, cuts);
  });
}

/**
 * The lines a page opens with, set close in `line`'s type size: the rows under a line the page
 * before ended with, nothing of its own set under it. Only for a line of several pieces (a
 * header's); none where the page opens in another size.
 */
function openingLines(next: readonly TextLine[], line: TextLine, limit: number): TextLine[] {
  const first = next[0];
  if (!first || pieceCount(line) < 2 || Math.abs(first.size - line.size) > 0.5) return [];
  return closeLines(next, first, 0, 1, limit);
}

/** Starts this close (points) are one column's. */
const SAME_START = 4;
/** A column's start is shared by this many pieces of the rows below at least. */
const SHARED_STARTS = 2;

/**
 * Header labels set at the left of their columns, as the columns' text is, closer together than
 * a column gap ("Rating Evidence" over "C+ D-021, D-" and "C D-012"): where a line of several
 * pieces, each a few words, has a fragment of words set apart from the one before by more than a
 * space, and both start where pieces of the rows below start (each start shared by two pieces or
 * more), with no text below crossing the gap between them, the fragment starts a cell. Each side
 * lines up with a column of its own: a space inside one label does not.
 */
function splitAtColumnStarts(line: TextLine, below: readonly TextLine[], recorded: HeaderCuts): TextLine {
  if (pieceCount(line) < 2 || pieces(line).some((p) => words(joinFragments(p)) > HEADER_LABEL_WORDS)) return line;
  const own = pieces(line);
  // A title across the table ("Criterion 3 – Information and Access – not assessed") crosses the
  // gaps the header's own cells show too: it says nothing of where a label inside one of them ends.
  const acrossCells = (p: readonly Fragment[]) => own.some((q, k) => k > 0 && p[0]!.x < own[k - 1]!.at(-1)!.right && p.at(-1)!.right > q[0]!.x);
  const rows = below.flatMap(pieces).filter((p) => !acrossCells(p));
  const startsHere = (x: number) => rows.filter((p) => Math.abs(p[0]!.x - x) <= SAME_START).length >= SHARED_STARTS;
  const starts = new Set<Fragment>();
  for (const piece of pieces(line)) {
    piece.slice(1).forEach((f, k) => {
      const before = piece[k]!;
      const [from, to] = [before.right, f.x];
      if (to - from < f.size * MIN_CELL_GAP || !LABEL_WORDS.test(f.text) || !LABEL_WORDS.test(before.text)) return;
      const crossed = rows.some((p) => p[0]!.x < from && p.at(-1)!.right > to);
      if (!crossed && startsHere(before.x) && startsHere(f.x)) starts.add(f);
    });
  }
  if (starts.size === 0) return line;
  // The header repeated over a page whose rows are too few to show the columns is cut the same.
  for (const f of starts) recorded.set(f.text, [...(recorded.get(f.text) ?? []), { x: f.x, right: f.right, indexes: [], startsCell: true }]);
  return { ...line, fragments: line.fragments.map((f) => (starts.has(f) ? { ...f, cellStart: true } : f)) };
}

/**
 * A header label's fragment: words of letters, or a year a column compares from or to ("2018 →"
 * over "2019", the first year of a rating's change set over the second), or a year and the words
 * that name its visit ("2021 review", "Visit 2019"). A count or a date is no label.
 */
const LABEL_WORDS = /^(?:[^\d]*\p{L}[^\d]*|\s*(?:19|20)\d\d\s*[→–-]?\s*|\s*(?:19|20)\d\d\s+[^\d]*\p{L}[^\d]*|[^\d]*\p{L}[^\d]*\s(?:19|20)\d\d\s*)$/u;

/**
 * The header cells of every page. A table's header repeated over each page break is cut on every
 * page as it is where its rows show the cut (splitOverRowCells): a page whose rows have no mark in
 * one column still has the header's two labels.
 */
export function splitHeaderCellsOfPages(pages: readonly (readonly TextLine[])[]): TextLine[][] {
  const cuts: HeaderCuts = new Map();
  const split = pages.map((lines, k) => splitHeaderCells(lines, cuts, pages[k + 1]));
  if (cuts.size === 0) return split;
  return split.map((lines) => lines.map((line) => (pieces(line).length > 1 ? repeatCuts(line, cuts) : line)));
}

/** Where header items were cut (splitOverRowCells), by the item's text: the items, each with its cut indexes, or starting a cell (splitAtColumnStarts). */
type HeaderCuts = Map<string, { x: number; right: number; indexes: number[]; startsCell?: boolean }[]>;

function repeatCuts(line: TextLine, cuts: HeaderCuts): TextLine {
  if (pieces(line).some((p) => words(joinFragments(p)) > HEADER_LABEL_WORDS)) return line;
  let changed = false;
  const fragments = line.fragments.flatMap((f) => {
    // The same header over another table of the document may stand elsewhere on its page (its first column wider or narrower): as wide, it is set alike.
    const cut = cuts.get(f.text)?.find((c) => Math.abs(c.right - c.x - (f.right - f.x)) <= SAME_EDGE);
    if (!cut) return [f];
    changed = true;
    return cut.startsCell ? [{ ...f, cellStart: true }] : cutAt(f, cut.indexes);
  });
  return changed ? lineOf(fragments, line.y) : line;
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

/** A header label is a few words; a longer item is prose or a cell of data, never cut. */
const HEADER_LABEL_WORDS = 5;
/** A cell under a header label that is cut is as short as a rating or a mark ("Yes", "Partly", "✓", "10"). */
const SHORT_CELL_WORDS = 2;

/**
 * Two header labels pdfjs joined into one item with a space between ("Meets? Exceeds?", each
 * centred in its narrow column, the two a space apart), which no gap in the item shows. Where a
 * row of the table below has two short cells side by side that both lie wholly under the item
 * ("Yes" and a tick), the item spans two columns, and exactly one space of it falling in the
 * gap between those cells is where the second label starts: the item is cut there, each part
 * starting a cell. Where the words lie inside the item is taken in proportion to its
 * characters; where two spaces fall in the gap, or none, the item is left whole. Only a line
 * of several pieces, each a few words, is taken for a header.
 */
function splitOverRowCells(line: TextLine, below: readonly TextLine[], recorded: HeaderCuts): TextLine {
  if (pieces(line).some((p) => words(joinFragments(p)) > HEADER_LABEL_WORDS)) return line;
  const rows = below.filter((l) => pieceCount(l) >= MIN_COLUMNS).map(pieces);
  let changed = false;
  const fragments = line.fragments.flatMap((f) => {
    if (words(f.text) < 2) return [f];
    const spaces = spacesOf(f);
    const cuts = new Set<number>();
    for (const row of rows) {
      // A cell lies under the item where its middle does: labels centred over left-set cells reach
      // past them on one side or the other ("◑ ○" over "0" and "0", the first a little left).
      const under = row.filter((p) => middleOf(p) >= f.x - SAME_EDGE && middleOf(p) <= f.right + SAME_EDGE);
      if (under.length < 2 || under.some((p) => words(joinFragments(p)) > SHORT_CELL_WORDS)) {
        const cut = cutBeforeText(f, row, spaces);
        if (cut !== null) cuts.add(cut);
        continue;
      }
      for (let k = 1; k < under.length; k++) {
        const [from, to] = [under[k - 1]!.at(-1)!.right, under[k]![0]!.x];
        const inGap = spaces.filter((s) => s.middle > from && s.middle < to);
        if (inGap.length !== 1) return [f];
        cuts.add(inGap[0]!.index);
      }
    }
    if (cuts.size === 0) return [f];
    changed = true;
    const indexes = [...cuts].sort((a, b) => a - b);
    recorded.set(f.text, [...(recorded.get(f.text) ?? []), { x: f.x, right: f.right, indexes }]);
    return cutAt(f, indexes);
  });
  return changed ? lineOf(fragments, line.y) : line;
}

/**
 * The one space of a header item over a short cell and the text of the next column
 * ("Score Assessor commentary" over "4" and "Exemplary work with …", pdfjs joining the two labels
 * of a narrow column of values and of the comments beside it): a row's cells starting under the
 * item are a short cell and then one of any length, which may run on past the item (the table's
 * last column), set a column gap apart. The space falling in that gap, where exactly one does, is
 * where the second label starts; null where none or more than one does, or the row is not so.
 */
function cutBeforeText(f: Fragment, row: readonly Fragment[][], spaces: readonly { index: number; middle: number }[]): number | null {
  const cells = row.filter((p) => p[0]!.x >= f.x - SAME_EDGE && p[0]!.x < f.right);
  if (cells.length !== 2 || words(joinFragments(cells[0]!)) > SHORT_CELL_WORDS || cells[0]!.at(-1)!.right > f.right) return null;
  const [from, to] = [cells[0]!.at(-1)!.right, cells[1]![0]!.x];
  if (to - from < f.size * COLUMN_GAP) return null;
  const inGap = spaces.filter((s) => s.middle > from && s.middle < to);
  return inGap.length === 1 ? inGap[0]!.index : null;
}

/** Edges this close (points) are taken as one. */
const SAME_EDGE = 1;

const middleOf = (p: readonly Fragment[]) => (p[0]!.x + p.at(-1)!.right) / 2;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Each space between two words of a fragment: its index in the text and where its middle lies, in proportion to the characters. */
function spacesOf(f: Fragment): { index: number; middle: number }[] {
  const perChar = (f.right - f.x) / Math.max(1, f.text.length);
  return [...f.text.matchAll(/\S(\s+)(?=\S)/g)].map((m) => {
    const index = m.index + 1;
    return { index, middle: f.x + (index + m[1]!.length / 2) * perChar };
  });
}

/** A fragment cut at the given indexes of its text, each part after the first starting a cell, placed in proportion to its characters. */
function cutAt(f: Fragment, indexes: readonly number[]): Fragment[] {
  const perChar = (f.right - f.x) / Math.max(1, f.text.length);
  const bounds = [0, ...indexes, f.text.length];
  return bounds.slice(1).map((to, k) => {
    const from = bounds[k]!;
    const text = f.text.slice(from, to);
    const lead = text.length - text.trimStart().length;
    const x = f.x + (from + lead) * perChar;
    const right = f.x + (from + text.trimEnd().length) * perChar;
    return { ...f, text: text.trim(), x, right, ...(k > 0 ? { cellStart: true } : {}) };
  });
}

function split(line: TextLine, below: readonly TextLine[]): TextLine {
  const gutters = guttersBelow(below);
  if (gutters.length === 0) return line;
  const starts = new Set<Fragment>();
  for (const piece of pieces(line)) {
    piece.slice(1).forEach((f, k) => {
      const before = piece[k]!;
      // The gap over a gutter, if only in part: a label centred over a column of short left-set
      // numbers may reach past them towards the next ("C+" over "2" and "10" beside "C").
      if (f.x - before.right >= f.size * MIN_CELL_GAP && gutters.some((g) => g.left < f.x && before.right < g.right)) starts.add(f);
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
