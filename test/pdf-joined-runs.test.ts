/**
 * Cells pdfjs joined into one text item where one text operator drew them moved apart: counts of
 * narrow columns ("10 0", the second count the same in every row), and a header's first label
 * with the abbreviation centred a column away ("2021 AR2 C+"), whatever the gap between them.
 */
import { describe, expect, it } from 'vitest';
import { joinFragments, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import { splitMergedCells } from '../src/read/pdf/merged-cells.js';
import { line } from './pdf-lines.js';

// Characters of different widths, as a font's are; a space a quarter of an em.
const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.()+'].map((c, k) => [c, 0.45 + (k % 5) * 0.05]));
widths.set(' ', 0.25);
const size = 10;
const width = (text: string) => [...text].reduce((w, c) => w + widths.get(c)! * size, 0);
const at = (text: string, x: number): [string, number, number] => [text, x, x + width(text)];
/** Two texts as one item: the second starts at `x2`, wherever a space would put it. */
const joined = (a: string, x: number, b: string, x2: number): [string, number, number] => [`${a} ${b}`, x, x2 + width(b)];
const COLUMNS = [47, 105, 126, 144, 164];
const cellsOf = (lines: TextLine[]) => splitMergedCells(lines, () => widths).map((l) => pieces(l).map(joinFragments));

/** A row of a label and four counts, the second and third joined into one item in the rows that `join`. */
function row(y: number, label: string, counts: string[], join: boolean): TextLine {
  const [a, b, c, d] = counts as [string, string, string, string];
  const cells: [string, number, number][] = [at(label, COLUMNS[0]!), at(a, COLUMNS[1]!)];
  if (join) cells.push(joined(b, COLUMNS[2]!, c, COLUMNS[3]!));
  else cells.push(at(b, COLUMNS[2]!), at(c, COLUMNS[3]!));
  cells.push(at(d, COLUMNS[4]!));
  const l = line(y, cells, false, size);
  // Each count starts a cell of its own (as the counts of the rows around mark them).
  return { ...l, fragments: l.fragments.map((f, k) => (k > 0 ? { ...f, cellStart: true } : f)) };
}

const rows = [
  row(351.7, 'Area 1', ['1', '10', '0', '0'], true),
  row(337.2, 'Area 2', ['1', '10', '0', '0'], true),
  row(322.8, 'Area 3', ['1', '11', '0', '0'], true),
  row(308.3, 'Area 4', ['1', '12', '0', '0'], true),
  row(293.9, 'Area 5', ['0', '9', '1', '0'], false),
];

describe('counts pdfjs joined in every row but one, the second the same in each', () => {
  it('are split where the widths put the second count, at the start the rows share', () => {
    const cells = cellsOf(rows);
    expect(cells[0]).toEqual(['Area 1', '1', '10', '0', '0']);
    expect(cells[3]).toEqual(['Area 4', '1', '12', '0', '0']);
  });

  it('are left whole where the words after the gap repeat but are no count', () => {
    const words = [0, 1, 2, 3].map((k) => {
      const l = line(351.7 - k * 14.4, [at(`Area ${k}`, 47), joined(`Team${k}`, 126, 'Yes', 144), at('0', 164)], false, size);
      return l;
    });
    expect(cellsOf(words).flat()).not.toContain('Yes');
  });
});

describe('a header label joined to a label centred a column away', () => {
  // "2021" at the left of the first column, "C+" centred over the second: over two ems apart.
  const header = line(366.1, [joined('2021', 47.9, 'C+', 109.3), at('C', 130), at('PC', 145.2), at('NC', 166.5)], true, size);
  const apart = rows.map((r, k) => row(r.y, `Area ${k + 1}`, ['1', '10', '0', '0'], false));

  it('is split into the two labels, over the rows that show the columns', () => {
    expect(cellsOf([header, ...apart])[0]).toEqual(['2021', 'C+', 'C', 'PC', 'NC']);
  });

  it('is left whole where the second part would not end the item in the last column it reaches', () => {
    const long = line(366.1, [joined('2021', 47.9, 'C+ and more words', 100)], true, size);
    expect(splitMergedCells([long, ...apart], () => widths)[0]!.fragments.map((f) => f.text)).toEqual(['2021 C+ and more words']);
  });
});

describe('a line of a row whose cells are centred top to bottom, two cells of it joined', () => {
  // A schedule of visits: each row's one-line cells on its middle line, its wrapped cells above
  // and below it; in the first row the assessor and the report's date are one item.
  const rowsOfVisits = (first: [string, number, number]) => [
    line(635.8, [at('Stage', 60.8), at('Kind', 182.9), at('Dates', 319.2), at('Lead', 401.7), at('Issued', 468.5)], true, size),
    line(621.3, [at('2019', 46.9), at('12–14 May', 293)], false, size),
    line(615.5, [at('First visit', 102.9), first], false, size),
    line(609.7, [at('First', 46.9), at('2019', 293)], false, size),
    line(595.2, [at('26 May', 466.4)], false, size),
    line(589.4, [at('2020 R1', 46.9), at('Review 1', 102.9), at('11 May 2020', 293), at('Ann Smith', 389.9)], false, size),
    line(583.6, [at('2020', 466.4)], false, size),
    line(569.1, [at('Review 2 (remote, by', 102.9), at('9–10 May', 293), at('Joe', 389.9)], false, size),
    line(563.3, [at('2021 R2', 46.9), at('1 June 2021', 466.4)], false, size),
    line(557.5, [at('video)', 102.9), at('2021', 293), at('Bloggs', 389.9)], false, size),
  ];

  it('is split where the column the lines around start their text in starts', () => {
    expect(cellsOf(rowsOfVisits(joined('Ann Smith', 389.9, '8 June 2019', 466.4)))[2]).toEqual(['First visit', 'Ann Smith', '8 June 2019']);
  });

  it('is left whole where the lines around are no table', () => {
    const prose = [
      line(635.8, [at('The assessor met staff at both sites over the two days', 46.9)], false, size),
      line(615.5, [at('First visit', 102.9), joined('Ann Smith', 389.9, '8 June 2019', 466.4)], false, size),
      line(595.2, [at('and the report followed within the month as agreed', 46.9)], false, size),
    ];
    expect(cellsOf(prose)[1]).toEqual(['First visit', 'Ann Smith 8 June 2019']);
  });
});
