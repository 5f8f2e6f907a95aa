/**
 * PDFs unlike LibreOffice's exports extract to the same record as their Markdown twins:
 * printed by a web browser (fixtures/pdf-browser, scripts/make-browser-pdf-fixtures.mjs), whose
 * rows cut by a page break have no border at the cut; and turned (fixtures/pdf-turned,
 * scripts/make-turned-pdf-fixtures.mjs): drawn turned and rotated back, shown sideways, upside down.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { gridTables } from '../src/read/pdf/grid-tables.js';
import type { Fragment } from '../src/read/pdf/fragments.js';
import type { Ruling } from '../src/read/pdf/rulings.js';
import { ROOT, formatIndependent } from './helpers.js';

const stemsIn = (folder: string) =>
  readdirSync(`${ROOT}fixtures/${folder}`)
    .filter((f) => f.endsWith('.pdf'))
    .map((f) => f.replace(/\.pdf$/, ''));

describe.each([
  ['printed by a browser', 'pdf-browser', ['kestrel-housing-committee', 'melton', 'moors-committee', 'stockton']],
  ['turned', 'pdf-turned', ['kestrel-housing-committee', 'moors-committee', 'stockton']],
])('PDFs %s', (_how, folder, stems) => {
  it('are there', () => expect(stemsIn(folder)).toEqual(stems));

  it.each(stems)('%s extracts to the same record as its Markdown twin', async (stem) => {
    const [fromPdf, fromMarkdown] = await Promise.all([extract(`${ROOT}fixtures/${folder}/${stem}.pdf`), extract(`${ROOT}fixtures/reports/${stem}.md`)]);
    expect(formatIndependent(fromPdf)).toEqual(formatIndependent(fromMarkdown));
  });
});

describe('a bordered table cut by the foot of the page with no border at the cut', () => {
  const h = (at: number): Ruling => ({ orientation: 'h', at, from: 78, to: 517 });
  const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'v', at, from, to });
  const text = (t: string, x: number, y: number): Fragment => ({ text: t, x, right: x + 5 * t.length, y, size: 10, font: 'f', bold: false, italic: false });

  it('keeps the cut row open to where its side borders end, so its last lines stay in it', () => {
    // Two rows; the second's side borders run from its top border (80) down to 35, where the page ends.
    const rulings = [h(142), h(80), ...[78, 298, 517].flatMap((x) => [v(x, 80, 142), v(x, 35, 80)])];
    const fragments = [text('1.1.1', 84, 120), text('Detailed analysis', 304, 120), text('1.1.3', 84, 57), text('Range and depth', 304, 57), text('taken to reach', 304, 44)];
    const { tables, rest } = gridTables(rulings, fragments);
    expect(rest).toEqual([]);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      ['1.1.1', 'Detailed analysis'],
      ['1.1.3', 'Range and depth\ntaken to reach'],
    ]);
  });

  it('does not open a table one stray line runs past', () => {
    const rulings = [h(142), h(80), ...[78, 298].map((x) => v(x, 80, 142)), v(517, 10, 142)];
    const { tables, rest } = gridTables(rulings, [text('1.1.1', 84, 120), text('Below the table', 84, 57)]);
    expect(tables[0]!.rows.map((r) => r.cells[0])).toEqual(['1.1.1']);
    expect(rest.map((f) => f.text)).toEqual(['Below the table']);
  });
});
