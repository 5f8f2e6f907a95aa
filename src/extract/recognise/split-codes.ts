/**
 * Element codes written in parts. Over three columns, criterion, sub-criterion and element ("1 | 1.1 |
 * 1", then "| | 2" with the repeated values left blank, as a merged cell prints): the three are
 * joined into one code column ("1.1.1"), the blanks filled from the rows above, so the table reads
 * as any table of codes and ratings. Every joined code must be one the standard has, and agree
 * with itself (a sub-criterion "1.2" under criterion 1), or the table is left as it is; a table's
 * part after a page break, its criterion blank, takes it from a sub-criterion written in full. Or as a
 * number within the sub-criterion a title above the table names ("1.1 Customer Identification"
 * over "Element | Rating", then "1 | Compliant"), or a row of the table itself names ("1.1 |
 * Customer Identification | |" over "1 | … | Compliant"): the title's number is put before each.
 */
import { blockText, type Block, type TableRow } from '../../document/model.js';
import { allElementCodes, isElementCode } from '../../standard/catalogue.js';

type Table = Extract<Block, { kind: 'table' }>;

/** Rows of codes a table needs before its first three columns are taken for a split code. */
const MIN_ROWS = 3;

/** The table with its first three columns joined into one code column, or the table as it was. */
export function withSplitCodesJoined(table: Table): Table {
  const rows = table.rows;
  if (rows.length < MIN_ROWS + 1 || rows[0]!.cells.length < 4) return table;
  let criterion = '';
  let sub = '';
  const codes: (string | null)[] = [];
  for (const row of rows) {
    const [c = '', s = '', e = ''] = row.cells.map((cell) => cell.trim());
    if (c !== '') criterion = c;
    if (s !== '') sub = s;
    const subParts = /^(?:([1-5])\.)?([1-4])$/.exec(sub);
    // A sub-criterion written in full ("5.2") names its criterion, where the rows above it (a
    // table's part on the page before) are not here to.
    if (criterion === '' && subParts?.[1]) criterion = subParts[1];
    const code = /^[1-5]$/.test(criterion) && subParts && (!subParts[1] || subParts[1] === criterion) && /^[1-9]$/.test(e) ? `${criterion}.${subParts[2]}.${e}` : null;
    codes.push(code && isElementCode(code) ? code : null);
  }
  const coded = codes.filter((c) => c !== null).length;
  // The header row and the odd title row aside, every row is a code's.
  if (coded < MIN_ROWS || coded < rows.length - 2) return table;
  return {
    ...table,
    rows: rows.map((row, i) => ({ ...row, cells: [codes[i] ?? row.cells.slice(0, 3).filter((c) => c.trim() !== '').join(' '), ...row.cells.slice(3)] })),
  };
}

/** A title that opens with a sub-criterion's number: "1.1 Customer Identification". */
const SUB_CRITERION_TITLE = /^([1-5])\.([1-4])\.?\s+\p{L}/u;
/** An element's number within its sub-criterion: "3". */
const ELEMENT_NUMBER = /^[1-9]$/;
/** A sub-criterion's title ("1.1 Customer Identification"), as a row merged across a table prints it. */
export function isSubCriterionTitle(text: string): boolean {
  return SUB_CRITERION_TITLE.test(text.trim());
}

/** Blocks between a title and its table: a short line saying how to read it, at most. */
const TITLE_REACH = 2;

/**
 * The table (the block at `index`) with each row's element number made a code by the
 * sub-criterion the title above it names, where every row's first cell (the header's aside) is a
 * number the sub-criterion has; else the table as it was.
 */
export function withSubCriterionCodes(blocks: readonly Block[], index: number, table: Table): Table {
  // A table of rows alone, its header a table of its own above (Word splits a table at each row
  // merged across it, as a sub-criterion's title row is): its first row is an element's, not a header.
  const headed = !ELEMENT_NUMBER.test(table.rows[0]?.cells[0]?.trim() ?? '');
  if (table.rows.length < (headed ? 2 : 1)) return table;
  let sub: RegExpExecArray | null = null;
  for (let i = index - 1; i >= Math.max(0, index - TITLE_REACH) && !sub; i--) {
    const block = blocks[i]!;
    if (block.kind === 'table') break;
    sub = SUB_CRITERION_TITLE.exec(blockText(block));
  }
  if (!sub) return table;
  const prefix = `${sub[1]}.${sub[2]}.`;
  const header = headed ? table.rows.slice(0, 1) : [];
  const body = table.rows.slice(header.length);
  const codes = body.map((row) => (ELEMENT_NUMBER.test(row.cells[0]?.trim() ?? '') ? `${prefix}${row.cells[0]!.trim()}` : null));
  if (codes.some((code) => code === null || !isElementCode(code))) return table;
  if (codes.length > allElementCodes().filter((code) => code.startsWith(prefix)).length) return table;
  return { ...table, rows: [...header, ...body.map((row, i) => ({ ...row, cells: [codes[i]!, ...row.cells.slice(1)] }))] };
}

