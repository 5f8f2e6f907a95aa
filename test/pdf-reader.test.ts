/** The PDF reader on the PDF fixtures: what the layout must give beyond the records the twin tests compare. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { blockText } from '../src/document/model.js';
import { readReportFile } from '../src/read/index.js';
import { ROOT } from './helpers.js';

const blocksOf = async (stem: string) => (await readReportFile(`${ROOT}fixtures/pdf/${stem}.pdf`)).document.blocks;
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('PDF reader', () => {
  it('gives every block its page number', async () => {
    const blocks = await blocksOf('melton');
    expect(blocks.every((b) => Number.isInteger(b.loc.page) && b.loc.page! >= 1)).toBe(true);
    expect(new Set(blocks.map((b) => b.loc.page)).size).toBeGreaterThan(5);
  });

  it('drops the running header and the "Page N of M" footer', async () => {
    const text = (await blocksOf('stockton')).map(blockText).join('\n');
    expect(text).not.toMatch(/Customer Service Excellence – stockton/);
    expect(text).not.toMatch(/Page \d+ of \d+/);
  });

  it('rebuilds a bordered table whose cells wrap, joining the words its narrow columns broke ("Deliv" / "ery")', async () => {
    const [, initial] = tables(await blocksOf('stockton'));
    // The Word twin's criterion columns are 35 pt wide: LibreOffice broke every long header word.
    expect(initial!.rows[0]!.cells[4]).toBe('4-\nDelivery');
    expect(initial!.rows[0]!.cells.map((c) => c.replace(/\s+/g, ' '))).toEqual([
      '',
      '1 – Customer insight',
      '2- Culture of the organisation',
      '3 – Information and Access',
      '4- Delivery',
      '5- Timeliness & Quality of Service',
    ]);
    const tidy = (cells: string[]) => cells.map((c) => c.replace(/\s+/g, ' '));
    expect(tidy(initial!.rows[1]!.cells)).toEqual(['Non-Compliance', '0', '0', '0', '0', '0']);
    // criterion 1's 0 is one cell merged down two rows in the Word twin: spread over both
    expect(tidy(initial!.rows[2]!.cells)).toEqual(['Partial Compliance', '0', '0', '0', '0', '0']);
  });

  it('joins a table that runs over a page break into one, its repeated header dropped', async () => {
    const table = tables(await blocksOf('melton')).find((t) => t.rows.some((r) => r.cells[0]!.startsWith('5.3.2')));
    expect(table!.rows.filter((r) => r.cells[0] === 'Element')).toHaveLength(1);
    expect(table!.rows.map((r) => r.cells[0]!.slice(0, 5))).toEqual(['Eleme', '5.3.1', '5.3.2', '5.3.3']);
    expect(table!.rows[2]!.cells[1]).toMatch(/failing to meet all the\sstandards for timeliness/);
  });

  it('rebuilds a table without borders from where its text starts, a blank first cell kept', async () => {
    const table = tables(await blocksOf('northbridge-library')).find((t) => t.rows.some((r) => r.cells[1]?.startsWith('Elements previously identified')));
    expect(table?.rows.map((r) => r.cells[0])).toEqual(['Element', '', 'I.2.1', '1.1.3.', '213']);
    expect(table?.rows[1]!.cells[1]!.replace(/\s+/g, ' ')).toBe(
      'Elements previously identified as CP (ie 111, 211, 224, 321, 341) all remain CP. Further evidence was provided for the remaining CP element, shown below, and the following 2 additional CP elements have been identified',
    );
  });

  it('reads lines laid out with tabs as a table, the empty first cells kept', async () => {
    // The header pdfjs gives as one item ("Element Accreditation") is cut over the columns its first word starts.
    const table = tables(await blocksOf('harrowfield-nhs')).find((t) => t.rows[1]?.cells.join('|') === '1.1|1.1.1|Compliance');
    expect(table?.rows.slice(0, 4).map((r) => r.cells)).toEqual([
      ['', 'Element', 'Accreditation'],
      ['1.1', '1.1.1', 'Compliance'],
      ['', '1.1.2', 'Compliance'],
      ['', '1.1.3', 'Compliance plus'],
    ]);
  });
});

describe('pdfjs-dist in this process', () => {
  it("leaves the engine's own Array.prototype.push, JSON.stringify and JSON.parse in place after reading a PDF (the legacy build's polyfills of them are slow)", () => {
    // A fresh process, as the CLI runs: the built reader, imported the way the CLI imports it.
    const script = `
      const engine = [Array.prototype.push, JSON.stringify, JSON.parse];
      const { readReportFile } = await import(${JSON.stringify(`${ROOT}dist/read/index.js`)});
      await readReportFile(${JSON.stringify(`${ROOT}fixtures/pdf/melton.pdf`)});
      process.stdout.write(String([Array.prototype.push, JSON.stringify, JSON.parse].map((f, i) => f === engine[i])));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('true,true,true');
  });
});
