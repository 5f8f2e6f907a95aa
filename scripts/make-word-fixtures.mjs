#!/usr/bin/env node
/**
 * Makes the Word twin of every Markdown report fixture: fixtures/reports/<stem>.md → fixtures/word/<stem>.docx.
 *
 * The Markdown is parsed with remark (the library, not cse's reader) and written as a real Word
 * document with the `docx` package: Markdown headings become Word heading styles, bold-only lines
 * stay bold paragraphs, lists are Word numbering, tables are Word tables with a repeating header
 * row, tab-laid lines are paragraphs with real tab characters. On top of that, each report gets
 * the Word habits listed in WORD_HABITS, so the reader meets what real Word reports contain:
 * merged cells, cells of several paragraphs, headings made only of bold text, and an element
 * table that runs on under repeated header rows with its sub-criterion titles as merged rows.
 *
 * Usage: node scripts/make-word-fixtures.mjs   (then commit fixtures/word/*.docx)
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Packer, wordDocument } from './word/markdown-to-docx.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SOURCE = join(ROOT, 'fixtures/reports');
const TARGET = join(ROOT, 'fixtures/word');

/**
 * Per report, the Word habits its twin is given. Each keeps the text; only the layout changes.
 * - mergeCells: cells of one table (by its index among the report's tables) merged in Word. The
 *   Markdown cells a merge covers must hold the same text (checked), since a reader spreads a
 *   merged cell's text over the cells it covers.
 * - paragraphCells: tables whose header starts with this text have each cell's sentences as
 *   separate paragraphs.
 * - runOnTables: consecutive tables with this header, each under a heading of this depth, become
 *   one table: the headings become rows merged across the table, and the header row repeats.
 * - borderless: tables whose header starts with this text are drawn without borders, so the
 *   PDF reader must find their columns from where the text starts.
 * - bodyStyle: a template paragraph style (unknown to mammoth) given to every prose paragraph.
 * - narrowColumns: tables whose header row holds this text get these fixed column widths (in
 *   twentieths of a point), so narrow that Word breaks the header's words inside them ("Deliv" /
 *   "ery"), as seed 001's Section A does.
 * - boldHeadings: Markdown headings from this depth on are written as bold paragraphs, not heading
 *   styles (a committee paper's numbered section titles; its title keeps the Title style).
 */
const WORD_HABITS = {
  stockton: {
    mergeCells: [
      { table: 1, row: 1, col: 1, rowSpan: 2, colSpan: 1 },
      { table: 2, row: 1, col: 1, rowSpan: 1, colSpan: 5 },
    ],
    narrowColumns: { header: '4- Delivery', widths: [5500, 700, 700, 700, 700, 700] },
  },
  'northbridge-library': { paragraphCells: 'Element', borderless: 'Element' },
  melton: { runOnTables: { header: 'Element', headingDepth: 4 } },
  'harrowfield-nhs': { paragraphCells: 'Element', bodyStyle: 'Report Body' },
  'moors-committee': { boldHeadings: 1 },
  'kestrel-housing-committee': { boldHeadings: 2 },
};

mkdirSync(TARGET, { recursive: true });
for (const file of readdirSync(SOURCE).filter((f) => f.endsWith('.md')).sort()) {
  const stem = file.replace(/\.md$/, '');
  const buffer = await Packer.toBuffer(wordDocument(stem, readFileSync(join(SOURCE, file), 'utf8'), WORD_HABITS[stem] ?? {}));
  writeFileSync(join(TARGET, `${stem}.docx`), buffer);
  console.log(`fixtures/word/${stem}.docx  ${buffer.length} bytes`);
}
