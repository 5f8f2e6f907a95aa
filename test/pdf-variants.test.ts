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

/** Chromium's print of a key-facts table (blind2 harbourside): borders drawn cell by cell, a title row and values merged across columns. */
describe('a bordered table whose borders a browser draws cell by cell', () => {
  const h = (at: number, from: number, to: number): Ruling => ({ orientation: 'h', at, from, to });
  const v = (at: number, from: number, to: number): Ruling => ({ orientation: 'v', at, from, to });
  const text = (t: string, x: number, y: number): Fragment => ({ text: t, x, right: x + 5 * t.length, y, size: 10, font: 'f', bold: false, italic: false });
  const columns = [34, 154, 321, 441, 578];
  // Each border in segments, one per column; column lines only where the row's cells are not merged.
  const across = (at: number) => columns.slice(0, -1).map((x, k) => h(at, x, columns[k + 1]!));

  it('keeps a border under cells merged across columns, which meets no column line of its own', () => {
    const rulings = [
      ...[657, 639, 621, 603].flatMap(across),
      v(34, 639, 657), v(578, 639, 657),
      v(34, 621, 639), v(154, 621, 639), v(578, 621, 639),
      ...[34, 154, 321, 441, 578].map((x) => v(x, 603, 621)),
    ];
    const fragments = [text('Client and assessment details', 39, 644), text('Client', 39, 626), text('Harbourside Borough Council', 159, 626), text('Standard', 39, 608), text('CSE (2008)', 159, 608), text('Report ref.', 326, 608), text('SGS/12/0417', 446, 608)];
    const { tables } = gridTables(rulings, fragments);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      ['Client and assessment details', 'Client and assessment details', 'Client and assessment details', 'Client and assessment details'],
      ['Client', 'Harbourside Borough Council', 'Harbourside Borough Council', 'Harbourside Borough Council'],
      ['Standard', 'CSE (2008)', 'Report ref.', 'SGS/12/0417'],
    ]);
  });
});

/** Chromium's print of blind2 tamar: a rating merged over two "Result" columns, the table's last row alone on the next page. */
describe('a table whose next page has no line between two columns every row there merges', () => {
  it('is joined to the table of the page before, the merged cell in both columns', async () => {
    const { layoutBlocks } = await import('../src/read/pdf/layout.js');
    const grid = (page: number, top: number, columns: number[], rows: string[][]) => ({ kind: 'table' as const, table: { top, bottom: top - rows.length * 20, columns, rows: rows.map((cells, i) => ({ cells, spansTable: false, top: top - i * 20, page })) } });
    const tables = layoutBlocks([
      { page: 1, items: [grid(1, 300, [34, 100, 420, 500, 578], [['Element', 'Evidence', 'Result', 'Result'], ['', '', 'Launceston Road', 'Tavy Meadows'], ['5.2.2', 'Reception staff route enquiries', 'Compliant Plus', 'Compliant Plus']])] },
      { page: 2, items: [grid(2, 780, [34, 100, 420, 578], [['5.2.5', 'Prompt responses to enquiries.', 'Compliant']])] },
    ]).filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.kind === 'table' && tables[0]!.rows.at(-1)!.cells).toEqual(['5.2.5', 'Prompt responses to enquiries.', 'Compliant', 'Compliant']);
  });
});

/** LibreOffice's print of blind4 glenholm: a box drawn round each line of a key, the first ending "0 = Non-". */
describe('boxes drawn round two lines of one paragraph', () => {
  it('join a word the upper box broke at a hyphen with the lower box\'s text', async () => {
    const { layoutBlocks } = await import('../src/read/pdf/layout.js');
    const box = (top: number, bottom: number, text: string) => ({ kind: 'table' as const, table: { top, bottom, columns: [56.8, 551.2], rows: [{ cells: [text], spansTable: false, top }] } });
    const blocks = layoutBlocks([{ page: 1, items: [box(607.8, 589.9, 'Each element is scored: 3 = Compliance Plus; 0 = Non-'), box(586.9, 569.1, 'Compliance.')] }]);
    expect(blocks.map((b) => b.kind === 'paragraph' && b.text)).toEqual(['Each element is scored: 3 = Compliance Plus; 0 = Non-Compliance.']);
    // A box further down is a box of its own.
    expect(layoutBlocks([{ page: 1, items: [box(607.8, 589.9, 'Scored 0 = Non-'), box(560, 540, 'Compliance.')] }])).toHaveLength(2);
  });
});
