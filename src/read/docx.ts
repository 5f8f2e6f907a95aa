/**
 * Word (.docx) into the document model: mammoth turns the document into HTML (headings from
 * Word's heading styles, tables with their spans) and html-blocks.ts that into blocks. Merged
 * cells are spread over the cells they cover; a full-width merged row inside a table is a title
 * between two tables; a header row repeated inside a table is dropped. Ticks and crosses read as
 * `✓` and `✗`, from Unicode or from a symbol font (marks.ts); text struck through is left out;
 * soft hyphens, which show only where a line breaks, are dropped.
 */
import mammoth from 'mammoth';
import type { Document, ReaderDiagnostic } from '../document/model.js';
import { checkWordPackage } from './docx-package.js';
import { htmlBlocks } from './html-blocks.js';
import { markedRatingOfScale } from './marked-rating.js';
import { markInSymbolFont } from './marks.js';
import { joinTabLaidTables } from './tab-laid.js';

export interface DocxOptions {
  /** Most bytes the package may expand to (zip-bomb guard). */
  maxUnpackedBytes?: number;
}

/** Styles report templates use for titles that mammoth does not map by default. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Mammoth messages that say only that a template style has no HTML meaning: kept, as info. */
const ROUTINE_MESSAGE = /^Unrecognised (paragraph|run|table) style/;

export async function readDocx(path: string, bytes: Buffer, options: DocxOptions = {}): Promise<Document> {
  await checkWordPackage(path, bytes, options.maxUnpackedBytes);
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      styleMap: STYLE_MAP,
      // Images are not part of a report's data; reading them would only cost memory.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      externalFileAccess: false,
      transformDocument: (document: MammothElement) => withMarkedRatingOnly(withoutStruckText(withSymbolFontMarks(document))),
    },
  );
  // Every paragraph, heading, list item and table row is numbered in document order, empty ones too.
  let paragraph = 0;
  const blocks = htmlBlocks(result.value, () => ({ paragraph: ++paragraph }), { sourcePositions: false });
  return { blocks: joinTabLaidTables(blocks), diagnostics: diagnosticsOf(result.messages) };
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
  isStrikethrough?: boolean;
  isBold?: boolean;
  value?: string;
  children?: MammothElement[];
}

/**
 * The document without the text its author struck through: a draft marks a changed rating or count
 * by striking the old one through beside the new ("~~Compliance Plus~~ Compliance", "~~5~~ 4"),
 * and what is struck through is what the report no longer says. Mammoth keeps struck text as
 * plain text by default, which reads the cell as holding both.
 */
function withoutStruckText(element: MammothElement): MammothElement {
  if (element.children) element.children = element.children.filter((child) => !(child.type === 'run' && child.isStrikethrough)).map(withoutStruckText);
  return element;
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



/** The text of a run: its text children, joined. */
function runText(run: MammothElement): string {
  return (run.children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : '')).join('');
}

/**
 * A paragraph printing the whole rating scale ("C+  C  PC  NC") with the awarded rating in bold,
 * as the bold rating alone: the plain words are the scale, not the assessor's judgement.
 */
function withMarkedRatingOnly(element: MammothElement): MammothElement {
  if (element.type === 'paragraph' && element.children?.every((child) => child.type === 'run')) {
    const runs = element.children;
    const marked = markedRatingOfScale(runs.map((run) => ({ text: runText(run), marked: run.isBold === true })));
    if (marked !== null) element.children = runs.filter((run) => run.isBold === true);
    return element;
  }
  for (const child of element.children ?? []) withMarkedRatingOnly(child);
  return element;
}
