/**
 * Markdown (and plain-text renderings of reports) into the document model, with
 * unified + remark-parse + GFM's syntax (gfm-syntax.ts). Pipe tables become tables; so do Pandoc's grid tables
 * (markdown-grid-tables.ts), its multiline and simple tables (markdown-dashed-tables.ts), HTML
 * tables (markdown-html.ts) and runs of tab-separated lines, which is how text layers and the
 * seeds lay tables out. Pandoc's inline notes are paragraphs of their own.
 */
import type { Code, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BOLD_TITLE_LEVEL, isTitleText, type Block, type Document, type TableRow } from '../document/model.js';
import { PIECE_ROWS, takeBigTableRows, type TakenRows } from './markdown-big-tables.js';
import { takeDashedTables } from './markdown-dashed-tables.js';
import { inlineText } from './mdast-text.js';
import { markedRatingOfScale } from './marked-rating.js';
import { hasPlainTextMarkup, withPlainTextMarkup } from './plain-text-markup.js';
import { hasNoteMarkup, withNoteMarkup } from './markdown-notes.js';
import { joinTabLaidTables, tabLaidRows, tabLaidTable } from './tab-laid.js';
import { mermaidPieBlocks } from './mermaid-pie.js';
import { gfmSyntax } from './gfm-syntax.js';

const processor = unified().use(remarkParse).use(gfmSyntax);

/** The file's lines as parsed (the tables taken out blank), the rows taken out of its big tables, and the readers loaded for it. */
interface Source {
  lines: readonly string[];
  taken: ReadonlyMap<number, TakenRows>;
  html: typeof import('./markdown-html.js') | null;
  grid: typeof import('./markdown-grid-tables.js') | null;
}

export async function readMarkdown(original: string): Promise<Document> {
  const written = hasNoteMarkup(original) ? withNoteMarkup(original) : original;
  const text = withTableRowsUnlisted(hasPlainTextMarkup(written) ? withPlainTextMarkup(written) : written);
  // parse5 and the grid-table parser take some 50 ms to load: each is loaded only for a file with
  // a line that may start what it reads (a tag, or a `+`, at the margin or inside a quote).
  const html = /^[ \t>]*</m.test(text) ? await import('./markdown-html.js') : null;
  const grid = /^[ \t>]*\+/m.test(text) ? await import('./markdown-grid-tables.js') : null;
  const big = takeBigTableRows(text.split('\n'));
  const gridded = grid ? grid.takeGridTables(big.lines) : { lines: big.lines, tables: new Map<number, Block[]>() };
  // Pandoc's multiline and simple tables, only where a line of dashes in groups may set a table's columns.
  const { lines, tables } = /^-{2,} +-{2,}/m.test(text) ? withDashedTables(gridded) : gridded;
  const tree = processor.parse(big.taken.size > 0 || tables.size > 0 ? lines.join('\n') : text) as Root;
  const source: Source = { lines, taken: big.taken, html, grid };
  const blocks: Block[] = [];
  const tableSpans = html && new html.HtmlTableSpans(lines);
  for (let i = 0; i < tree.children.length; i++) {
    const node = tree.children[i]!;
    const start = lineOf(node);
    if (node.type !== 'html' || start === undefined || !html || !tableSpans) {
      collect(node, blocks, source);
      continue;
    }
    // A piece of HTML goes on to where its tables close; what CommonMark made of its lines after
    // a blank line (more HTML, paragraphs, code) is part of it.
    let end = tableSpans.pieceEnd(start, node.position!.end.line);
    for (let next = tree.children[i + 1]; next && (lineOf(next) ?? Infinity) <= end; next = tree.children[i + 1]) {
      end = Math.max(end, next.position!.end.line);
      i++;
    }
    blocks.push(...html.htmlPieceBlocks(lines.slice(start - 1, end).join('\n'), start));
  }
  return { blocks: joinTabLaidTables(withTablesTaken(blocks, tables)), diagnostics: [] };
}

