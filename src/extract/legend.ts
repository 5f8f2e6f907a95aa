/**
 * A report's key to its own marks: "Each element is scored: 3 = Compliance Plus; 2 = Compliance;
 * 1 = Partial Compliance; 0 = Non-Compliance", "Key: CPlus – Compliance Plus; Full – full
 * compliance", "Compliant ★ = Compliance Plus", or a table of colours and their meanings ("Green+ |
 * Compliance Plus – …", "Amber | Partial Compliance – …"). Where a report gives one, its marks are
 * read as the ratings it says they are, in the cells that rate an element (a row that opens with an
 * element's code), in the first column of a table that counts by mark ("Score | Number of
 * elements" over "3 | 4") and in a header of marks ("Criterion | Green+ | Green | Amber | Red").
 * Nowhere else: a "2" in a count column is a count.
 *
 * A key of plain words ("Very good" / "This means Compliance Plus", means-key.ts) is read the same
 * way, and also in a short sentence that counts by its word ("3 things were very good.", "2 things
 * need to get better."): the count of that rating; and in one that says what the things before
 * it are ("Now they are good.").
 */
import { blockText, withEachText, type Block, type Document, type TableRow } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';
import { parseRatingCell, ratingMentions, ratingName } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';
import type { Rating } from '../schema/report.js';
import { isTotalLabel } from './score-table.js';
import { meansKeyIn } from './means-key.js';

/** Signs a key may give a rating by, alone or after a word ("★", "Compliant ★"). */
const SIGNS = '★☆✱✪⭐*';
/** "3 = Compliance Plus", "CPlus – Compliance Plus", "PM: partially met", "Compliant ★ = Compliance Plus": a mark, a sign, a rating. */
const PAIR = new RegExp(String.raw`(?:^|[\s;,.(])((?:[A-Za-z0-9+]{1,12}(?:\s?[${SIGNS}]{1,3})?)|[${SIGNS}]{1,3})\s*(?:=|–|—|:|-)\s*([A-Za-z][A-Za-z -]{1,30}?)\s*(?=[;,.)]|$)`, 'gu');

/**
 * A symbol and the rating right after it, the way a key of shapes is set ("● Compliance Plus ◕
 * Compliance ◑ Partial Compliance ○ Non-Compliance"): a symbol character (a shape, a star, an
 * arrow), then the rating, an "=" or ":" between allowed. "▲ higher than in 2015" names no rating.
 * Not a tick or a cross: those are a matrix's marks (recognise/marks.ts), whatever a key says.
 */
const SYMBOL_PAIR = /(?![✓✔✗✘☑☒✅❌])(\p{So})\uFE0F?\s*(?:[=:–—-]\s*)?(?=\p{L})/gu;

const A_SYMBOL = /\p{So}/u;

function symbolPairs(text: string): { mark: string; rating: Rating }[] {
  if (!A_SYMBOL.test(text)) return [];
  return [...text.matchAll(SYMBOL_PAIR)].flatMap((m) => {
    const first = ratingMentions(text.slice(m.index + m[0].length))[0];
    return first && first.index === 0 ? [{ mark: m[1]!, rating: first.rating }] : [];
  });
}

