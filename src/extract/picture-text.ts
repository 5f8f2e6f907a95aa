/**
 * The pictures of an Easy Read (or other accessible) report: each passage beside a picture, a
 * symbol and its description ("★" / "[Picture: a star]"), often as a two-column layout table.
 * What the pictures say is not the report's text: their lines are taken out, a column of
 * pictures with them, and a table left with one column of text is the paragraphs it holds. A
 * print may break a description over lines ("[Picture: a woman" / "smiling]") or set it among the
 * passage's lines: the rest of a description opened above is taken out too.
 *
 * Only in a document that describes its pictures so ("[Picture: …]", "[Image: …]"): a tick or a
 * star elsewhere may be a rating's mark, and stays.
 */
import type { Block, Document, TableRow } from '../document/model.js';

/** "[Picture: a star]", "[Image of a calendar]", or its opening where a line broke it. */
const DESCRIPTION = /\[(?:picture|image|photo|illustration|icon|symbol)\b[^\]]*(\]|$)/giu;
const DESCRIBES = /\[(?:picture|image|photo|illustration|icon|symbol)\s*(?::|of\b)/i;
/** A line of a symbol or two and nothing else ("★", "☺☺", "#", "ℹ", which Unicode calls a letter): a picture's stand-in. */
const SYMBOLS_ONLY = /^\s*(?:[\p{So}\p{Sm}#ℹ]\uFE0F?\s*){1,3}$/u;
/** A few small words closed by a bracket that none opened: "smiling]", "magnifying glass]". */
const REST_OF_DESCRIPTION = /^\s*[\p{Ll}][\p{Ll} -]{0,30}\]\s*$/u;
/** Pictures a document must describe before their lines are taken for pictures. */
const MIN_DESCRIPTIONS = 3;

interface State {
  /** A description opened and not closed: the next line's text up to "]" is its rest. */
  open: boolean;
}

/** A text's lines without its pictures; whether it held a picture at all. */
function withoutPictures(text: string, state: State): { text: string; pictured: boolean } {
  let pictured = false;
  const kept: string[] = [];
  const lines = text.split('\n');
  const described = lines.some((line) => DESCRIBES.test(line));
  for (let line of lines) {
    if (state.open) {
      const end = line.indexOf(']');
      if (end >= 0 && end < 60) {
        line = line.slice(end + 1);
        pictured = true;
      }
      state.open = false;
    }
    line = line.replace(DESCRIPTION, (match, closed: string) => {
      pictured = true;
      if (!closed) state.open = true;
      return '';
    });
    // A symbol line is a picture only beside a description in the same text.
    if (SYMBOLS_ONLY.test(line) && line.trim() !== '' && described) {
      pictured = true;
      continue;
    }
    // The rest of a description a print moved away from its opening ("smiling]" a line or two below "[Picture: a woman").
    if (REST_OF_DESCRIPTION.test(line)) {
      pictured = true;
      continue;
    }
    if (line.trim() === '' && pictured) continue;
    kept.push(line.trim() === '' ? line : line.replace(/\s{2,}/g, ' ').trim());
  }
  return { text: kept.join('\n').trim(), pictured };
}

/** A cell that is a picture and nothing else: symbols, a description, or both. */
function isPictureCell(cell: string, state: State): boolean {
  if (cell.trim() === '') return false;
  const probe = { open: state.open };
  const { text, pictured } = withoutPictures(cell, probe);
  const symbols = SYMBOLS_ONLY.test(cell);
  return (text === '' && pictured) || symbols;
}

function tableWithoutPictures(block: Extract<Block, { kind: 'table' }>, state: State): Block[] {
  const width = Math.max(...block.rows.map((r) => r.cells.length));
  // A column of pictures: every filled cell a picture, one described at least (or the first column's symbols).
  const pictureColumns = new Set<number>();
  for (let c = 0; c < width; c++) {
    const cells = block.rows.map((r) => r.cells[c] ?? '').filter((cell) => cell.trim() !== '');
    const probe = { open: false };
    // The first column may hold the symbols alone where the print set their descriptions apart.
    const described = cells.some((cell) => DESCRIBES.test(cell)) || (c === 0 && cells.every((cell) => SYMBOLS_ONLY.test(cell)));
    if (cells.length > 0 && described && cells.every((cell) => isPictureCell(cell, probe) || /^[^[\]]{0,40}\]\s*$/.test(cell.trim()))) pictureColumns.add(c);
  }
  const rows: TableRow[] = block.rows.map((row) => ({ ...row, cells: row.cells.filter((_, c) => !pictureColumns.has(c)).map((cell) => withoutPictures(cell, state).text) }));
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (filled.length === 0) return [];
  // A layout table: one column of text left, each row a paragraph.
  if (pictureColumns.size > 0 && filled.every((r) => r.cells.filter((c) => c.trim() !== '').length === 1)) {
    return filled.map((r) => ({ kind: 'paragraph', text: r.cells.find((c) => c.trim() !== '')!, loc: r.loc }));
  }
  return [{ ...block, rows: pictureColumns.size > 0 ? filled : rows }];
}

/** The document without its pictures' symbols and descriptions; itself where it describes none. */
export function withoutPictureText(document: Document): Document {
  let descriptions = 0;
  for (const block of document.blocks) {
    const texts = block.kind === 'table' ? block.rows.flatMap((r) => r.cells) : block.kind === 'list' ? block.items : [block.text];
    for (const text of texts) descriptions += (text.match(/\[(?:picture|image|photo|illustration|icon|symbol)\s*(?::|of\b)/gi) ?? []).length;
  }
  if (descriptions < MIN_DESCRIPTIONS) return document;
  const state: State = { open: false };
  const blocks: Block[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'table') {
      blocks.push(...tableWithoutPictures(block, state));
      continue;
    }
    if (block.kind === 'list') {
      const kept = block.items.map((item, i) => ({ text: withoutPictures(item, state).text, loc: block.itemLocs?.[i] })).filter((item) => item.text !== '');
      if (kept.length > 0) blocks.push({ ...block, items: kept.map((item) => item.text), ...(block.itemLocs ? { itemLocs: kept.map((item) => item.loc ?? block.loc) } : {}) });
      continue;
    }
    const { text } = withoutPictures(block.text, state);
    if (text !== '') blocks.push({ ...block, text });
  }
  return { ...document, blocks };
}
