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

  it('writes a mark in <sup> as a superscript, which a rating cell leaves out ("C<sup>1</sup>")', async () => {
    const { blocks } = await readMarkdown('<table><tr><td>2.1.5</td><td>C<sup>1</sup></td><td>m<sup>2</sup> x<sup>n</sup></td></tr></table>\n');
    expect((blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>).rows[0]!.cells).toEqual(['2.1.5', 'C¹', 'm² xn']);
  });

  it('keeps a bare web or e-mail address as the text it is, and a task list as its boxes (GFM without autolink literals)', async () => {
    const { blocks } = await readMarkdown('Contact www.example-council.gov.uk or cse@example-council.gov.uk, https://example.org/a_b_c.\n\n- [x] Compliance\n- [ ] Partial Compliance\n');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: 'Contact www.example-council.gov.uk or cse@example-council.gov.uk, https://example.org/a_b_c.' });
    expect(blocks[1]).toMatchObject({ kind: 'list', items: ['☒ Compliance', '☐ Partial Compliance'] });
  });

  it('leaves out text struck through ("~~5~~ 4"), what a draft changed', async () => {
    const { blocks } = await readMarkdown('~~5~~ 4 elements were rated Compliance Plus.\n\n| Element | Rating |\n|---|---|\n| 2.2.3 | ~~Compliance Plus~~ Compliance |\n');
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', text: '4 elements were rated Compliance Plus.' });
    expect((blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>).rows[1]!.cells).toEqual(['2.2.3', 'Compliance']);
  });

  it('reads Pandoc\'s multiline table (a cell over several lines, rows parted by blank lines) and simple table', async () => {
    const multiline = ['Intro.', '', '---------------------------------------', 'Level      Elements               Number', '---------- ---------------------- ------', 'C+         1.1.1, 2.1.1           2', '', 'Compliance 1.1.2 – 1.3.5;          9', '           all of Criterion 2', '---------------------------------------', '', 'After.'].join('\n');
    const { blocks } = await readMarkdown(multiline);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect((blocks[1] as Extract<(typeof blocks)[number], { kind: 'table' }>).rows.map((r) => [r.cells, r.loc.line])).toEqual([
      [['Level', 'Elements', 'Number'], 4],
      [['C+', '1.1.1, 2.1.1', '2'], 6],
      [['Compliance', '1.1.2 – 1.3.5; all of Criterion 2', '9'], 8],
    ]);
    const simple = await readMarkdown('Criterion  C+   C\n---------- ---- ----\n1          1    10\n2          0    11\n\nAfter.\n');
    expect((simple.blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>).rows.map((r) => r.cells)).toEqual([
      ['Criterion', 'C+', 'C'],
      ['1', '1', '10'],
      ['2', '0', '11'],
    ]);
  });

  it('reads a pipe table\'s rows that open like a numbered list ("1. Customer Insight | 1 | 10") as rows', async () => {
    const { blocks } = await readMarkdown('Criterion | C+ | C\n--- | --: | --:\n1. Customer Insight | 1 | 10\n2. The Culture of the Organisation | 0 | 11\nTotal | 1 | 21\n\n1. A list after it.\n');
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'list']);
    expect((blocks[0] as Extract<(typeof blocks)[number], { kind: 'table' }>).rows.map((r) => [r.cells[0], r.loc.line])).toEqual([
      ['Criterion', 1],
      ['1. Customer Insight', 3],
      ['2. The Culture of the Organisation', 4],
      ['Total', 5],
    ]);
  });

  it('reads a Pandoc inline note as a paragraph of its own after the one it is attached to', async () => {
    const { blocks } = await readMarkdown('Users are profiled every year.^[1.1.1 – Compliance [see *note*].] The insight goes further.\n');
    expect(blocks.map((b) => (b.kind === 'paragraph' ? [b.text, b.loc.line] : b.kind))).toEqual([
      ['Users are profiled every year. The insight goes further.', 1],
      ['1.1.1 – Compliance [see note].', 1],
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
