/**
 * Borderless tables as LibreOffice prints them, where its text runs differ from a browser's:
 * a cell's run keeps its trailing space, whose width reaches to where the next cell's text starts;
 * a small table's header is one run, and so is each row's label with its first count; a label
 * merged down two rows prints midway between them, on a line of its own.
 */
import { describe, expect, it } from 'vitest';
import { joinFragments, pieces, type TextLine } from '../src/read/pdf/fragments.js';
import { dropPageFurniture } from '../src/read/pdf/furniture.js';
import { splitHeaderCellsOfPages } from '../src/read/pdf/header-cells.js';
import { splitMergedCells } from '../src/read/pdf/merged-cells.js';
import { spreadRowSpanningLabels } from '../src/read/pdf/row-spanning-labels.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const tableCells = (lines: TextLine[]) =>
  streamTables(lines).flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));

describe('a header cell whose run ends in a space that reaches the next cell', () => {
  // "Met " is one line, centred top to bottom between the two lines of its neighbours; its run's
  // width, with the space, ends exactly where "Not yet" starts.
  const header = [
    line(671.8, [['Items', 200, 225], ['Met in', 260, 290], ['Not yet', 380, 410]]),
    line(666.1, [['Area', 60, 80], ['Met ', 320, 380], ['Dropped', 450, 490]]),
    line(660.3, [['counted', 200, 237], ['full', 260, 278], ['met', 380, 397]]),
  ];
  const row = (y: number, label: string, cells: string[]) =>
    line(y, [[label, 60, 60 + label.length * 5], ...cells.map((c, k): [string, number, number] => [c, [200, 260, 320, 380, 450][k]!, [200, 260, 320, 380, 450][k]! + c.length * 5])]);

  it('is a cell of its own, and each column of the rows keeps its own cell', () => {
    const tables = tableCells([
      ...header,
      row(645.9, 'North', ['3', '–', '1–3', '–', '–']),
      row(631.6, 'South', ['3', '–', '1, 3', '2', '–']),
      row(617.2, 'East', ['5', '1', '2–5', '–', '–']),
    ]);
    expect(tables).toEqual([
      [
        ['Area', 'Items\ncounted', 'Met in\nfull', 'Met', 'Not yet\nmet', 'Dropped'],
        ['North', '3', '–', '1–3', '–', '–'],
        ['South', '3', '–', '1, 3', '2', '–'],
        ['East', '5', '1', '2–5', '–', '–'],
      ],
    ]);
  });
});