/**
 * A row of a table that is a sub-criterion's title, not an element's: its number and name in the
 * first cell, or its number in the first and its name in the second (a row merged across the table
 * that a PDF's reader cut where the columns start, or a row that was never merged), every other
 * cell blank. Its number ("1.1"), or null.
 */
function subCriterionRow(cells: readonly string[]): string | null {
  const filled = cells.map((cell) => cell.replace(/\s+/g, ' ').trim());
  const last = filled.findLastIndex((cell) => cell !== '');
  if (last < 0 || last > 1 || (last === 1 && filled.length < 3)) return null;
  const title = SUB_CRITERION_TITLE.exec(filled.slice(0, last + 1).join(' '));
  return title ? `${title[1]}.${title[2]}` : null;
}

/** The element numbers a table's rows give under each sub-criterion row, in order; null where a row is neither (the header aside). */
function numberedUnderTitles(rows: readonly TableRow[]): { sub: string | null; number: string | null }[] | null {
  const out: { sub: string | null; number: string | null }[] = [];
  for (const [i, row] of rows.entries()) {
    const sub = subCriterionRow(row.cells);
    const number = row.cells[0]?.trim() ?? '';
    if (sub) out.push({ sub, number: null });
    else if (ELEMENT_NUMBER.test(number)) out.push({ sub: null, number });
    // The header: the table's first row, before any title or element.
    else if (i === 0) out.push({ sub: null, number: null });
    else return null;
  }
  return out;
}

/** The sub-criterion and last element number the table just before `index` ends under, where its rows are numbered under titles of their own. */
function endsUnder(blocks: readonly Block[], index: number): { sub: string; number: number } | null {
  const before = blocks[index - 1];
  if (before?.kind !== 'table') return null;
  const rows = numberedUnderTitles(before.rows);
  if (!rows) return null;
  let sub: string | null = null;
  let number = 0;
  for (const row of rows) {
    if (row.sub) [sub, number] = [row.sub, 0];
    else if (row.number) number = Number(row.number);
  }
  return sub && number > 0 ? { sub, number } : null;
}

/**
 * The table (the block at `index`) with each row's element number made a code by the
 * sub-criterion title row above it in the table, the title rows left out; the rows before its
 * first title (a table's part after a page break, under the header repeated) take the
 * sub-criterion the table just before ended with, only where their numbers carry on its. Every
 * row must be a title or a numbered element (the first may be the header), each number one the
 * standard has, rising under its title; else the table as it was.
 */
export function withSubCriterionRows(blocks: readonly Block[], index: number, table: Table): Table {
  const rows = numberedUnderTitles(table.rows);
  if (!rows || !rows.some((r) => r.number !== null)) return table;
  const carried = rows.some((r) => r.sub) ? null : endsUnder(blocks, index);
  if (!rows.some((r) => r.sub) && !carried) return table;
  let sub = carried?.sub ?? null;
  let last = carried?.number ?? 0;
  const out: TableRow[] = [];
  // A part carried over goes on from the number the table before ended with.
  let carriedOn = carried !== null;
  for (const [i, row] of rows.entries()) {
    const source = table.rows[i]!;
    if (row.sub) [sub, last] = [row.sub, 0];
    else if (row.number === null) out.push(source);
    else {
      const number = Number(row.number);
      const next = carriedOn ? number === last + 1 : number > last;
      carriedOn = false;
      const code = `${sub}.${number}`;
      if (!sub || !next || !isElementCode(code)) return table;
      last = number;
      out.push({ ...source, cells: [code, ...source.cells.slice(1)] });
    }
  }
  return { ...table, rows: out };
}
