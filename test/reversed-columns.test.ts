/**
 * Tables whose columns run the other way round (the rating first and the code last, a count
 * table's labels in its last column), names written surname first ("Okoro, Dr Amaka (Lead
 * Assessor)"), a rating hoped for in a recommendation, and how a PDF prints such an element
 * table with its cells centred top to bottom: never taken for two columns of a page.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { recogniseFields } from '../src/extract/recognise/fields.js';
import { ratedInRunningText } from '../src/extract/recognise/prose-ratings.js';
import { readScoreTable } from '../src/extract/score-table.js';
import { splitPersonNames } from '../src/parse/names.js';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { readingStreams } from '../src/read/pdf/page-columns.js';
import { streamTables } from '../src/read/pdf/stream-tables.js';
import { line } from './pdf-lines.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });

describe('a count table with its labels in the last column', () => {
  const rows = [
    ['0', '1', '9', '1', '1 – Customer Insight'],
    ['0', '0', '11', '0', '2 – Culture'],
    ['1', '0', '10', '1', '3 – Information and Access'],
    ['0', '0', '12', '1', '4 – Delivery'],
    ['0', '2', '7', '1', '5 – Timeliness and Quality'],
    ['1', '3', '49', '4', 'Total'],
  ];

  it('reads each count by the header over its column, whatever the order of the ratings', () => {
    const read = readScoreTable(table(['Non-Compliance', 'Partial Compliance', 'Compliance', 'Compliance Plus', 'Criterion'], ...rows));
    expect(read?.byCriterion?.['3']).toEqual({ nonCompliance: 1, partialCompliance: 0, compliance: 10, compliancePlus: 1 });
    expect(read?.overall).toEqual({ nonCompliance: 1, partialCompliance: 3, compliance: 49, compliancePlus: 4 });
    const shuffled = readScoreTable(table(['C', 'C+', 'NC', 'PC', 'Criterion'], ...rows.map(([nc, pc, c, cp, label]) => [c!, cp!, nc!, pc!, label!])));
    expect(shuffled?.overall).toEqual({ nonCompliance: 1, partialCompliance: 3, compliance: 49, compliancePlus: 4 });
  });

  it('reads nothing where a header over a count cannot be matched to a rating', () => {
    expect(readScoreTable(table(['Non-Compliance', 'Partial Compliance', 'Other', 'Compliance Plus', 'Criterion'], ...rows))).toBeUndefined();
    expect(readScoreTable(table(['Non-Compliance', '', 'Compliance', 'Compliance Plus', 'Criterion'], ...rows))).toBeUndefined();
  });
});

describe('an element table with the rating first and the code last', () => {
  it("reads the assessor's judgement as the rating column and the reference as the code", () => {
    const notes: never[] = [];
    const read = readElementRatingTable(
      table(
        ["Assessors' rating", 'What we saw', 'What the standard asks', 'Ref'],
        ['Compliance Plus', 'Outstanding use of complaints data.', 'We learn from any mistakes we make…', '4.3.4'],
        ['Partial Compliance', 'No quality standards yet.', 'We set comprehensive standards…', '5.1.2'],
        ['Compliance', 'Timeliness standards set.', 'We set appropriate and measurable standards…', '5.1.1'],
      ),
      notes,
    );
    expect(read?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['4.3.4', 'compliance-plus'],
      ['5.1.2', 'partial-compliance'],
      ['5.1.1', 'compliance'],
    ]);
    const judgement = readElementRatingTable(table(["Assessor's judgement", 'Requirement', 'Ref'], ['Compliance', 'We set appropriate…', '5.1.1']), notes);
    expect(judgement?.rated.map((r) => [r.code, r.rating])).toEqual([['5.1.1', 'compliance']]);
  });
});

describe('names written surname first', () => {
  it('turns each entry forename first, without its title or role', () => {
    expect(splitPersonNames('Okoro, Dr Amaka (Lead Assessor)\nBell, Tom (Assessor)')).toEqual(['Amaka Okoro', 'Tom Bell']);
    expect(splitPersonNames('Okoro, Amaka (Lead); Bell, Tom (Co-assessor)')).toEqual(['Amaka Okoro', 'Tom Bell']);
    expect(splitPersonNames('OKORO, Amaka')).toEqual(['Amaka Okoro']);
  });

  it('leaves a comma that may part two people, and lists of full names, as they were', () => {
    // Two surnames, or a surname and a forename: nothing says which.
    expect(splitPersonNames('Okoro, Bell')).toEqual([]);
    expect(splitPersonNames('Okoro, Bell (assessors)')).toEqual([]);
    expect(splitPersonNames('Amaka Okoro, Tom Bell')).toEqual(['Amaka Okoro', 'Tom Bell']);
    expect(splitPersonNames('Amaka Okoro, Lead Assessor')).toEqual(['Amaka Okoro']);
  });

  it('names as assessors only those under an assessor label, not a contact or reviewer written the same way', () => {
    const info = table(['Assessor(s)', 'Okoro, Dr Amaka (Lead Assessor)\nBell, Tom (Assessor)'], ['Client contact', 'Varga, Ilona (Service Manager)'], ['Technical review', 'Stone, Peter (report review only)']);
    expect(recogniseFields([info]).filter((f) => f.kind === 'assessors').map((f) => f.value)).toEqual([['Amaka Okoro', 'Tom Bell']]);
  });
});

describe('a rating hoped for', () => {
  it('is not a rating given', () => {
    const rated = (text: string) => ratedInRunningText([para(text)]).map((r) => [r.code, r.rating]);
    expect(rated('Consider whether the partnership work could again reach the level of Compliance Plus (2.2.1).')).toEqual([]);
    expect(rated('The Service aims for Compliance Plus (1.3.4) next year.')).toEqual([]);
    expect(rated('We found two Partial Compliances (3.1.1 and 4.2.2).')).toEqual([
      ['3.1.1', 'partial-compliance'],
      ['4.2.2', 'partial-compliance'],
    ]);
  });
});

/**
 * A printed element table with no borders, "Rating | Comments | Requirement | Ref", its cells
 * centred top to bottom: the rating and the code on the middle line of each row, the comment and
 * the requirement wrapped to lines of their own, one taller than the other row by row, the
 * requirement starting near the page's middle.
 */
