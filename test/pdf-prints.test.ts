/**
 * Reports laid out by other hands and printed to PDF by different producers (fixtures/pdf-print,
 * scripts/make-pdf-print-fixtures.mjs): the PDF reader gives the tables their Word original gives,
 * cell by cell, and no running header or footer in any block. The reader is tested, not the
 * record, so what extraction makes of the tables is not at stake here.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Block, blockText } from '../src/document/model.js';
import { readReportFile } from '../src/read/index.js';
import { extractFile } from '../src/api.js';
import { formatIndependent, ROOT } from './helpers.js';

const FOLDER = `${ROOT}fixtures/pdf-print`;

type Table = Extract<Block, { kind: 'table' }>;
const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A document's tables as rows of tidied cells, and the titles merged across a table (read as headings between its parts). */
const tablesOf = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table').map((t) => t.rows.map((r) => r.cells.map(tidy)));
/**
 * A soft hyphen the producer drew as a plain hyphen at a line end, in a word the document never
 * writes whole elsewhere: the reader cannot tell it from a compound's own hyphen ("community-led")
 * without a dictionary, and keeps it rather than run two words together. Known, and only this one.
 */
const KEPT_SOFT_HYPHENS: Record<string, string> = { 'dedi-cated': 'dedicated' };
const withKnownLimits = (tables: string[][][]) => tables.map((rows) => rows.map((cells) => cells.map((cell) => cell.replace(/\S+/g, (word) => KEPT_SOFT_HYPHENS[word] ?? word))));

/** Each report, the running header and footer lines it prints on every page, and its PDFs. */
const REPORTS: { stem: string; furniture: RegExp[] }[] = [
  { stem: 'stages-cut-header', furniture: [/Centre for Assessment Ltd – Customer Service Excellence/, /Page \d+ of \d+/] },
  { stem: 'annual-review-totals', furniture: [/CONFIDENTIAL/, /Report ref ASL-2024-117/, /\b\d+ \/ \d+\b/] },
  { stem: 'tick-matrix', furniture: [/Issue 2 · 14 May 2024/, /^- \d+ -$/m] },
  { stem: 'ruled-tables', furniture: [/EASTMOOR DISTRICT COUNCIL/, /Official – Sensitive/, /^Page \d+$/m] },
];

const pdfsOf = (stem: string) =>
  readdirSync(FOLDER)
    .filter((f) => f.startsWith(`${stem}.`) && f.endsWith('.pdf'))
    .sort();

/** A record as its text would compare across formats: no source, no locations, the known soft hyphen as its word. */
const recordOf = (output: Awaited<ReturnType<typeof extractFile>>) =>
  JSON.stringify(formatIndependent(output as Record<string, unknown>), (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\S+/g, (word) => KEPT_SOFT_HYPHENS[word] ?? word) : value));

describe.each(REPORTS)('$stem printed to PDF', ({ stem, furniture }) => {
  it.each(pdfsOf(stem))('%s gives the record its Word original gives', async (file) => {
    const [pdf, word] = await Promise.all([extractFile(`${FOLDER}/${file}`), extractFile(`${FOLDER}/${stem}.docx`)]);
    expect(recordOf(pdf)).toBe(recordOf(word));
  });

  it('is printed by at least two producers', () => {
    expect(pdfsOf(stem).length).toBeGreaterThanOrEqual(2);
  });

  it.each(pdfsOf(stem))('%s gives the Word original’s tables, cell by cell, and no page furniture', async (file) => {
    const [pdf, word] = await Promise.all([readReportFile(`${FOLDER}/${file}`), readReportFile(`${FOLDER}/${stem}.docx`)]);
    expect(withKnownLimits(tablesOf(pdf.document.blocks))).toEqual(tablesOf(word.document.blocks));
    const text = pdf.document.blocks.map(blockText).join('\n');
    for (const line of furniture) expect(text).not.toMatch(line);
  });
});

/** What the extractor can rely on in every print, stated once per fact. */
describe('facts of the printed tables', () => {
  const tablesIn = async (file: string) => tablesOf((await readReportFile(`${FOLDER}/${file}`)).document.blocks);

  it.each(pdfsOf('stages-cut-header'))('%s: a score-table header cut by the page break is one row, its broken criterion words whole', async (file) => {
    const [scores] = await tablesIn(file);
    expect(scores![0]).toEqual(['', '1 – Customer Insight', '2 – The Culture of the Organisation', '3 – Information and Access', '4 – Delivery', '5 – Timeliness and Quality of Service']);
    expect(scores!.map((row) => row[0])).toEqual(['', 'Non-Compliance', 'Partial Compliance', 'Compliance', 'Compliance Plus']);
  });

  it.each(pdfsOf('annual-review-totals'))('%s: a label merged down four rows is spread over them, as the Word reader spreads it', async (file) => {
    const totals = (await tablesIn(file)).find((t) => t[0]![0] === 'Totals');
    expect(totals).toEqual([
      ['Totals', 'Compliant Plus', '6'],
      ['Totals', 'Compliant', '48'],
      ['Totals', 'Partial Compliant', '3'],
      ['Totals', 'Non Compliant', '0'],
    ]);
  });

  it.each(pdfsOf('tick-matrix'))('%s: ticks and crosses in symbol fonts and Unicode read ✓ and ✗', async (file) => {
    const tables = await tablesIn(file);
    const matrices = tables.filter((t) => t[0]![0] === 'Element' && t[0]![1] === 'Compliance Plus');
    expect(matrices).toHaveLength(5);
    for (const matrix of matrices) for (const row of matrix.slice(1)) expect(row.slice(1).sort()).toEqual(['', '', '', '✓']);
    const checklist = tables.find((t) => t[0]![0] === 'Evidence');
    expect(checklist!.slice(1).map((row) => row.slice(1).join(''))).toEqual(['✓', '✗', '✓', '✗', '✗']);
  });
});