// Characters of different widths, as a font's are; a space a quarter of an em.
const widths = new Map<string, number>([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.()+'].map((c, k) => [c, 0.45 + (k % 5) * 0.05]));
widths.set(' ', 0.25);
const SIZE = 10;
const width = (text: string) => [...text].reduce((w, c) => w + widths.get(c)! * SIZE, 0);
const at = (text: string, x: number): [string, number, number] => [text, x, x + width(text)];
/** Texts as one item, each starting at its own x: the item ends where the last text does. */
const joined = (...texts: [string, number][]): [string, number, number] => [texts.map(([t]) => t).join(' '), texts[0]![1], texts.at(-1)![1] + width(texts.at(-1)![0])];
const read = (lines: TextLine[]) => tableCells(splitMergedCells(spreadRowSpanningLabels(lines), () => widths));
const sized = (y: number, cells: [string, number, number][], bold = false) => line(y, cells, bold, SIZE);

/** Columns: a group's label, a row's label, then four counts set at the left of narrow columns. */
const [GROUP, LABEL, C1] = [20, 70, 110];
// The header's words a space and a little more apart, each at the left of its column: pdfjs joins them into one item.
const after = (x: number, word: string) => x + width(word) + widths.get(' ')! * SIZE + 1.5;
const C2 = after(C1, 'Plus');
const C3 = after(C2, 'Full');
const C4 = after(C3, 'Partial');
const HEADER = joined(['Plus', C1], ['Full', C2], ['Partial', C3], ['None', C4]);
/** A row whose label and first count pdfjs joined into one item, the other counts apart. */
const countRow = (y: number, label: string, counts: [string, string, string, string], group: [string, number, number][] = []) =>
  sized(y, [...group, joined([label, LABEL], [counts[0], C1]), at(counts[1], C2), at(counts[2], C3), at(counts[3], C4)]);

describe('a small table of counts as LibreOffice prints it', () => {
  const header = sized(302.3, [HEADER], true);
  it('reads a label merged down two rows into both, the header run and each label and first count apart', () => {
    const tables = read([
      header,
      countRow(287.5, 'Spring', ['2', '52', '3', '0']),
      sized(280.1, [at('Totals', GROUP)], true),
      countRow(272.7, 'Autumn', ['3', '53', '1', '0']),
    ]);
    expect(tables).toEqual([
      [
        ['', '', 'Plus', 'Full', 'Partial', 'None'],
        ['Totals', 'Spring', '2', '52', '3', '0'],
        ['Totals', 'Autumn', '3', '53', '1', '0'],
      ],
    ]);
  });

  it('splits the header where the rows, every cell of a column as wide as the others, do not show how they are set', () => {
    // Labels and counts of one width each column ("Y1" and "Y6", "2" and "7" in this font): only
    // the header, starting where the first count does, shows the cells set at the left.
    const tables = read([header, countRow(287.5, 'Y1', ['2', '52', '3', '0']), countRow(272.7, 'Y6', ['7', '57', '8', '0'])]);
    expect(tables[0]?.[0]).toEqual(['', 'Plus', 'Full', 'Partial', 'None']);
  });

  it('leaves a label and count as one where no other row has its count at the same place', () => {
    const lines = splitMergedCells([header, countRow(287.5, 'Spring', ['2', '52', '3', '0']), sized(272.7, [at('Autumn', LABEL), at('53', C2), at('1', C3), at('0', C4)])], () => widths);
    expect(pieces(lines[1]!).map(joinFragments)).toEqual(['Spring 2', '52', '3', '0']);
  });

  it('leaves a line between two rows alone where it is a wrapped line of their first cell', () => {
    const lines = spreadRowSpanningLabels([
      sized(287.5, [at('North', LABEL), at('2', C1), at('52', C2), at('3', C3)]),
      sized(280.1, [at('coast', LABEL)]),
      sized(272.7, [at('South', LABEL), at('3', C1), at('53', C2), at('1', C3)]),
    ]);
    expect(lines).toHaveLength(3);
  });

  it('leaves a line between two rows alone where it is not midway between them', () => {
    const lines = spreadRowSpanningLabels([
      sized(287.5, [at('North', LABEL), at('2', C1), at('52', C2), at('3', C3)]),
      sized(282.1, [at('Totals', GROUP)]),
      sized(272.7, [at('South', LABEL), at('3', C1), at('53', C2), at('1', C3)]),
    ]);
    expect(lines).toHaveLength(3);
  });
});

describe('a header run over columns of centred counts', () => {
  const CENTRES = [150, 196, 242];
  const centred = (text: string, c: number) => at(text, c - width(text) / 2);
  const row = (y: number, label: string, counts: string[]) => sized(y, [at(label, 40), ...counts.map((t, k) => centred(t, CENTRES[k]!))]);
  const rows = [row(158.7, 'North area', ['10', '1', '0']), row(144.3, 'South', ['9', '0', '0']), row(130, 'Whole county', ['19', '1', '0'])];
  /** The three labels each centred over its column, drawn as one item. */
  const labels = ['Full met', 'Part met', 'Not met'];
  const placed = labels.map((t, k) => centred(t, CENTRES[k]!));
  const header = sized(173, [at('Area', 40), [labels.join(' '), placed[0]![1], placed.at(-1)![2]]], true);

  it('is cut into cells, each centred on its column', () => {
    const lines = splitMergedCells([header, ...rows], () => widths);
    expect(pieces(lines[0]!).map(joinFragments)).toEqual(['Area', 'Full met', 'Part met', 'Not met']);
    expect(tableCells(lines)[0]?.[0]).toEqual(['Area', 'Full met', 'Part met', 'Not met']);
  });

  it('is left whole where its words cannot each be centred on a column', () => {
    const shifted = sized(173, [at('Area', 40), [labels.join(' '), placed[0]![1] + 6, placed.at(-1)![2]]], true);
    const lines = splitMergedCells([shifted, ...rows], () => widths);
    expect(pieces(lines[0]!).map(joinFragments)).toEqual(['Area', 'Full met Part met Not met']);
  });
});

describe("a row's code joined to the text beside it, the other rows drawn apart", () => {
  const [CODE, TEXT, SCORE] = [50, 80, 300];
  const rows = [
    sized(108, [at('A.1', CODE), at('We tell people about our', TEXT), at('3', SCORE)]),
    sized(98, [at('service standards.', TEXT)]),
    joinedRow(85.5),
    sized(75.6, [at('point of contact with us and', TEXT)]),
    sized(65.7, [at('deal with them there.', TEXT)]),
  ];
  /** "A.2" and its text as one item: the text starts where the other rows' text does, further than a space from the code. */
  function joinedRow(y: number) {
    return sized(y, [joined(['A.2', CODE], ['We identify needs at the first', TEXT]), at('3', SCORE)]);
  }

  it('is cut where the text of the rows around starts', () => {
    const lines = splitMergedCells(rows, () => widths);
    expect(pieces(lines[2]!).map(joinFragments)).toEqual(['A.2', 'We identify needs at the first', '3']);
  });

  it('is left whole where no other line starts where its text would', () => {
    const alone = [rows[0]!, joinedRow(85.5)].map((l, k) => (k === 0 ? sized(l.y, [at('A.1', CODE), at('We tell people', TEXT + 20), at('3', SCORE)]) : l));
    const lines = splitMergedCells(alone, () => widths);
    expect(pieces(lines[1]!).map(joinFragments)).toEqual(['A.2 We identify needs at the first', '3']);
  });
});

describe('a header whose labels name a visit by its year, set closer than a column gap', () => {
  // "2022 visit" and "Trend" each at the left of its column, 5 points apart; a title across the
  // table under the header ("Area 1 – not visited …") runs over every column.
  const header = sized(700.9, [at('Code', 47), at('Requirement', 83), at('2022 visit', 335), at('Trend', 335 + width('2022 visit') + 5), at('Note', 445)], true);
  const trendX = 335 + width('2022 visit') + 5;
  const rows = [
    sized(683.4, [at('Area 1 – not visited this year; last ratings carried forward in grey, for completeness', 47)]),
    sized(661, [at('1.1', 47), at('We know who our users are', 83), at('C', 258), at('C', 335)]),
    sized(640, [at('1.2', 47), at('We ask them what they need', 83), at('C', 258), at('C', 335)]),
    sized(620, [at('Area 2 – visited this year, every requirement', 47)]),
    sized(600, [at('2.1', 47), at('We set standards', 83), at('C', 258), at('C+', 335), at('↑', trendX)]),
    sized(580, [at('2.2', 47), at('We meet them', 83), at('C', 258), at('C', 335), at('→', trendX)]),
  ];

  it('is cut where the rows show two columns, whatever titles run across them', () => {
    const [page] = splitHeaderCellsOfPages([[header, ...rows]]);
    expect(pieces(page![0]!).map(joinFragments)).toEqual(['Code', 'Requirement', '2022 visit', 'Trend', 'Note']);
  });

  it('is left whole where no row has text where the second label starts', () => {
    const [page] = splitHeaderCellsOfPages([[header, ...rows.slice(0, 3)]]);
    expect(pieces(page![0]!).map(joinFragments)).toEqual(['Code', 'Requirement', '2022 visit Trend', 'Note']);
  });
});

describe("a year over a header's row at the top of a page", () => {
  const page = (code: string) => ({
    height: 841.9,
    lines: [
      sized(781.5, [at('2020', 258)], true),
      sized(776.6, [at('Code', 47), at('Requirement', 83), at('Latest', 335), at('Note', 445)], true),
      sized(771.7, [at('review', 258)], true),
      sized(759.1, [at('and the rest of the row before.', 83)]),
      sized(736.7, [at(code, 47), at('We set standards', 83), at('C', 258), at('C', 335)]),
      sized(60, [at('Page 3', 280)]),
    ],
  });

  const prose = { height: 841.9, lines: [sized(700, [at('The assessment looked at every area of the service this year.', 47)]), sized(60, [at('Page 1', 280)])] };

  it("is the first line of the header's cell, not a page number", () => {
    const kept = dropPageFurniture([prose, prose, prose, page('2.1'), page('3.1')]);
    expect(kept.slice(3).map((lines) => lines.map((l) => l.fragments[0]!.text))).toEqual([
      ['2020', 'Code', 'review', 'and the rest of the row before.', '2.1'],
      ['2020', 'Code', 'review', 'and the rest of the row before.', '3.1'],
    ]);
  });
});