/** A key's row: a short mark ("Green+", "Amber") beside the rating it stands for, which may go on to explain it ("Compliance – the element is fully met"). */
const MAX_MARK_LENGTH = 15;
function keyRow(cells: readonly string[]): { mark: string; rating: Rating } | null {
  const mark = tidy(cells[0] ?? '');
  if (!mark || mark.length > MAX_MARK_LENGTH || leadingCode(mark) !== null) return null;
  const meaning = tidy(cells[1] ?? '').split(/\s+[–—-]\s+|:\s|\.\s|\s\(/)[0] ?? '';
  const rating = parseRatingCell(meaning);
  return rating ? { mark, rating } : null;
}

/** Every row of a table as a key's row, or null where one is not (most tables: the first row settles it). */
function keyRows(rows: readonly TableRow[]): { mark: string; rating: Rating }[] | null {
  const pairs: { mark: string; rating: Rating }[] = [];
  for (const row of rows) {
    const pair = keyRow(row.cells);
    if (pair === null) return null;
    pairs.push(pair);
  }
  return pairs;
}

/** A header cell of a key: "Meaning", "Key", "RAG", "Symbol", "Colour". */
const KEY_HEADER = /^(?:key|legend|meaning|means|definition|description|explanation|stands for|symbol|sign|mark|colou?r|rag(?: rating| status)?|abbreviation)$/i;

/** The marks a key defines: one paragraph pairing two or more marks with different ratings, or a table of marks and their meanings. */
export function legendIn(blocks: readonly Block[]): Map<string, Rating> {
  const legend = new Map<string, Rating>();
  for (const block of blocks) {
    let pairs: { mark: string; rating: Rating }[];
    if (block.kind === 'table') {
      // A header that says the table is a key ("RAG | Meaning"), then rows of a mark and its
      // meaning, each rating once: an element table ("1 | Compliant", "2 | Compliance Plus") is none.
      // With no such header (a PDF's reader may set it apart), three or more marks that are not numbers.
      const headed = block.rows[0]?.cells.some((cell) => KEY_HEADER.test(cell)) ?? false;
      const body = keyRows(headed ? block.rows.slice(1) : block.rows);
      const isKey = body !== null && body.length >= (headed ? 2 : 3) && new Set(body.map((r) => r.rating)).size === body.length && (headed || !body.some((r) => /^\d+$/.test(r.mark)));
      pairs = isKey ? body : [];
    } else {
      // A key is one paragraph, its pairs parted by semicolons or full stops, or a list of pairs.
      // A list's item may explain its rating in brackets after it ("E – Compliance Plus (exceeds the requirement)").
      const texts = block.kind === 'list' ? block.items.map((item) => item.replace(/\s*\([^()]*\)\s*$/, '')) : [block.text];
      pairs = texts.flatMap((text) => [...text.matchAll(PAIR)].flatMap((m) => {
        const rating = parseRatingCell(m[2]!);
        return rating ? [{ mark: tidy(m[1]!), rating }] : [];
      }));
    }
    // Or a key of symbols, set as a line, a title or a table's row ("Key: ● Compliance Plus | ◕ Compliance | …").
    const symbols = symbolPairs(block.kind === 'table' ? block.rows.map((r) => r.cells.join(' | ')).join('\n') : blockText(block));
    if (new Set(symbols.map((p) => p.rating)).size >= 2 && new Set(symbols.map((p) => p.mark)).size === symbols.length) pairs = [...pairs, ...symbols];
    if (new Set(pairs.map((p) => p.rating)).size < 2) continue;
    // A mark read already as the rating the key gives it needs no key.
    for (const { mark, rating } of pairs) if (parseRatingCell(mark) !== rating) legend.set(mark.toLowerCase(), rating);
  }
  for (const [word, rating] of meansKeyIn(blocks)) if (!legend.has(word)) legend.set(word, rating);
  return legend;
}

/** The word a table may set before a mark that is a number: "Score 4", "Scored 3", "Grade 2". */
const MARK_WORD = /^\s*(?:scor(?:e|ed|ing)|mark(?:ed)?|grade[ds]?|level)\s*:?\s*(?=\d+\s*$)/i;

function withMarks(rows: readonly TableRow[], legend: ReadonlyMap<string, Rating>): TableRow[] {
  // A mark a narrow cell wrapped ("Green" over "+") is the mark.
  const compact = new Map([...legend].map(([mark, rating]) => [mark.replace(/\s+/g, ''), rating]));
  // "Score 4", "Scored 3": a number mark said with the word for what it is, in a header or a count's row.
  const rated = (cell: string) => compact.get(cell.replace(MARK_WORD, '').replace(/\s+/g, '').toLowerCase());
  const name = (rating: Rating) => ratingName(rating).replace(/\b\w/g, (c) => c.toUpperCase());
  // A table counting by mark: every row but its header and total opens with a mark.
  const body = rows.slice(1).filter((r) => !isTotalLabel(r.cells[0] ?? ''));
  const byMark = body.length >= 2 && body.every((r) => rated(r.cells[0] ?? '') !== undefined);
  const named = (cell: string) => {
    const rating = rated(cell);
    return rating ? name(rating) : cell;
  };
  // A table counting by mark in columns: two or more of its header's cells are marks or ratings, one a mark at least ("Criterion | Green+ | Green | Amber", "Compliant ★ | Compliant").
  const header = rows[0]?.cells ?? [];
  const markedHeader = rows.length > 1 && header.some((cell) => rated(cell) !== undefined) && header.filter((cell) => rated(cell) !== undefined || parseRatingCell(cell) !== null).length >= 2;
  return rows.map((row, i) => {
    if (markedHeader && i === 0) return { ...row, cells: row.cells.map(named) };
    if (byMark && i > 0) return { ...row, cells: [named(row.cells[0] ?? ''), ...row.cells.slice(1)] };
    if (leadingCode(row.cells[0] ?? '') === null) return { ...row, cells: row.cells.map((cell) => codedMarkRead(cell, rated, name)) };
    return { ...row, cells: row.cells.map((cell, c) => (c > 0 ? named(cell) : cell)) };
  });
}

/** A cell of a grid or heat-map holding an element's code and its mark ("1.2.2 E", "🟦 1.2.2 E"), a colour's square or a sign before it. */
const CODED_MARK = /^([^\p{L}\p{N}]*)([1-5]\.[1-9]\.[1-9])\s+(\S.*)$/su;

/** Such a cell with its mark read as the rating the key gives it; any other cell as it is. */
function codedMarkRead(cell: string, rated: (mark: string) => Rating | undefined, name: (rating: Rating) => string): string {
  const m = CODED_MARK.exec(cell.trim());
  const rating = m ? rated(m[3]!) : undefined;
  return rating ? `${m![1]}${m![2]} ${name(rating)}` : cell;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A list item that opens with an element's code, its mark read: a mark set in bold ("**Green+**")
 * or standing last after a dash or colon ("… -- Amber (reason)"). Not a mark inside the
 * statement's words, where "C" or "Green" may be only a letter or a word.
 */
function itemWithMarks(item: string, legend: ReadonlyMap<string, Rating>): string {
  if (leadingCode(item) === null) return countsWithMarks(item, legend);
  let out = item;
  for (const [mark, rating] of [...legend].sort((a, b) => b[0].length - a[0].length)) {
    const m = escaped(mark);
    const name = ratingName(rating);
    out = out
      .replace(new RegExp(String.raw`(\*\*|__)${m}\1`, 'giu'), name)
      .replace(new RegExp(String.raw`(\s(?:[–—-]{1,2}|:)\s*)${m}(?=\s*(?:\(|$))`, 'giu'), `$1${name}`);
  }
  return out;
}

/** A mark and a count after it ("Green+ 1"), or a count and a mark ("9 Green"). */
function markCount(mark: string): RegExp {
  const m = escaped(mark);
  return new RegExp(String.raw`(?<![\p{L}\p{N}+])(?:${m}(?![\p{L}\p{N}+])(?=\s*:?\s*\d)|(?<=\d\s+)${m}(?![\p{L}\p{N}+]))`, 'giu');
}

/** A mark alone in brackets after what it rates ("three areas of exemplary practice (Green+)"). */
const inBrackets = (mark: string) => String.raw`(?<=\(\s*)${escaped(mark)}(?=\s*\))`;
const markInBrackets = (mark: string) => new RegExp(inBrackets(mark), 'giu');
/** The same, or a mark after "rated", read in a line that counts by marks in brackets. */
function markBracketed(mark: string): RegExp {
  return new RegExp(String.raw`${inBrackets(mark)}|(?<=\brated\s+)${escaped(mark)}(?![\p{L}\p{N}+])`, 'giu');
}

/**
 * A line that counts by mark ("Criterion One: Green+ 1, Green 9, Amber 1, Red 0", or "Three areas
 * of exemplary practice (Green+), 51 elements fully met (Green)"), its marks read: only where two
 * or more marks stand beside counts, or alone in brackets, so a colour named once in prose stays a colour.
 */
function countsWithMarks(text: string, legend: ReadonlyMap<string, Rating>): string {
  // Marks that are numbers ("3 = Compliance Plus") count nothing in a line of numbers.
  const marks = [...legend].filter(([mark]) => !/^\d+$/.test(mark)).sort((a, b) => b[0].length - a[0].length);
  if (marks.length === 0) return text;
  const times = (line: string, pattern: (mark: string) => RegExp) => marks.reduce((n, [mark]) => n + (line.match(pattern(mark)) ?? []).length, 0);
  return text.split('\n').map((line) => {
    const pattern = times(line, markCount) >= 2 ? markCount : times(line, markInBrackets) >= 2 ? markBracketed : null;
    if (!pattern) return line;
    let out = line;
    for (const [mark, rating] of marks) out = out.replace(pattern(mark), ratingName(rating));
    return out;
  }).join('\n');
}

/** A word of a key as a pattern that takes it in any person: "needs to get better" is also "need to get better". */
const anyPerson = (word: string) => word.split(/\s+/).map((w) => `${escaped(w.replace(/s$/i, ''))}s?`).join('\\s+');

/** "3 things were very good.", "0 elements are not good enough", "2 things need to get better": a count, what it counts, the key's word. */
function countedByWord(words: ReadonlyMap<string, Rating>): (line: string) => string {
  if (words.size === 0) return (line) => line;
  const alternatives = [...words.keys()].sort((a, b) => b.length - a.length).map(anyPerson).join('|');
  const sentence = new RegExp(String.raw`^(\s*(?:\d{1,2}|no|none)\s+[\p{L}]+\s+(?:(?:were|was|are|is)\s+)?)(${alternatives})(\s*[.!]?\s*)$`, 'iu');
  // "Now they are good.", "It is very good": a short sentence saying what the things it points back to are.
  const said = new RegExp(String.raw`^(\s*(?:now\s+)?(?:it|this|that|they|these|those)\s+(?:is|are)\s+(?:now\s+)?)(${alternatives})(\s*[.!]?\s*)$`, 'iu');
  const ratingOf = (text: string) => [...words].find(([word]) => new RegExp(`^(?:${anyPerson(word)})$`, 'iu').test(text))?.[1];
  const named = (rating: Rating) => ratingName(rating).replace(/\b\w/g, (c) => c.toUpperCase());
  return (text) =>
    text.split('\n').map((line) => {
      const m = sentence.exec(line);
      const rating = m ? ratingOf(m[2]!) : undefined;
      // The verb the key's word held ("need to get better") is not one a count reads: the rating is said as "were".
      if (m && rating) return `${m[1]!.replace(/\s+(?:were|was|are|is)\s+$/i, ' ')}were ${named(rating)}${m[3]}`;
      const s = said.exec(line);
      const saidRating = s ? ratingOf(s[2]!) : undefined;
      return s && saidRating ? `${s[1]}${named(saidRating)}${s[3]}` : line;
    }).join('\n');
}

/** A heading this long or shorter may title a part of the report by a key's word. */
const MAX_TITLE_WORDS = 8;

/**
 * "The very good things", "The things that need to get better": a short heading naming one of the
 * key's words titles what it lists by that rating, which is said after it ("The very good things
 * (Compliance Plus)"). A heading naming two words, or none, stays as it is.
 */
function titledByWord(words: ReadonlyMap<string, Rating>): (heading: string) => string {
  if (words.size === 0) return (heading) => heading;
  const sorted = [...words].sort((a, b) => b[0].length - a[0].length).map(([word, rating]) => ({ pattern: new RegExp(String.raw`(?<![\p{L}])(?:${anyPerson(word)})(?![\p{L}])`, 'iu'), rating }));
  return (heading) => {
    if (heading.split(/\s+/).length > MAX_TITLE_WORDS || ratingMentions(heading).length > 0) return heading;
    // The longest word found, with the shorter words inside it ("good" in "very good") not counted again.
    let rest = heading;
    const found: Rating[] = [];
    for (const { pattern, rating } of sorted) {
      if (!pattern.test(rest)) continue;
      found.push(rating);
      rest = rest.replace(pattern, ' ');
    }
    return found.length === 1 ? `${heading} (${ratingName(found[0]!).replace(/\b\w/g, (c) => c.toUpperCase())})` : heading;
  };
}

/** The document with its key's marks read as ratings; the document itself where it gives no key. */
export function withLegend(document: Document): Document {
  const legend = legendIn(document.blocks);
  if (legend.size === 0) return document;
  const marked: Document = {
    ...document,
    blocks: document.blocks.map((b) => {
      if (b.kind === 'table') return { ...b, rows: withMarks(b.rows, legend) };
      if (b.kind === 'list') return { ...b, items: b.items.map((item) => itemWithMarks(item, legend)) };
      if (b.kind === 'paragraph') return { ...b, text: countsWithMarks(b.text, legend) };
      return b;
    }),
  };
  const words = meansKeyIn(document.blocks);
  if (words.size === 0) return marked;
  const counted = countedByWord(words);
  const titled = titledByWord(words);
  return { ...marked, blocks: marked.blocks.map((b) => (b.kind === 'heading' ? { ...b, text: titled(b.text) } : withEachText(b, counted))) };
}
