/**
 * A data export printed as text: comma-, semicolon-, tab- or bar-separated lines under a header
 * line naming the columns ("element_ref,criterion,rating_code,rating_label,rating_score,
 * prev_rating_code"), with quoted fields and "#" comment lines, set as a code block in Markdown
 * and as monospaced lines (one paragraph a line in Word) in a print. Such lines are a table: it is
 * read as one, by its header. Only the element's code and this visit's rating are kept, as an
 * "Element | Rating" table the element-table readers read: an export sets other columns beside
 * the rating (a score, the last visit's rating, evidence ids that echo codes) which a reader
 * going by position, or by the first rating word on the line, would take for it.
 *
 * The rating is the column whose header calls it the rating and whose values are ratings; a
 * column named as another visit's ("prev_rating_code", "rating_2021", "last_rating") is never
 * read. Two columns of this visit's rating (a code and a label) must agree on a row, or the row
 * is not read. A numeric score ("rating_score": 4/3/2/1) is never mapped to a rating: a scale is
 * the body's own. Where a column of ratings cannot be told to be this visit's or another's, the
 * export is left as text: nothing is read from it.
 */
import type { Block, Document, SourceLocation, TableRow } from '../document/model.js';
import { codeListCell, leadingCode } from '../parse/codes.js';
import { parseRatingCell, ratingName } from '../parse/ratings.js';
import type { Rating } from '../schema/report.js';
import { CODE_COLUMN } from './recognise/column-headers.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;
type Delimiter = (typeof DELIMITERS)[number];

/** The fewest columns that make a line a header: an element, a rating and something else. */
const MIN_COLUMNS = 3;
/** The fewest rows of data that make the lines an export rather than a sentence with commas. */
const MIN_ROWS = 3;
/** The share of a column's rows that must be ratings for it to be a column of ratings. */
const RATING_SHARE = 0.8;

/** A comment in an export ("# rows=57") and a Markdown code fence: neither a header nor data. */
const COMMENT = /^\s*(?:#|\/\/|--\s|```|~~~)/;
/** A header naming another visit's (or a planned, or the holder's own) rating: never this visit's. */
const NOT_THIS_VISIT = /\b(?:prev(?:ious)?|last|prior|earlier|old|former|was|before|baseline|history|historic|original|initial|target|expected|planned|proposed|draft|self|(?:19|20)\d{2})\b/;
/** A header that calls its column the rating. */
const RATING_NAME = /\b(?:rating|outcome|result|grade|grading|judge?ment|compliance|status|level)\b/;
/** A header naming this visit's column outright. */
const THIS_VISIT = /\b(?:current|latest|this|now|new)\b/;
/** A label in a header: words, never a value (a number, a date, an element's code). */
const VALUE = /^[-–]?\d[\d,.:/ -]*%?$/;

/** "rating_code", "prevRatingCode", "Rating-Label" as words: "rating code", "prev rating code". */
export function headerWords(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The fields of one line split at `delimiter`, double-quoted fields kept whole ("" a quote); null when a quote is left open. */
export function splitDelimited(line: string, delimiter: Delimiter): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field.trim());
      field = '';
      wasQuoted = false;
    } else field += ch;
  }
  if (quoted) return null;
  fields.push(field.trim());
  // A bar-separated line drawn with outer bars ("| a | b |") has empty fields at its ends.
  if (delimiter === '|' && fields.length > 2 && fields[0] === '' && fields.at(-1) === '') return fields.slice(1, -1);
  return fields;
}

/** Whether fields are a header's: every one a label, none a value or a code. */
function isHeader(fields: readonly string[]): boolean {
  return fields.length >= MIN_COLUMNS && fields.every((f) => f !== '' && f.length <= 40 && /[a-z]/i.test(f) && !VALUE.test(f) && leadingCode(f) === null);
}

/** The one code a field holds and nothing else, or null. */
function loneCode(field: string): string | null {
  const codes = codeListCell(field);
  return codes?.length === 1 && /\d\.\d/.test(field) ? codes[0]! : null;
}

interface Line {
  block: number;
  index: number;
  text: string;
  loc: SourceLocation;
}

interface Export {
  /** The lines read as the export, header to last row (comments between them included). */
  lines: Line[];
  table: Extract<Block, { kind: 'table' }>;
}

/** This visit's rating column(s) among a header's, or null when it cannot be told safely. */
function ratingColumns(names: readonly string[], rows: readonly string[][], codeColumn: number): number[] | null {
  const current: number[] = [];
  for (const [c, name] of names.entries()) {
    if (c === codeColumn) continue;
    const filled = rows.filter((r) => (r[c] ?? '') !== '');
    const ratings = filled.filter((r) => parseRatingCell(r[c]!) !== null).length;
    const ofRatings = filled.length > 0 && ratings >= rows.length * RATING_SHARE && ratings === filled.length;
    if (!ofRatings) continue;
    const words = headerWords(name);
    if (NOT_THIS_VISIT.test(words) && !THIS_VISIT.test(words)) continue;
    // A column of ratings that neither names itself the rating nor another visit's ("r1", "value"): whose it is cannot be told.
    if (!RATING_NAME.test(words) && !THIS_VISIT.test(words)) return null;
    current.push(c);
  }
  return current.length > 0 ? current : null;
}