function centredElementTable(): TextLine[] {
  const out: TextLine[] = [line(700, [['Rating', 52, 90], ['Comments', 180, 240], ['Requirement', 400, 460], ['Ref', 522, 537]], true)];
  const comment = (k: number, n: number) => [`comment line ${n} of row ${k} that wraps within its cell`, 116, 326] as [string, number, number];
  // The middle line ends short of the code; the others run on to where the requirement wraps.
  const requirement = (k: number, n: number) => [`requirement line ${n} of row ${k} as the standard says`, 337, n === 2 ? 490 : 512] as [string, number, number];
  let y = 684;
  for (let k = 0; k < 6; k++) {
    // Five lines beside three, the taller cell the comment in one row and the requirement in the next.
    const [tall, short] = k % 2 === 0 ? [comment, requirement] : [requirement, comment];
    for (let n = 0; n < 5; n++) {
      const pieces = [tall(k, n)];
      if (n >= 1 && n <= 3) pieces.push(short(k, n));
      if (n === 2) pieces.unshift(['Compliance', 52, 102]), pieces.push([`1.${k + 1}.1`, 516, 537]);
      out.push(line(y - n * 11, pieces.sort((a, b) => a[1] - b[1])));
    }
    y -= 5 * 11 + 8;
  }
  return out;
}

describe('a printed element table with its cells centred top to bottom', () => {
  it('is one table across the page, not two columns of a page', () => {
    const [streams] = readingStreams([centredElementTable()]);
    expect(streams!.map((s) => [s.left, s.right])).toEqual([[-Infinity, Infinity]]);
  });

  it('cuts a code set at the right of its cell from the text before it, closer than a column gap', () => {
    const lines = [
      line(700, [['Rating', 52, 90], ['Comments', 180, 240], ['Requirement', 400, 460], ['Ref', 522, 537]], true),
      line(686, [['A first comment that wraps', 116, 315], ['The requirement in words', 337, 505]]),
      line(675, [['Compliance', 52, 102], ['onto a second line.', 116, 250], ['that ends near its code', 337, 512], ['5.1.1', 516.4, 537.5]]),
      line(664, [['and carries on.', 337, 420]]),
      line(650, [['Partial', 52, 80], ['A second comment', 116, 318], ['A second requirement', 337, 503], ['5.1.2', 516.4, 537.5]]),
      line(639, [['Compliance', 52, 102], ['on two lines.', 116, 200], ['on two lines too.', 337, 450]]),
    ];
    const tables = streamTables(lines).flatMap((item) => (item.kind === 'table' ? [item.table.rows.map((r) => r.cells)] : []));
    expect(tables[0]?.map((row) => row[3])).toEqual(['Ref', '5.1.1', '5.1.2']);
  });
});
