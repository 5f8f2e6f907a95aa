/**
 * HTML into blocks, for every reader that meets HTML: the Word reader (mammoth's output) and the
 * Markdown reader (raw HTML in a report exported from the web). Headings, paragraphs (a bold-only
 * one is a title), lists and tables, merged cells spread as table-blocks.ts does for every
 * format. Where each block came from is the caller's to say: a paragraph's index for Word, a
 * source line for Markdown.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { BOLD_TITLE_LEVEL, isTitleText, type Block, type SourceLocation } from '../document/model.js';
import { withPlainMarks } from './marks.js';
import { asSuperscript, RAISED_MARK } from './superscript.js';
import { spreadSpans, tableBlocks, type SpanCell } from './table-blocks.js';
import { tabLaidRows, tabLaidTable } from './tab-laid.js';

/**
 * Where a heading, paragraph, list item or table row came from. Called once for each, in
 * document order, empty ones included, so a caller may number them.
 */
export type Locate = (node: Element) => SourceLocation;

const parser = unified().use(rehypeParse, { fragment: true });

/**
 * The blocks of an HTML fragment, each where `locate` says. `sourcePositions`: whether `locate`
 * reads a node's place in the HTML (Markdown's raw HTML does, by its line); a caller that numbers
 * the blocks (the Word reader) saves the parser tracking them, a tenth of its work.
 */
export function htmlBlocks(html: string, locate: Locate, { sourcePositions = true } = {}): Block[] {
  const tree = (sourcePositions ? parser.parse(html) : fromParse5(parseFragment(html, { scriptingEnabled: false }))) as Root;
  for (const node of tree.children) if (node.type === 'element') raiseMarks(node);
  const walker = new BlockWalker(locate);
  for (const node of tree.children) if (node.type === 'element') walker.visit(node);
  return walker.blocks;
}

/** The text of every `<sup>` holding only a footnote mark, as superscript characters (superscript.ts). */
function raiseMarks(node: Element): void {
  if (node.tagName === 'sup') {
    for (const child of node.children) if (child.type === 'text' && RAISED_MARK.test(child.value.trim())) child.value = asSuperscript(child.value.trim());
    return;
  }
  for (const child of elementChildren(node)) raiseMarks(child);
}

function elementChildren(node: Element): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element');
}

/**
 * Text with paragraphs and line breaks as single newlines, spaces tidied within lines, and tabs
 * kept, a leading one included: it is the empty first cell of a tab-laid row. Ticks and crosses
 * read as `✓` and `✗`; soft hyphens, which show only where a line breaks, are dropped.
 */
function textOf(node: Element): string {
  return withPlainMarks(toText(node, { whitespace: 'pre' }))
    .replace(/\u00ad/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').replace(/^ | $/g, ''))
    .filter((line) => line.length > 0)
    .join('\n');
}

function isBoldTitle(p: Element): boolean {
  const meaningful = p.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful.length === 1 ? meaningful[0] : undefined;
  if (only?.type !== 'element' || (only.tagName !== 'strong' && only.tagName !== 'b')) return false;
  const text = textOf(p);
  return isTitleText(text);
}

class BlockWalker {
  readonly blocks: Block[] = [];

  constructor(private readonly locate: Locate) {}

  visit(node: Element): void {
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      const text = textOf(node).replace(/\s+/g, ' ');
      const loc = this.locate(node);
      if (text) this.blocks.push({ kind: 'heading', level: Number(heading[1]), text, loc });
      return;
    }
    switch (node.tagName) {
      case 'p':
        this.paragraphBlock(node);
        return;
      case 'ul':
      case 'ol':
        this.listBlock(node);
        return;
      case 'table':
        if (isLayoutTable(node)) {
          // A table used to lay the page out (the whole report in one cell, two panels side by side): its cells' contents, in order.
          for (const tr of rowsOf(node)) for (const cell of elementChildren(tr)) for (const child of elementChildren(cell)) this.visit(child);
          return;
        }
        this.blocks.push(...tableBlocks(spreadSpans(rowsOf(node).map((tr) => ({ cells: cellsOf(tr), loc: this.locate(tr) })))));
        return;
      default:
        for (const child of elementChildren(node)) this.visit(child);
    }
  }

  private paragraphBlock(p: Element): void {
    const loc = this.locate(p);
    const text = textOf(p);
    if (!text) return;
    if (isBoldTitle(p)) {
      this.blocks.push({ kind: 'heading', level: BOLD_TITLE_LEVEL, text, loc });
      return;
    }
    const rows = text.includes('\t') ? tabLaidRows(text.split('\n').map((line) => ({ text: line, loc }))) : null;
    if (rows) this.blocks.push(tabLaidTable(rows, loc));
    else this.blocks.push({ kind: 'paragraph', text, loc });
  }

  private listBlock(list: Element): void {
    const items: string[] = [];
    let loc: SourceLocation | undefined;
    for (const li of elementChildren(list).filter((c) => c.tagName === 'li')) {
      const itemLoc = this.locate(li);
      loc ??= itemLoc;
      const text = textOf(li);
      if (text) items.push(text);
    }
    if (items.length > 0) this.blocks.push({ kind: 'list', items, loc: loc ?? {} });
  }
}

/** A table with a cell that holds a table or a heading lays the page out: no table of data holds either. */
function isLayoutTable(table: Element): boolean {
  const holdsBlocks = (node: Element): boolean => elementChildren(node).some((c) => c.tagName === 'table' || /^h[1-6]$/.test(c.tagName) || (c.tagName === 'div' && holdsBlocks(c)));
  return rowsOf(table).some((tr) => elementChildren(tr).some((cell) => (cell.tagName === 'td' || cell.tagName === 'th') && holdsBlocks(cell)));
}

function rowsOf(table: Element): Element[] {
  return elementChildren(table).flatMap((child) =>
    child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? elementChildren(child).filter((c) => c.tagName === 'tr') : [],
  );
}

function cellsOf(tr: Element): SpanCell[] {
  return elementChildren(tr)
    .filter((c) => c.tagName === 'td' || c.tagName === 'th')
    .map((td) => ({ text: textOf(td), colSpan: Number(td.properties?.colSpan ?? 1), rowSpan: Number(td.properties?.rowSpan ?? 1) }));
}
