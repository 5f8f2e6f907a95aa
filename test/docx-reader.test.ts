/**
 * The Word reader on the Word fixtures: each habit the fixture script gave a report
 * (scripts/make-word-fixtures.mjs, WORD_HABITS) is read as the document model expects.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { readDocx } from '../src/read/docx.js';
import { readReportFile } from '../src/read/index.js';
import { ROOT } from './helpers.js';

const word = (stem: string) => `${ROOT}fixtures/word/${stem}.docx`;
const blocksOf = async (stem: string) => (await readReportFile(word(stem))).document.blocks;
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const html = async (stem: string) => (await mammoth.convertToHtml({ buffer: readFileSync(word(stem)) })).value;

describe('merged cells (stockton)', () => {
  it('the fixture really has a cell merged down two rows and one merged across five columns', async () => {
    const markup = await html('stockton');
    expect(markup).toContain('rowspan="2"');
    expect(markup).toContain('colspan="5"');
  });

  it('spreads a cell merged down two rows over both rows', async () => {
    const [, initial] = tables(await blocksOf('stockton'));
    expect(initial!.rows[1]!.cells).toEqual(['Non-Compliance', '0', '0', '0', '0', '0']);
    expect(initial!.rows[2]!.cells).toEqual(['Partial Compliance', '0', '0', '0', '0', '0']);
  });

  it('spreads a cell merged across five columns over all five', async () => {
    const [, , review] = tables(await blocksOf('stockton'));
    expect(review!.rows[1]!.cells).toEqual(['Non-Compliance', '0', '0', '0', '0', '0']);
    expect(review!.rows[4]!.cells).toEqual(['Compliance Plus', '5', '6', '5', '0', '1']);
  });
});

describe('an element table running on under repeated headers (melton)', () => {
  it('the fixture has one Word table holding criterion 1, its sub-criterion titles as merged rows', async () => {
    const markup = await html('melton');
    expect(markup).toMatch(/<td colspan="2"><p><strong>1\.2 Engagement and Consultation<\/strong><\/p><\/td>/);
  });

  it('reads the merged title rows as titles between tables, each table with one header row', async () => {
    const blocks = await blocksOf('melton');
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === '1.2 Engagement and Consultation');
    expect(blocks[at - 1]?.kind).toBe('table');
    const next = blocks[at + 1] as Extract<Block, { kind: 'table' }>;
    expect(next.rows[0]!.cells).toEqual(['Element', 'Assessor Report']);
    expect(next.rows.slice(1).map((r) => r.cells[0]!.slice(0, 5))).toEqual(['1.2.1', '1.2.2', '1.2.3']);
  });

  it('never keeps a header row inside a table', async () => {
    for (const table of tables(await blocksOf('melton'))) {
      expect(table.rows.slice(1).some((r) => r.cells.join() === table.rows[0]!.cells.join())).toBe(false);
    }
  });
});

describe('cells of several paragraphs (northbridge-library)', () => {
  it('keeps the paragraphs of a cell in that cell, one per line', async () => {
    const cell = tables(await blocksOf('northbridge-library'))
      .flatMap((t) => t.rows)
      .find((r) => r.cells[1]?.startsWith('Elements previously identified as CP'))?.cells[1];
    expect(cell?.split('\n')).toEqual([
      'Elements previously identified as CP (ie 111, 211, 224, 321, 341) all remain CP.',
      'Further evidence was provided for the remaining CP element, shown below, and the following 2 additional CP elements have been identified',
    ]);
  });
});

describe('headings made only of bold text (moors-committee)', () => {
  it('reads a bold-only paragraph as a title line', async () => {
    const blocks = await blocksOf('moors-committee');
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 6).length).toBeGreaterThan(3);
    expect(blocks.some((b) => b.kind === 'heading' && b.level < 6)).toBe(false);
  });
});

describe('tab-laid lines (harrowfield-nhs)', () => {
  it('reads paragraphs typed with tabs as one table, an empty first cell kept', async () => {
    const table = tables(await blocksOf('harrowfield-nhs')).find((t) => t.rows[0]!.cells.join('|') === '|Element|Accreditation');
    expect(table?.rows[1]!.cells).toEqual(['1.1', '1.1.1', 'Compliance']);
    expect(table?.rows[2]!.cells).toEqual(['', '1.1.2', 'Compliance']);
  });

  it('numbers each block by its paragraph in the document', async () => {
    const blocks = await blocksOf('harrowfield-nhs');
    const numbers = blocks.map((b) => b.loc.paragraph!);
    expect(numbers.every((n, i) => i === 0 || n > numbers[i - 1]!)).toBe(true);
  });
});

describe('text struck through (a draft\'s changed rating)', () => {
  it('leaves out a struck-through run and keeps the text beside it', async () => {
    const zip = await JSZip.loadAsync(readFileSync(word('melton')));
    const run = (text: string, struck: boolean) => `<w:r>${struck ? '<w:rPr><w:strike/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<w:body>[\s\S]*<w:sectPr/, `<w:body><w:p>${run('Rated ', false)}${run('Compliance Plus', true)}${run(' Compliance', false)}</w:p><w:sectPr`);
    zip.file('word/document.xml', xml);
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const { blocks } = await readDocx('struck.docx', bytes);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(['Rated Compliance']);
  });
});