/** A pipe table's delimiter row: "--- | --: | :-:", with or without outer bars. */
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$/;
/** A row that opens like a list item: "1. Customer Insight | 1 | 10", "- Total | 57". */
const LISTED_ROW = /^( {0,3})(\d{1,9}[.)]|[-+*])(?=\s.*\|)/;

/**
 * The text with the list marker of a pipe table's row escaped ("1\. Customer Insight | 1 | …"):
 * CommonMark ends a table at a line that opens a list, so a table whose rows number its criteria
 * ("1. Customer Insight | 1 | 10 | 0 | 0") would be cut after its header. Kramdown, which such
 * tables are written for, reads the row. Line numbers are kept.
 */
function withTableRowsUnlisted(text: string): string {
  if (!/^ {0,3}(?:\d{1,9}[.)]|[-+*])\s.*\|/m.test(text)) return text;
  const lines = text.split('\n');
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') inTable = false;
    else if (DELIMITER_ROW.test(line) && i > 0 && lines[i - 1]!.includes('|')) inTable = true;
    else if (inTable) lines[i] = line.replace(LISTED_ROW, (_, indent: string, marker: string) => `${indent}${marker.replace(/([.)+*-])$/, '\\$1')}`);
  }
  return lines.join('\n');
}

function withDashedTables(taken: { lines: string[]; tables: Map<number, Block[]> }): { lines: string[]; tables: Map<number, Block[]> } {
  const dashed = takeDashedTables(taken.lines);
  return { lines: dashed.lines, tables: new Map([...taken.tables, ...dashed.tables]) };
}

/** The blocks of the tables taken out before parsing, each put back among the others by its line. */
function withTablesTaken(blocks: readonly Block[], tables: ReadonlyMap<number, Block[]>): Block[] {
  if (tables.size === 0) return [...blocks];
  const taken = [...tables].sort(([a], [b]) => a - b);
  const out: Block[] = [];
  let next = 0;
  for (const block of blocks) {
    while (next < taken.length && taken[next]![0] < (block.loc.line ?? 0)) out.push(...taken[next++]![1]);
    out.push(block);
  }
  for (; next < taken.length; next++) out.push(...taken[next]![1]);
  return out;
}

/** The rows taken out of a big table, parsed a piece at a time under its header, numbered as in the file. */
function takenRows(taken: TakenRows): TableRow[] {
  const rows: TableRow[] = [];
  for (let start = 0; start < taken.rows.length; start += PIECE_ROWS) {
    const piece = processor.parse(`${taken.head}\n${taken.rows.slice(start, start + PIECE_ROWS).join('\n')}`) as Root;
    const table = piece.children[0];
    if (table?.type !== 'table') continue;
    // Line 1 of a piece is the header, line 2 the delimiter: its row on line n is taken row n - 3.
    for (const row of tableRows(table).slice(1)) rows.push({ cells: row.cells, loc: { line: taken.firstLine + start + (row.loc.line ?? 3) - 3 } });
  }
  return rows;
}

function lineOf(node: Nodes): number | undefined {
  return node.position?.start.line;
}

function isBoldTitle(paragraph: Paragraph): boolean {
  const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'break');
  if (meaningful.length !== 1 || meaningful[0]!.type !== 'strong') return false;
  const text = inlineText(meaningful).trim();
  return isTitleText(text);
}

/** A paragraph's or indented block's lines as tab-laid table rows, numbered from its first line. */
function tabTable(text: string, firstLine: number | undefined): TableRow[] | null {
  return tabLaidRows(text.split('\n').map((line, i) => ({ text: line, loc: firstLine === undefined ? {} : { line: firstLine + i } })));
}

function sourceText(node: Nodes, source: readonly string[]): string | null {
  const start = node.position?.start.line;
  const end = node.position?.end.line;
  if (start === undefined || end === undefined) return null;
  return source
    .slice(start - 1, end)
    .join('\n')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__/g, '');
}

