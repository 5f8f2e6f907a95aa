/**
 * Tables used for layout, not data: a committee paper written as a two-column table of paragraph
 * numbers and paragraphs ("4.2 | 11 elements were rated Compliance Plus…"). Read as the
 * paragraphs they are, so the prose recognisers see them; a table of element codes (1.1.1) is
 * never one.
 */
import type { Block, Document } from '../document/model.js';
import { leadingCode } from '../parse/codes.js';

const PARAGRAPH_NUMBER = /^\s*\d{1,2}(?:\.\d{1,2})?\.?\s*$/;
/** A cell this long is a paragraph, not a value. */
const PARAGRAPH_LENGTH = 60;

function isLayoutTable(block: Extract<Block, { kind: 'table' }>): boolean {
  const rows = block.rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length < 3) return false;
  const numbered = rows.filter((r) => PARAGRAPH_NUMBER.test(r.cells[0] ?? '') && leadingCode(r.cells[0] ?? '') === null && r.cells.slice(1).join('').trim() !== '');
  const prose = numbered.filter((r) => r.cells.slice(1).join(' ').length >= PARAGRAPH_LENGTH);
  return numbered.length >= rows.length * 0.8 && prose.length >= numbered.length / 2;
}

export function withLayoutTablesAsParagraphs(document: Document): Document {
  if (!document.blocks.some((b) => b.kind === 'table' && isLayoutTable(b))) return document;
  const blocks = document.blocks.flatMap((block): Block[] => {
    if (block.kind !== 'table' || !isLayoutTable(block)) return [block];
    return block.rows.map((row): Block => {
      const text = row.cells.slice(1).filter((c) => c.trim() !== '').join('\n');
      const number = row.cells[0]!.trim();
      // "1. | Purpose of report": a numbered heading; "4.2 | 11 elements were…": a numbered paragraph.
      return /^\d{1,2}\.?$/.test(number) && text.length < PARAGRAPH_LENGTH && !text.includes('\n')
        ? { kind: 'heading', level: 2, text: `${number} ${text}`, loc: row.loc }
        : { kind: 'paragraph', text: `${number} ${text}`, loc: row.loc };
    });
  });
  return { ...document, blocks };
}
