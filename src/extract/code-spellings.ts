/**
 * Element codes a report spells its own way, written as the standard writes them before any
 * recogniser reads the text: "2. 2. 4" and "1-3-4" become "2.2.4" and "1.3.4" wherever they stand,
 * and "1.2 (3)" becomes "1.2.3" where it is a whole cell or opens a line (elsewhere "1.2 (3)" may
 * be a sub-criterion and a count). Only spellings of codes the standard has are rewritten, so a
 * recogniser reading "x.y.z" reads every report alike, and sentences are not split at "2. 2".
 */
import type { Block, Document } from '../document/model.js';
import { parseCode } from '../parse/codes.js';

/** A code with a space beside a dot, or hyphens for dots: not the standard's spelling. */
const SPELT = /(?<![\d.-])(?:[1-5]\s?\.\s?[1-4]\s?\.\s?[1-9]|[1-5]-[1-4]-[1-9])(?![\d]|[.-]\d)/g;
const BRACKETED_OPENING = /^(\s*(?:[•·▪◦*-]\s*)?)([1-5]\.[1-4])\s?\(([1-9])\)(?=$|[\s:;,.–—-])/gm;

function respelt(text: string): string {
  return text
    .replace(SPELT, (m) => (/[\s-]/.test(m) ? (parseCode(m.replace(/\s/g, '')) ?? m) : m))
    .replace(BRACKETED_OPENING, (m, lead: string, sub: string, element: string) => {
      const code = parseCode(`${sub}.${element}`);
      return code ? `${lead}${code}` : m;
    });
}

function blockRespelt(block: Block): Block {
  switch (block.kind) {
    case 'table':
      return { ...block, rows: block.rows.map((row) => ({ ...row, cells: row.cells.map(respelt) })) };
    case 'list':
      return { ...block, items: block.items.map(respelt) };
    default:
      return { ...block, text: respelt(block.text) };
  }
}

export function withStandardCodeSpellings(document: Document): Document {
  return { ...document, blocks: document.blocks.map(blockRespelt) };
}