/**
 * A pipe table with no delimiter row under its header ("| Item | Detail |" straight over "|
 * Organisation | Tolland … |"), which Markdown takes for a paragraph: every line opens and
 * closes with a bar and has as many cells as the others, two or more lines of two or more cells.
 */
function pipeRows(node: Paragraph, source: readonly string[], firstLine: number | undefined): TableRow[] | null {
  const text = sourceText(node, source);
  if (text === null) return null;
  const lines = text.split('\n').map((l) => l.trim());
  if (lines.length < 2 || !lines.every((l) => l.length > 2 && l.startsWith('|') && l.endsWith('|'))) return null;
  const rows = lines.map((l) => l.slice(1, -1).split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|')));
  const width = rows[0]!.length;
  if (width < 2 || rows.some((r) => r.length !== width)) return null;
  return rows.map((cells, i) => ({ cells, loc: firstLine === undefined ? {} : { line: firstLine + i } }));
}

/**
 * A paragraph inside a quote that is a grid table (one at the margin was taken out before
 * parsing), read from its source lines less the quote's `>` before them.
 */
function gridTable(paragraph: Paragraph, { lines: source, grid }: Source): Block[] | null {
  const start = paragraph.position?.start;
  const end = paragraph.position?.end.line;
  if (!grid || !start || end === undefined || start.column === 1 || source[start.line - 1]?.[start.column - 1] !== '+') return null;
  const lines = source.slice(start.line - 1, end);
  const indent = start.column - 1;
  if (!lines.slice(1).every((line) => /^[ >]*$/.test(line.slice(0, indent)))) return null;
  return grid.gridTableBlocks(lines.map((line) => line.slice(indent)), start.line);
}

/**
 * Pandoc's inline notes taken out of a paragraph ("… profiled every year.^[1.1.1 – Compliance.] The
 * insight …"), each note a paragraph of its own after it: a note's text is the report's, read as a
 * footnote's is, and it is not part of the sentence it is attached to. Brackets inside a note nest.
 */
function inlineNotesOut(text: string): { prose: string; notes: string[] } {
  if (!text.includes('^[')) return { prose: text, notes: [] };
  const notes: string[] = [];
  let prose = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '^' || text[i + 1] !== '[') {
      prose += text[i];
      continue;
    }
    let depth = 0;
    let end = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '[') depth++;
      else if (text[j] === ']' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) {
      prose += text.slice(i);
      break;
    }
    notes.push(text.slice(i + 2, end).trim());
    i = end;
  }
  return { prose, notes: notes.filter((note) => note !== '') };
}

