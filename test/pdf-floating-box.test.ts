/**
 * A box floating beside prose (a Word frame, a floated table): a table of codes and ratings set
 * on its own leading in a column right of a narrative that wraps beside it. The two flows share
 * baselines only by chance, so the text layer's lines hold now one, now both; each flow is read
 * on its own (page-columns.ts), never as the rows of one two-column table, and a line of the box
 * that falls between two lines of prose is not a cell centred on their row (centred-cells.ts).
 */
import { describe, expect, it } from 'vitest';
import { joinCentredCells } from '../src/read/pdf/centred-cells.js';
import { lineOf, type TextLine } from '../src/read/pdf/fragments.js';
import { readingStreams } from '../src/read/pdf/page-columns.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const PROSE = (n: number) => `narrative line ${n} of a paragraph that wraps beside the box here`;
const texts = (lines: readonly TextLine[]) => lines.map((l) => l.fragments.map((f) => f.text).join(' '));

/** Lines as the text layer gives them: lines whose baselines lie within a point are one line. */
function merged(lines: TextLine[]): TextLine[] {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const out: TextLine[] = [];
  for (const l of sorted) {
    const last = out.at(-1);
    if (last && last.y - l.y < 1) out[out.length - 1] = lineOf([...last.fragments, ...l.fragments], last.y);
    else out.push(l);
  }
  return out;
}

/**
 * Prose at 12.5 pt leading from x 48 to 310 (a paragraph break after its sixth line), and a box at
 * 330 with a title and a header beside the prose's first two lines, then eleven rows at 13.7 pt leading.
 */
function boxBesidePage(pitch = 13.7): TextLine[] {
  const prose: TextLine[] = [];
  for (let k = 0; k < 12; k++) prose.push(line(720 - k * 12.5 - (k >= 6 ? 5 : 0), [[PROSE(k), 48, k === 5 || k === 11 ? 200 : 310]]));
  const box: TextLine[] = [line(720, [['Ratings of the elements', 328, 457]]), line(705, [['Element', 331, 368], ['Rating', 398, 427]])];
  for (let k = 0; k < 11; k++) box.push(line(690.3 - k * pitch, [[`1.${k + 1}.1`, 329, 350], [k === 3 ? 'Compliance Plus' : 'Compliance', 373, k === 3 ? 445 : 424]]));
  return merged([...prose, ...box]);
}

describe('a box of ratings floating beside prose', () => {
  it('keeps each line of the box that falls between two lines of prose a line of its own', () => {
    const page = boxBesidePage();
    const rows = page.filter((l) => /^1\.\d+\.1$/.test(l.fragments[0]!.text)).map((l) => l.y);
    expect(rows.length).toBeGreaterThan(6);
    expect(joinCentredCells(page).filter((l) => rows.includes(l.y)).length).toBe(rows.length);
  });

  it('is read as the prose and then the box, whose rows make a table of codes and ratings', () => {
    const [streams] = readingStreams([joinCentredCells(boxBesidePage())]);
    expect(streams!.length).toBe(2);
    expect(texts(streams![0]!.lines)).toEqual([...Array(12).keys()].map(PROSE));
    const tables = streamTables(streams![1]!.lines).filter((item) => item.kind === 'table');
    const rows = tables.flatMap((t) => (t.kind === 'table' ? t.table.rows.map((r) => r.cells.join(' | ')) : []));
    expect(rows).toContain('1.4.1 | Compliance Plus');
    expect(rows).toContain('1.11.1 | Compliance');
  });

  it('is not found where the box keeps the prose leading (its rows share the prose baselines, as a table row does)', () => {
    const [streams] = readingStreams([joinCentredCells(boxBesidePage(12.5))]);
    expect(streams!.length).toBe(1);
  });

  it('still joins a rating centred beside each two-line cell of a table', () => {
    const lines: TextLine[] = [];
    for (let row = 0; row < 6; row++) {
      const top = 700 - row * 30;
      lines.push(line(top, [[PROSE(row * 2), 48, 310]]));
      lines.push(line(top - 6.25, [['Compliance', 373, 424]]));
      lines.push(line(top - 12.5, [[PROSE(row * 2 + 1), 48, 250]]));
    }
    expect(joinCentredCells(lines).length).toBe(12);
  });
});
