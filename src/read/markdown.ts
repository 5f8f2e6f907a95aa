/**
 * Markdown (and plain-text renderings of reports) into the document model, with
 * unified + remark-parse + remark-gfm. Pipe tables become tables; so do runs of tab-separated
 * lines, which is how text layers and the seeds lay tables out.
 */
import type { Code, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { BOLD_TITLE_LEVEL, isTitleText, type Block, type Document, type TableRow } from '../document/model.js';
import { PIECE_ROWS, takeBigTableRows, type TakenRows } from './markdown-big-tables.js';
import { joinTabLaidTables, tabLaidRows, tabLaidTable } from './tab-laid.js';

const processor = unified().use(remarkParse).use(remarkGfm);

export function readMarkdown(text: string): Document {
  const { lines, taken } = takeBigTableRows(text.split('\n'));
  const tree = processor.parse(taken.size > 0 ? lines.join('\n') : text) as Root;
  const blocks: Block[] = [];
  for (const node of tree.children) collect(node, blocks, lines, taken);
  return { blocks: joinTabLaidTables(blocks), diagnostics: [] };
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

function inlineText(nodes: readonly (PhrasingContent | Nodes)[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'html':
        if (/^<br\s*\/?>$/i.test(node.value)) out += '\n';
        break;
      default:
        if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
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

function collect(node: RootContent, blocks: Block[], source: readonly string[], taken: ReadonlyMap<number, TakenRows>): void {
  const line = lineOf(node);
  const loc = line === undefined ? {} : { line };
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', level: (node as Heading).depth, text: inlineText(node.children).trim(), loc });
      return;
    case 'paragraph': {
      if (isBoldTitle(node)) {
        blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text: inlineText(node.children).trim(), loc });
        return;
      }
      const text = inlineText(node.children);
      // remark trims each continuation line, losing the empty first cell of a line that starts with a tab;
      // a tab-laid paragraph is therefore read from its source lines, markup removed.
      const rows = text.includes('\t') ? tabTable(sourceText(node, source) ?? text, line) : null;
      if (rows) blocks.push(tabLaidTable(rows, loc));
      else if (text.trim()) blocks.push({ kind: 'paragraph', text: text.trim(), loc });
      return;
    }
    case 'code': {
      // An indented block in a report is a tab-laid table or indented prose, never program code.
      // Its source lines are read as written: the indentation remark strips is an empty first cell.
      const end = node.position?.end.line;
      const value = line !== undefined && end !== undefined ? source.slice(line - 1, end).join('\n') : (node as Code).value;
      const rows = tabTable(value, line);
      if (rows) blocks.push(tabLaidTable(rows, loc));
      else if (value.trim()) blocks.push({ kind: 'paragraph', text: value.trim(), loc });
      return;
    }
    case 'list':
      blocks.push({
        kind: 'list',
        items: (node as List).children.map(listItemText),
        itemLocs: (node as List).children.map((item) => (lineOf(item) === undefined ? {} : { line: lineOf(item)! })),
        loc,
      });
      return;
    case 'table': {
      const more = line === undefined ? undefined : taken.get(line);
      blocks.push({ kind: 'table', rows: more ? [...tableRows(node as Table), ...takenRows(more)] : tableRows(node as Table), loc });
      return;
    }
    case 'blockquote':
      for (const child of node.children) collect(child, blocks, source, taken);
      return;
    case 'html': {
      const text = node.value.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '').trim();
      if (text) blocks.push({ kind: 'paragraph', text, loc });
      return;
    }
    default:
      return;
  }
}

function listItemText(item: ListItem): string {
  return item.children
    .map((child) => ('children' in child ? inlineText(child.children as PhrasingContent[]) : 'value' in child ? String(child.value) : ''))
    .join('\n')
    .trim();
}

function tableRows(table: Table): TableRow[] {
  return table.children.map((row) => {
    const line = lineOf(row);
    return { cells: row.children.map((cell) => inlineText(cell.children).trim()), loc: line === undefined ? {} : { line } };
  });
}
