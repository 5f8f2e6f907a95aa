/**
 * The Markdown reader's other tables: raw HTML (html-blocks.ts, as the Word reader reads it) and
 * Pandoc's grid tables (@adobe/remark-gridtables), each row at its line in the file.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { readMarkdown } from '../src/read/markdown.js';
import { ROOT } from './helpers.js';

async function blocksOf(markdown: string): Promise<Block[]> {
  return (await readMarkdown(markdown)).blocks;
}

function rowsOf(block: Block | undefined): { cells: string[]; line: number | undefined }[] {
  if (block?.kind !== 'table') throw new Error(`not a table: ${JSON.stringify(block)}`);
  return block.rows.map((row) => ({ cells: row.cells, line: row.loc.line }));
}

const kinds = (blocks: readonly Block[]) => blocks.map((block) => block.kind);

describe('HTML tables in Markdown', () => {
  it('reads a table as a table block, each row at its line, a <br> as a line break and Markdown-like text as written', async () => {
    const blocks = await blocksOf(
      [
        '# Scores by criterion',
        '',
        '<table border="1" cellpadding="3"><thead><tr><th>Criterion</th><th>Partial</th><th>Full</th></tr></thead><tbody>',
        '<tr><td>1. Customer Insight</td><td>1</td><td>10</td></tr>',
        '<tr><td>Note</td><td>Compliance<br>Plus</td><td>**2**</td></tr>',
        '<tr><td><strong>All criteria</strong></td><td><strong>4</strong></td><td><strong>50</strong></td></tr></tbody></table>',
        '',
        'After the table.',
      ].join('\n'),
    );
    expect(kinds(blocks)).toEqual(['heading', 'table', 'paragraph']);
    expect(blocks[1]!.loc).toEqual({ line: 3 });
    expect(rowsOf(blocks[1])).toEqual([
      { cells: ['Criterion', 'Partial', 'Full'], line: 3 },
      { cells: ['1. Customer Insight', '1', '10'], line: 4 },
      { cells: ['Note', 'Compliance\nPlus', '**2**'], line: 5 },
      { cells: ['All criteria', '4', '50'], line: 6 },
    ]);
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: 'After the table.', loc: { line: 8 } });
  });

  it('reads a table that blank lines split into several HTML blocks, with a paragraph and indented code between, as one table', async () => {
    const blocks = await blocksOf(
      [
        '<table>',
        '<tr><th>Element</th><th>Rating</th></tr>',
        '',
        '<tr><td>1.1.1</td><td>',
        '',
        'Compliance Plus',
        '',
        '</td></tr>',
        '',
        '    <tr><td>1.1.2</td><td>Partial</td></tr>',
        '',
        '</table>',
        '',
        '## After',
      ].join('\n'),
    );
    expect(kinds(blocks)).toEqual(['table', 'heading']);
    expect(rowsOf(blocks[0])).toEqual([
      { cells: ['Element', 'Rating'], line: 2 },
      { cells: ['1.1.1', 'Compliance Plus'], line: 4 },
      { cells: ['1.1.2', 'Partial'], line: 10 },
    ]);
    expect(blocks[1]).toEqual({ kind: 'heading', level: 2, text: 'After', loc: { line: 14 } });
  });

  it('spreads colspan and rowspan as the Word reader does', async () => {
    const blocks = await blocksOf('<table><tr><td rowspan="2">1.1</td><td colspan="2">Customer Identification</td></tr><tr><td>1.1.1</td><td>Compliant</td></tr></table>\n');
    expect(rowsOf(blocks[0]).map((row) => row.cells)).toEqual([
      ['1.1', 'Customer Identification', 'Customer Identification'],
      ['1.1', '1.1.1', 'Compliant'],
    ]);
  });

  it('reads a table that lays the page out (a cell holding a heading or a table) as the blocks in its cells, in order', async () => {
    const blocks = await blocksOf(
      '<table><tr><td><h2>Compliance Plus</h2><table><tr><th>Element</th><th>Rating</th></tr><tr><td>1.1.1</td><td>C+</td></tr></table></td><td><h2>Partial</h2><p>None.</p></td></tr></table>\n',
    );
    expect(blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells) : `${b.kind}: ${b.kind === 'list' ? b.items.join() : b.text}`))).toEqual([
      'heading: Compliance Plus',
      [['Element', 'Rating'], ['1.1.1', 'C+']],
      'heading: Partial',
      'paragraph: None.',
    ]);
  });

  it('reads a table of one cell (a box drawn round a cover panel) as prose, not as a table', async () => {
    const blocks = await blocksOf('<table><tr><td><p>Westshire Constabulary</p><p>Review type: Annual Review</p><p>Report issued: 10 March 2021</p></td></tr></table>\n');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(blocks[0]!.kind === 'paragraph' && blocks[0]!.text.split('\n')).toEqual(['Westshire Constabulary', 'Review type: Annual Review', 'Report issued: 10 March 2021']);
  });

  it('reads other HTML blocks through the same walker: headings, paragraphs, bold titles and lists, each at its line', async () => {
    const blocks = await blocksOf(['<h2>Outcome</h2>', '<p>The service <b>met</b> the standard.</p>', '<div><p><strong>Next steps</strong></p></div>', '<ul><li>One</li>', '<li>Two</li></ul>'].join('\n'));
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Outcome', loc: { line: 1 } },
      { kind: 'paragraph', text: 'The service met the standard.', loc: { line: 2 } },
      { kind: 'heading', level: 6, text: 'Next steps', loc: { line: 3 } },
      { kind: 'list', items: ['One', 'Two'], loc: { line: 4 } },
    ]);
  });

  it('keeps the text of HTML the walker finds no block in, as before', async () => {
    const blocks = await blocksOf('<div>Report generated online</div>\n\n<!-- a comment -->\n\n<small>19/11/2021</small>\n');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Report generated online', loc: { line: 1 } },
      { kind: 'paragraph', text: '19/11/2021', loc: { line: 5 } },
    ]);
  });

  it('reads an HTML table inside a quote', async () => {
    const blocks = await blocksOf('> <table><tr><td>1.1.1</td><td>Partial</td></tr>\n> <tr><td>1.1.2</td><td>Compliant</td></tr></table>\n');
    expect(rowsOf(blocks[0])).toEqual([
      { cells: ['1.1.1', 'Partial'], line: 1 },
      { cells: ['1.1.2', 'Compliant'], line: 2 },
    ]);
  });

  it('reads the rest of the file as Markdown after a <table> that is never closed', async () => {
    const blocks = await blocksOf('<table><tr><td>a</td><td>b</td></tr>\n\n# After\n\nText.\n');
    expect(kinds(blocks)).toEqual(['table', 'heading', 'paragraph']);
  });

  it('reads markup nested too deeply to walk as its text, and the rest of the file', async () => {
    const blocks = await blocksOf(`Before.\n\n${'<div>'.repeat(20_000)}deep\n\nAfter.\n`);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'Before.', loc: { line: 1 } },
      { kind: 'paragraph', text: 'deep', loc: { line: 3 } },
      { kind: 'paragraph', text: 'After.', loc: { line: 5 } },
    ]);
  });
});

describe('grid tables', () => {
  const results = [
    '# 2 Results by criterion',
    '',
    '+---------------------------+-----------+----------+',
    '| Criterion                 | Compliant | Partial  |',
    '|                           | Plus      |          |',
    '+===========================+===========+==========+',
    '| 1. Customer Insight       | 1         | 0        |',
    '+---------------------------+-----------+----------+',
    '| **Overall**               | **3**     | **2**    |',
    '+---------------------------+-----------+----------+',
    '',
    'All elements not listed above are Compliant.',
  ].join('\n');

  it('reads one with a header: a cell’s lines joined by a space, markup dropped, each row at its first line', async () => {
    const blocks = await blocksOf(results);
    expect(kinds(blocks)).toEqual(['heading', 'table', 'paragraph']);
    expect(rowsOf(blocks[1])).toEqual([
      { cells: ['Criterion', 'Compliant Plus', 'Partial'], line: 4 },
      { cells: ['1. Customer Insight', '1', '0'], line: 7 },
      { cells: ['Overall', '3', '2'], line: 9 },
    ]);
    expect(blocks[2]).toEqual({ kind: 'paragraph', text: 'All elements not listed above are Compliant.', loc: { line: 12 } });
  });

  it('reads one without a header row as the same rows as the pipe table that says the same', async () => {
    const grid = await blocksOf(['+-------+---------+', '| 1.1.1 | Partial |', '+-------+---------+', '| 1.1.2 | Full    |', '+-------+---------+'].join('\n'));
    const pipe = await blocksOf(['| 1.1.1 | Partial |', '|---|---|', '| 1.1.2 | Full |'].join('\n'));
    expect(rowsOf(grid[0]).map((row) => row.cells)).toEqual(rowsOf(pipe[0]).map((row) => row.cells));
    expect(rowsOf(grid[0]).map((row) => row.line)).toEqual([2, 4]);
  });

  it('reads a wrapped cell as one line, and a cell of two paragraphs as two lines', async () => {
    const blocks = await blocksOf(
      [
        '+-------+-----------+------------------------+',
        '| 2.1.4 | Partial   | Fair treatment is not  |',
        '|       |           | yet confirmed.         |',
        '|       |           |                        |',
        '|       |           | See 3.2.1.             |',
        '+-------+-----------+------------------------+',
      ].join('\n'),
    );
    expect(rowsOf(blocks[0])).toEqual([{ cells: ['2.1.4', 'Partial', 'Fair treatment is not yet confirmed.\nSee 3.2.1.'], line: 2 }]);
  });

  it('spreads a cell across columns or rows over the cells it covers, and reads a row across the whole table as a title', async () => {
    const blocks = await blocksOf(
      [
        '+-----+-----+-----+',
        '| a   | b   | c   |',
        '+-----+-----+-----+',
        '| d   | spans two |',
        '+-----+-----+-----+',
        '| e   | f   | g   |',
        '+     +-----+-----+',
        '|     | h   | i   |',
        '+-----+-----+-----+',
        '| Across the table|',
        '+-----------------+',
        '| Over all columns|',
        '+-----------------+',
        '| j   | k   | l   |',
        '+-----+-----+-----+',
      ].join('\n'),
    );
    expect(kinds(blocks)).toEqual(['table', 'heading', 'heading', 'table']);
    expect(rowsOf(blocks[0])).toEqual([
      { cells: ['a', 'b', 'c'], line: 2 },
      { cells: ['d', 'spans two', 'spans two'], line: 4 },
      { cells: ['e', 'f', 'g'], line: 6 },
      { cells: ['e', 'h', 'i'], line: 8 },
    ]);
    // The second title lies between two borders with no inner edge: still across the three columns the table has.
    expect(blocks.slice(1, 3)).toEqual([
      { kind: 'heading', level: 6, text: 'Across the table', loc: { line: 10 } },
      { kind: 'heading', level: 6, text: 'Over all columns', loc: { line: 12 } },
    ]);
    expect(rowsOf(blocks[3])).toEqual([{ cells: ['j', 'k', 'l'], line: 14 }]);
  });

  it('reads one inside a quote or indented', async () => {
    const blocks = await blocksOf(['> +-------+---------+', '> | 1.1.1 | Partial |', '> +-------+---------+', '', '  +-------+------+', '  | 1.1.2 | Full |', '  +-------+------+'].join('\n'));
    expect(rowsOf(blocks[0])).toEqual([{ cells: ['1.1.1', 'Partial'], line: 2 }]);
    expect(rowsOf(blocks[1])).toEqual([{ cells: ['1.1.2', 'Full'], line: 6 }]);
  });

  it('keeps a table whose edges do not line up as the paragraph it was, and the lists and quotes after it', async () => {
    const blocks = await blocksOf(['+---+---+', '| a | bb |', '+---+---+', '', '+44 20 7946 0000', '', '- item', '', '> quote'].join('\n'));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '+---+---+\n| a | bb |\n+---+---+', loc: { line: 1 } },
      { kind: 'paragraph', text: '+44 20 7946 0000', loc: { line: 5 } },
      { kind: 'list', items: ['item'], itemLocs: [{ line: 7 }], loc: { line: 7 } },
      { kind: 'paragraph', text: 'quote', loc: { line: 9 } },
    ]);
  });

  it('reads a table of thousands of rows, every row at its line, and the text after it', async () => {
    const border = '+-------+------------+';
    const rows = Array.from({ length: 3_000 }, (_, i) => [`| ${String(i).padEnd(5)} | Compliance |`, border]).flat();
    const blocks = await blocksOf(['Scores', '', border, ...rows, '', 'After.'].join('\n'));
    expect(kinds(blocks)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = rowsOf(blocks[1]);
    expect(table).toHaveLength(3_000);
    for (const n of [0, 1_499, 2_999]) expect(table[n]).toEqual({ cells: [String(n), 'Compliance'], line: 4 + 2 * n });
    expect(blocks[2]!.loc).toEqual({ line: 3 + 6_000 + 2 });
  });
});

describe('Markdown exports written blind (fixtures/blind3)', () => {
  // One exported from a reporting system with HTML tables, one written by Pandoc with grid tables:
  // each read as the report its Word copy is, the same ratings and counts.
  it.each(['lydmouth-libraries-2021-initial', 'brightwell-college-2022-review'])('%s.md reads as its .docx does', { timeout: 60_000 }, async (stem) => {
    const [md, docx] = await Promise.all(['md', 'docx'].map((format) => extractFile(`${ROOT}fixtures/blind3/${stem}.${format}`)));
    if ('error' in md! || 'error' in docx!) throw new Error(`not read: ${JSON.stringify(md)}`);
    const ratings = (output: typeof md) =>
      output.assessments.map((a) => ({ stage: a.stage, byCriterion: a.statedTotals.byCriterion, overall: a.statedTotals.overall, elements: a.elements.map((e) => `${e.code} ${e.rating}`) }));
    expect(ratings(md).flatMap((a) => a.elements)).toHaveLength(57);
    expect(ratings(md)).toEqual(ratings(docx));
  });
});
