/**
 * The one document model every reader produces. Nothing downstream knows which format it came from.
 */

/** Where a block came from: a 1-based line for Markdown, a page (and line) for PDF, a paragraph index for Word. */
export interface SourceLocation {
  line?: number;
  page?: number;
  /** 1-based index of the paragraph, heading, list item or table row in a Word document's body. */
  paragraph?: number;
}

export interface TableRow {
  cells: string[];
  loc: SourceLocation;
}

export type Block =
  | { kind: 'heading'; level: number; text: string; loc: SourceLocation }
  | { kind: 'paragraph'; text: string; loc: SourceLocation }
  /** `itemLocs`, where the reader knows them, is where each item starts (a finding about one item points at it). */
  | { kind: 'list'; items: string[]; itemLocs?: SourceLocation[]; loc: SourceLocation }
  | { kind: 'table'; rows: TableRow[]; loc: SourceLocation };

export type BlockKind = Block['kind'];

/** A list's items, each with where it starts (the list's own place where the reader does not know an item's). */
export function placedItems(block: Extract<Block, { kind: 'list' }>): { text: string; loc: SourceLocation }[] {
  return block.items.map((text, i) => ({ text, loc: block.itemLocs?.[i] ?? block.loc }));
}

/** A reader's remark about the input that a person may want to see (e.g. mammoth's messages). */
export interface ReaderDiagnostic {
  severity: 'warning' | 'info';
  message: string;
  loc?: SourceLocation;
}

export interface Document {
  blocks: Block[];
  diagnostics: ReaderDiagnostic[];
}

/** The texts of a block, each where a recogniser may read it: a paragraph's or heading's, each list item, each cell. */
export function textsOf(block: Block): string[] {
  switch (block.kind) {
    case 'table':
      return block.rows.flatMap((row) => row.cells);
    case 'list':
      return block.items;
    default:
      return [block.text];
  }
}

/** The block with every text in it (a cell, an item, a paragraph's or heading's text) passed through `f`. */
export function withEachText(block: Block, f: (text: string) => string): Block {
  // Most passes change few texts: a block or row whose texts all stay is kept as it is, not copied.
  const same = (texts: readonly string[], changed: string[]) => changed.every((text, i) => text === texts[i]);
  switch (block.kind) {
    case 'table': {
      let changed = false;
      const rows = block.rows.map((row) => {
        const cells = row.cells.map(f);
        if (same(row.cells, cells)) return row;
        changed = true;
        return { ...row, cells };
      });
      return changed ? { ...block, rows } : block;
    }
    case 'list': {
      const items = block.items.map(f);
      return same(block.items, items) ? block : { ...block, items };
    }
    default: {
      const text = f(block.text);
      return text === block.text ? block : { ...block, text };
    }
  }
}

/** Heading level given to a paragraph that is only bold text: a title line, not a styled heading. */
export const BOLD_TITLE_LEVEL = 6;

/** A bold line longer than this is emphasised prose, not a title. */
const MAX_TITLE_LENGTH = 160;

/** Whether text set apart as a title (bold, say) is short enough, on one line, to be one. */
export function isTitleText(text: string): boolean {
  return text.length > 0 && text.length <= MAX_TITLE_LENGTH && !text.includes('\n');
}

/** Two rows are the same row (a header repeated) when every cell is. */
export const rowKey = (cells: readonly string[]) => cells.join('\u0000');

/** The cells of a row a page break split, joined again: each cell's text, then on a new line its rest. */
export function joinSplitCells(upper: readonly string[], lower: readonly string[]): string[] {
  return upper.map((cell, c) => [cell, lower[c] ?? ''].filter((text) => text.trim() !== '').join('\n'));
}

/** The text a block shows a reader, tables as one line per row with cells separated by tabs. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.join('\n');
    case 'table':
      return block.rows.map((row) => row.cells.join('\t')).join('\n');
  }
}