/** The export that starts at `lines[start]` (its header), or null when the lines there are not one. */
function exportAt(lines: readonly Line[], start: number): Export | null {
  const header = lines[start]!.text;
  for (const delimiter of DELIMITERS) {
    if (!header.includes(delimiter)) continue;
    const names = splitDelimited(header, delimiter);
    if (!names || !isHeader(names)) continue;
    const rows: { fields: string[]; line: Line }[] = [];
    let end = start;
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (COMMENT.test(line.text)) continue;
      const fields = splitDelimited(line.text, delimiter);
      if (!fields || fields.length !== names.length) break;
      rows.push({ fields, line });
      end = i;
    }
    if (rows.length < MIN_ROWS) continue;
    const named = names.findIndex((n) => CODE_COLUMN.test(headerWords(n)));
    const codeColumn = named >= 0 ? named : names.findIndex((_, c) => rows.every((r) => loneCode(r.fields[c]!) !== null));
    if (codeColumn < 0 || rows.filter((r) => loneCode(r.fields[codeColumn]!) !== null).length < rows.length * RATING_SHARE) return null;
    const columns = ratingColumns(names, rows.map((r) => r.fields), codeColumn);
    if (!columns) return null;
    const tableRows: TableRow[] = [{ cells: ['Element', 'Rating'], loc: lines[start]!.loc }];
    for (const { fields, line } of rows) {
      const code = loneCode(fields[codeColumn]!);
      const ratings = new Set<Rating | null>(columns.map((c) => parseRatingCell(fields[c]!)));
      const [rating] = ratings;
      // Two columns of this visit's rating that disagree, or none filled: the row rates nothing.
      if (!code || ratings.size !== 1 || !rating) continue;
      tableRows.push({ cells: [code, ratingName(rating)], loc: line.loc });
    }
    if (tableRows.length - 1 < MIN_ROWS) return null;
    return { lines: lines.slice(start, end + 1), table: { kind: 'table', rows: tableRows, loc: lines[start]!.loc } };
  }
  return null;
}

/** A paragraph's lines, each where it stands (a Markdown line counted on from the paragraph's first). */
function linesOf(block: Extract<Block, { kind: 'paragraph' }>, b: number): Line[] {
  return block.text.split('\n').map((text, index) => ({ block: b, index, text, loc: block.loc.line !== undefined ? { ...block.loc, line: block.loc.line + index } : block.loc }));
}

/** Exports among runs of paragraphs (an export printed one paragraph a line, or across a page break, is one run). */
function exportsIn(blocks: readonly Block[]): Export[] {
  const found: Export[] = [];
  let run: Line[] = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      if (!/[,;\t|]/.test(run[i]!.text) || COMMENT.test(run[i]!.text)) continue;
      const read = exportAt(run, i);
      if (!read) continue;
      found.push(read);
      i += read.lines.length - 1;
    }
    run = [];
  };
  blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') run.push(...linesOf(block, b));
    else flush();
  });
  flush();
  return found;
}

/** The document with each export printed as text read as the table of ratings it is. */
export function withDelimitedExportsRead(document: Document): Document {
  // Cheap test first: most documents have no line with three delimited fields at all.
  if (!document.blocks.some((b) => b.kind === 'paragraph' && /[,;\t|][^,;\t|\n]*[,;\t|]/.test(b.text))) return document;
  const exports = exportsIn(document.blocks);
  if (exports.length === 0) return document;
  const taken = new Map<number, Set<number>>();
  const tableAt = new Map<number, Block>();
  for (const e of exports) {
    for (const line of e.lines) {
      if (!taken.has(line.block)) taken.set(line.block, new Set());
      taken.get(line.block)!.add(line.index);
    }
    tableAt.set(e.lines[0]!.block, e.table);
  }
  const blocks = document.blocks.flatMap((block, b): Block[] => {
    const lines = taken.get(b);
    if (!lines || block.kind !== 'paragraph') return [block];
    const texts = block.text.split('\n');
    const first = Math.min(...lines);
    const before = texts.slice(0, first).filter((_, i) => !lines.has(i));
    const after = texts.slice(first).filter((_, i) => !lines.has(first + i));
    const table = tableAt.get(b);
    const out: Block[] = [];
    if (before.join('').trim() !== '') out.push({ ...block, text: before.join('\n') });
    if (table) out.push(table);
    if (after.join('').trim() !== '') out.push({ ...block, text: after.join('\n'), loc: block.loc.line !== undefined ? { ...block.loc, line: block.loc.line + first } : block.loc });
    return out;
  });
  return { ...document, blocks };
}