function collect(node: RootContent, blocks: Block[], source: Source): void {
  const line = lineOf(node);
  const loc = line === undefined ? {} : { line };
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', level: (node as Heading).depth, text: inlineText(node.children).trim(), loc });
      return;
    case 'paragraph': {
      const grid = gridTable(node, source);
      if (grid) {
        blocks.push(...grid);
        return;
      }
      const piped = pipeRows(node, source.lines, line);
      if (piped) {
        blocks.push({ kind: 'table', rows: piped, loc });
        return;
      }
      if (isBoldTitle(node)) {
        blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text: inlineText(node.children).trim(), loc });
        return;
      }
      const text = inlineText(node.children);
      // remark trims each continuation line, losing the empty first cell of a line that starts with a tab;
      // a tab-laid paragraph is therefore read from its source lines, markup removed.
      const rows = text.includes('\t') ? tabTable(sourceText(node, source.lines) ?? text, line) : null;
      if (rows) {
        blocks.push(tabLaidTable(rows, loc));
        return;
      }
      const { prose, notes } = inlineNotesOut(text);
      if (prose.trim()) blocks.push({ kind: 'paragraph', text: prose.trim(), loc });
      for (const note of notes) blocks.push({ kind: 'paragraph', text: note, loc });
      return;
    }
    case 'code': {
      const pie = (node as Code).lang === 'mermaid' ? mermaidPieBlocks((node as Code).value, line) : null;
      if (pie) {
        blocks.push(...pie);
        return;
      }
      // An indented block in a report is a tab-laid table or indented prose, never program code.
      // Its source lines are read as written: the indentation remark strips is an empty first cell.
      const end = node.position?.end.line;
      const value = line !== undefined && end !== undefined ? source.lines.slice(line - 1, end).join('\n') : (node as Code).value;
      const rows = tabTable(value, line);
      if (rows) blocks.push(tabLaidTable(rows, loc));
      else if (value.trim()) blocks.push({ kind: 'paragraph', text: value.trim(), loc });
      return;
    }
    case 'list':
      // A list whose items hold tables or headings at any depth (a Notion export's toggle lists, a
      // table indented under its bullet, an outliner's page whose bullets are its sections): each
      // item's first line is the item, and what is indented under it is read as blocks of their
      // own, the tables as tables and the headings as headings.
      if ((node as List).children.some(holdsBlocks)) {
        for (const item of (node as List).children) {
          const [first, ...rest] = item.children;
          if (first && (first.type === 'heading' || first.type === 'table')) collect(first, blocks, source);
          else if (first) blocks.push({ kind: 'list', items: [listItemText({ ...item, children: [first] })], itemLocs: [lineOf(item) === undefined ? {} : { line: lineOf(item)! }], loc });
          for (const child of rest) collect(child, blocks, source);
        }
        return;
      }
      blocks.push({
        kind: 'list',
        items: (node as List).children.map(listItemText),
        itemLocs: (node as List).children.map((item) => (lineOf(item) === undefined ? {} : { line: lineOf(item)! })),
        loc,
      });
      return;
    case 'table': {
      const more = line === undefined ? undefined : source.taken.get(line);
      blocks.push({ kind: 'table', rows: more ? [...tableRows(node as Table), ...takenRows(more)] : tableRows(node as Table), loc });
      return;
    }
    case 'blockquote':
    // A footnote's text is the report's too ("[^2]: Element 5.3.1 was also partially compliant …"), read where it is written, as Word's and a PDF's are.
    case 'footnoteDefinition':
      for (const child of node.children) collect(child, blocks, source);
      return;
    case 'html':
      // Inside a quote or a list: the piece CommonMark gave, its markers removed.
      if (line !== undefined) blocks.push(...(source.html?.htmlPieceBlocks(node.value, line) ?? []));
      return;
    default:
      return;
  }
}

/** Whether a list item holds a table or a heading, itself or in a list nested under it. */
function holdsBlocks(item: ListItem): boolean {
  return item.children.some((child) => child.type === 'table' || child.type === 'heading' || (child.type === 'list' && child.children.some(holdsBlocks)));
}

/** A task list's item keeps its box ("- [x] Compliance" is "☒ Compliance"): a form's ticked choice is read by it (extract/checkboxes.ts). */
function listItemText(item: ListItem): string {
  const box = item.checked === true ? '☒ ' : item.checked === false ? '☐ ' : '';
  return box + item.children
    .map((child) => ('children' in child ? inlineText(child.children as PhrasingContent[]) : 'value' in child ? String(child.value) : ''))
    .join('\n')
    .trim();
}

/** A cell printing the whole rating scale with the awarded rating in bold ("C+ **C** PC NC"): the bold rating alone. */
function markedRatingOfCell(nodes: readonly PhrasingContent[]): string | null {
  return markedRatingOfScale(nodes.map((node) => ({ text: inlineText([node]), marked: node.type === 'strong' })));
}

function tableRows(table: Table): TableRow[] {
  return table.children.map((row) => {
    const line = lineOf(row);
    return { cells: row.children.map((cell) => markedRatingOfCell(cell.children) ?? inlineText(cell.children).trim()), loc: line === undefined ? {} : { line } };
  });
}
