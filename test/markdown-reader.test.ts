/** The Markdown reader: headings, bold title lines, pipe tables, tab-laid tables, source lines. */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/read/markdown.js';

describe('readMarkdown', () => {
  it('keeps headings with their level and line, and reads a bold-only line as a title', async () => {
    const { blocks } = await readMarkdown('# Report\n\n**Section D: 24-month Review Report**\n\nSome **bold** prose.\n');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, text: 'Report', loc: { line: 1 } },
      { kind: 'heading', level: 6, text: 'Section D: 24-month Review Report', loc: { line: 3 } },
      { kind: 'paragraph', text: 'Some bold prose.', loc: { line: 5 } },
    ]);
  });

  it('reads a footnote\'s text where it is written, and leaves its reference out of the sentence', async () => {
    const { blocks } = await readMarkdown('Action has not been taken (element 5.3.1).[^2] All other elements are compliant.\n\n[^2]: Element 3.3.3, partially compliant in 2013, is now compliant.\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual([
      'Action has not been taken (element 5.3.1). All other elements are compliant.',
      'Element 3.3.3, partially compliant in 2013, is now compliant.',
    ]);
  });

  it('reads a pipe table, header row included, each row with its line', async () => {
    const { blocks } = await readMarkdown('| Element | Justification |\n|---|---|\n| 1.1.1 | Detailed analysis |\n');
    expect(blocks[0]).toEqual({
      kind: 'table',
      loc: { line: 1 },
      rows: [
        { cells: ['Element', 'Justification'], loc: { line: 1 } },
        { cells: ['1.1.1', 'Detailed analysis'], loc: { line: 3 } },
      ],
    });
  });

  it('reads a table of thousands of rows in pieces: every row, its cells as remark-gfm gives them, its line, and the lines after it', async () => {
    const rows = Array.from({ length: 1_234 }, (_, i) => `| ${i} | **Compliance** | a \\| b |`);
    const { blocks } = await readMarkdown(`# Scores\n\n| n | Rating | Note |\n| --- | --- | --- |\n${rows.join('\n')}\n\nAfter the table.\n`);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'table', 'paragraph']);
    const table = blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>;
    expect(table.rows).toHaveLength(1_235);
    // Rows 1 to 500 are remark's own parse of the table; 501 on are read in pieces of 500.
    for (const n of [0, 499, 500, 999, 1_000, 1_233]) expect(table.rows[n + 1]).toEqual({ cells: [String(n), 'Compliance', 'a | b'], loc: { line: 5 + n } });
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: 'After the table.', loc: { line: 5 + 1_234 + 1 } });
  });

  it('reads tab-separated lines as a table, keeping the empty first cell of an indented line', async () => {
    const { blocks } = await readMarkdown('Criteria 1\n\n\tElement\tAccreditation\n1.1\t1.1.1\tCompliance\n\t1.1.2\tCompliance\n');
    expect(blocks).toHaveLength(2);
    const table = blocks[1]!;
    expect(table.kind === 'table' && table.rows.map((r) => r.cells)).toEqual([
      ['', 'Element', 'Accreditation'],
      ['1.1', '1.1.1', 'Compliance'],
      ['', '1.1.2', 'Compliance'],
    ]);
  });

  it('joins a tab-laid table that a blank line split in two', async () => {
    const { blocks } = await readMarkdown('Element\tJustification\n112\tFirst reason\n\n212\tSecond reason\n');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.kind === 'table' && blocks[0]!.rows.map((r) => r.cells[0])).toEqual(['Element', '112', '212']);
  });

  it('strips inline HTML such as <sup> and <b>', async () => {
    const { blocks } = await readMarkdown('<b>Date</b> 17<sup>th</sup> July 2020\n');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Date 17th July 2020' });
  });
});
