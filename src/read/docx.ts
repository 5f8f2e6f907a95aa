/**
 * Word (.docx) into the document model: mammoth turns the document into HTML (headings from
 * Word's heading styles, tables with their spans), rehype-parse into a tree, and this module
 * into blocks. Merged cells are spread over the cells they cover; a full-width merged row inside
 * a table is a title between two tables; a header row repeated inside a table is dropped. Ticks
 * and crosses read as `✓` and `✗` (marks.ts); soft hyphens, which show only where a line breaks,
 * are dropped.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { BOLD_TITLE_LEVEL, isTitleText, type Block, type Document, type ReaderDiagnostic, type SourceLocation } from '../document/model.js';
import { checkWordPackage } from './docx-package.js';
import { markInSymbolFont, withPlainMarks } from './marks.js';
import { tableBlocks, type RebuiltRow } from './table-blocks.js';
import { joinTabLaidTables, tabLaidRows, tabLaidTable } from './tab-laid.js';

export interface DocxOptions {
  /** Most bytes the package may expand to (zip-bomb guard). */
  maxUnpackedBytes?: number;
}

/** Styles report templates use for titles that mammoth does not map by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Mammoth messages that say only that a template style has no HTML meaning: kept, as info. */
const ROUTINE_MESSAGE = /^Unrecognised (paragraph|run|table) style/;

const parser = unified().use(rehypeParse, { fragment: true });

export async function readDocx(path: string, bytes: Buffer, options: DocxOptions = {}): Promise<Document> {
  await checkWordPackage(path, bytes, options.maxUnpackedBytes);
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: STYLE_MAP,
      // Images are not part of a report's data; reading them would only cost memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
      transformDocument: withSymbolFontMarks,
    },
  );
  const tree = parser.parse(result.value) as Root;
  const walker = new BlockWalker();
  for (const node of tree.children) if (node.type === 'element') walker.visit(node);
  return { blocks: joinTabLaidTables(walker.blocks), diagnostics: diagnosticsOf(result.messages) };
}

function diagnosticsOf(messages: readonly { type: string; message: string }[]): ReaderDiagnostic[] {
  const seen = new Set<string>();
  const out: ReaderDiagnostic[] = [];
  for (const { message } of messages) {
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ severity: ROUTINE_MESSAGE.test(message) ? 'info' : 'warning', message: `Word reader: ${message}` });
  }
  return out;
}

/** A run of mammoth's document tree, as far as this module reads it. */
interface MammothElement {
  type: string;
  font?: string;
  value?: string;
  children?: MammothElement[];
}

/**
 * A tick or cross typed in a symbol font (a run in Wingdings holding U+F0FC) as the mark it
 * shows: mammoth keeps the font's character, which means nothing without the font.
 */
function withSymbolFontMarks(element: MammothElement): MammothElement {
  if (element.type === 'run' && element.font) {
    const font = element.font;
    for (const child of element.children ?? []) if (child.type === 'text' && child.value) child.value = markInSymbolFont(child.value, font) ?? child.value;
  }
  for (const child of element.children ?? []) withSymbolFontMarks(child);
  return element;
}

function elementChildren(node: Element): Element[] {
  return node.children.filter((c): c is Element => c.type === 'element');
}

/**
 * Text with paragraphs and line breaks as single newlines, spaces tidied within lines, and tabs
 * kept, a leading one included: it is the empty first cell of a tab-laid row.
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
  /** 1-based index of the paragraph, heading, list item or table row in the body. */
  private paragraph = 0;

  private next(): SourceLocation {
    this.paragraph += 1;
    return { paragraph: this.paragraph };
  }

  visit(node: Element): void {
    const heading = /^h([1-6])$/.exec(node.tagName);
    if (heading) {
      const text = textOf(node).replace(/\s+/g, ' ');
      const loc = this.next();
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
        this.tableBlocks(node);
        return;
      default:
        for (const child of elementChildren(node)) this.visit(child);
    }
  }

  private paragraphBlock(p: Element): void {
    const loc = this.next();
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
      const itemLoc = this.next();
      loc ??= itemLoc;
      const text = textOf(li);
      if (text) items.push(text);
    }
    if (items.length > 0) this.blocks.push({ kind: 'list', items, loc: loc ?? {} });
  }

  private tableBlocks(table: Element): void {
    this.blocks.push(...tableBlocks(this.grid(table)));
  }

  /** The table's rows with every merged cell spread over the cells it covers. */
  private grid(table: Element): RebuiltRow[] {
    const trs = rowsOf(table);
    const carried: { text: string; rows: number }[] = [];
    const out: { cells: string[]; spanned: number | null; loc: SourceLocation }[] = [];
    for (const tr of trs) {
      const cells: string[] = [];
      const takeCarried = () => {
        for (let c = carried[cells.length]; c && c.rows > 0; c = carried[cells.length]) {
          c.rows -= 1;
          cells.push(c.text);
        }
      };
      const tds = elementChildren(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th');
      for (const td of tds) {
        takeCarried();
        const text = textOf(td);
        const colspan = span(td, 'colSpan');
        const rowspan = span(td, 'rowSpan');
        for (let i = 0; i < colspan; i++) {
          if (rowspan > 1) carried[cells.length] = { text, rows: rowspan - 1 };
          cells.push(text);
        }
      }
      takeCarried();
      const only = tds.length === 1 && carried.every((c) => !c || c.rows === 0) ? tds[0] : undefined;
      out.push({ cells, spanned: only ? span(only, 'colSpan') : null, loc: this.next() });
    }
    const width = Math.max(0, ...out.map((r) => r.cells.length));
    return out.map((r) => ({ cells: r.cells, spansTable: width > 1 && r.spanned === width, loc: r.loc }));
  }
}

function rowsOf(table: Element): Element[] {
  return elementChildren(table).flatMap((child) =>
    child.tagName === 'tr' ? [child] : ['thead', 'tbody', 'tfoot'].includes(child.tagName) ? elementChildren(child).filter((c) => c.tagName === 'tr') : [],
  );
}

function span(cell: Element, property: 'colSpan' | 'rowSpan'): number {
  const value = Number(cell.properties?.[property] ?? 1);
  return Number.isInteger(value) && value > 0 ? Math.min(value, 1000) : 1;
}

