/**
 * A borderless table set twice side by side in one row of cells (two languages, or two years),
 * each half a code and a rating column under a header centred in its cells, its rows broken by a
 * title over each half: "Partie 1 – Premiers pas" over the left half's columns beside "Part 1 –
 * First steps" over the right's, each wider than its half's first column. The titles are a row of
 * the table (each title in every cell of its half, as a grid gives a merged cell's text), and the
 * rows under them keep the table's four columns, on the page and after a page break; a title
 * wrapped in its cell carries on on the line under it. A word of a title that merged-cells.ts cut
 * at a column's start by its widths alone is still the title's; a repeated header whose labels
 * are set closer than a column gap is not a row of titles.
 */
import { describe, expect, it } from 'vitest';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const SIZE = 8;
const bold = (y: number, pieces: [string, number, number][]) => line(y, pieces, true, SIZE);
const row = (y: number, code: string, left: string, right: string): TextLine =>
  line(
    y,
    [
      [code, 50, 72],
      [left, 110, 110 + left.length * 4.4],
      [code, 310, 332],
      [right, 372, 372 + right.length * 4.4],
    ],
    false,
    SIZE,
  );
const header = () => bold(530, [['Réf', 64, 80], ['Note', 190, 210], ['Ref', 318, 334], ['Score', 446, 470]]);
const cells = (items: ReturnType<typeof streamTables>) => items.map((i) => (i.kind === 'table' ? i.table.rows.map((r) => r.cells) : ['line']));

describe('a table set twice side by side, broken by a title over each half', () => {
  it('keeps one table of four columns through rows of titles, each title in the cells of its half', () => {
    const items = streamTables([
      header(),
      bold(517, [['Partie 1 – Premiers pas', 50, 160], ['Part 1 – First steps', 310, 400]]),
      row(504, '1.1', 'Bien', 'Good'),
      row(491, '1.2', 'Très bien', 'Very good'),
      bold(478, [['Partie 2 – Une suite plus longue du texte', 50, 240], ['Part 2 – A longer run of the text', 310, 470]]),
      row(465, '2.1', 'Bien', 'Good'),
      row(452, '2.2', 'Assez bien', 'Fair'),
    ]);
    expect(cells(items)).toEqual([
      [
        ['Réf', 'Note', 'Ref', 'Score'],
        ['Partie 1 – Premiers pas', 'Partie 1 – Premiers pas', 'Part 1 – First steps', 'Part 1 – First steps'],
        ['1.1', 'Bien', '1.1', 'Good'],
        ['1.2', 'Très bien', '1.2', 'Very good'],
        ['Partie 2 – Une suite plus longue du texte', 'Partie 2 – Une suite plus longue du texte', 'Part 2 – A longer run of the text', 'Part 2 – A longer run of the text'],
        ['2.1', 'Bien', '2.1', 'Good'],
        ['2.2', 'Assez bien', '2.2', 'Fair'],
      ],
    ]);
  });

  it('takes a title whose word was cut at a column start by widths alone, and a title wrapped onto the next line, as the titles', () => {
    const cut = bold(491, [['Partie 2 – Une suite plus longue du', 50, 240], ['Part 2 –', 310, 340], ['A longer run', 372, 430]]);
    cut.fragments[2] = { ...cut.fragments[2]!, cellStart: true, cutFromItem: true };
    const items = streamTables([header(), row(517, '1.1', 'Bien', 'Good'), row(504, '1.2', 'Très bien', 'Very good'), cut, bold(481, [['texte', 50, 70]]), row(468, '2.1', 'Bien', 'Good')]);
    expect(cells(items)[0]!.slice(3)).toEqual([
      ['Partie 2 – Une suite plus longue du texte', 'Partie 2 – Une suite plus longue du texte', 'Part 2 – A longer run', 'Part 2 – A longer run'],
      ['2.1', 'Bien', '2.1', 'Good'],
    ]);
  });

  it('reads the rows after a page break, titles among them, by the header carried over', () => {
    const first = streamTables([header(), row(517, '1.1', 'Bien', 'Good'), row(504, '1.2', 'Très bien', 'Very good')]);
    const table = first[0]!.kind === 'table' ? first[0]!.table : null;
    const next = streamTables(
      [row(800, '1.3', 'Bien', 'Good'), bold(787, [['Partie 2 – Une suite plus longue', 50, 220], ['Part 2 – A longer run of text', 310, 460]]), row(774, '2.1', 'Assez bien', 'Fair')],
      { columns: table!.columns, header: table!.header },
    );
    expect(cells(next)).toEqual([
      [
        ['1.3', 'Bien', '1.3', 'Good'],
        ['Partie 2 – Une suite plus longue', 'Partie 2 – Une suite plus longue', 'Part 2 – A longer run of text', 'Part 2 – A longer run of text'],
        ['2.1', 'Assez bien', '2.1', 'Fair'],
      ],
    ]);
  });

  it('does not take a bold line of labels set closer than a column gap, each over one column, for titles', () => {
    const first = streamTables([header(), row(517, '1.1', 'Bien', 'Good'), row(504, '1.2', 'Très bien', 'Very good')]);
    const table = first[0]!.kind === 'table' ? first[0]!.table : null;
    // The header repeated at the next page's top, its labels drawn as runs of their own a few points apart.
    const repeated = bold(800, [['Ref', 50, 66], ['Note', 70, 90], ['Ref', 310, 326], ['Score', 330, 354]]);
    repeated.fragments[1] = { ...repeated.fragments[1]!, cellStart: true };
    repeated.fragments[3] = { ...repeated.fragments[3]!, cellStart: true };
    const next = streamTables([repeated, row(787, '1.3', 'Bien', 'Good'), row(774, '1.4', 'Bien', 'Good')], { columns: table!.columns, header: table!.header });
    expect(cells(next).flat().some((r) => Array.isArray(r) && r[0] === r[1] && r[0] !== '')).toBe(false);
  });
});
