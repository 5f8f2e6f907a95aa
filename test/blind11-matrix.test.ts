/**
 * Classes first met in blind set 11 (fixtures/blind11/README.md), each on a small input: a
 * sub-criterion × rating matrix whose cells list element numbers ("1, 3", "1–3, 5"); a row that
 * prints every rating of the scale, one per cell, with the awarded one marked only by type; a
 * visit's type dated by another visit ("since reassessment").
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import { readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { elementNumbers, subCriterionNumberLists } from '../src/extract/recognise/sub-criterion-number-lists.js';
import type { FindingDraft } from '../src/extract/draft.js';
import { stageNamedBy } from '../src/parse/stages.js';
import { markedRatingOfScale } from '../src/read/marked-rating.js';
import { readMarkdown } from '../src/read/markdown.js';
import type { Fragment } from '../src/read/pdf/fragments.js';
import { withMarkedRatingsOnly } from '../src/read/pdf/marked-scale.js';

type Table = Extract<Block, { kind: 'table' }>;
const table = (...rows: string[][]): Table => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const ratingsOf = (rated: { code: string; rating: string }[]) => Object.fromEntries(rated.map((r) => [r.code, r.rating]));

describe('a sub-criterion × rating matrix of element numbers', () => {
  const header = ['Sub-criterion', 'Elements', 'C+', 'C', 'PC', 'NC'];

  it('reads a list, a range and a dash as the numbers they name', () => {
    expect(['1, 3', '1–3, 5', '2 - 4', '1 and 2', '–', '', 'see note', '3–1', '1 to'].map(elementNumbers)).toEqual([[1, 3], [1, 2, 3, 5], [2, 3, 4], [1, 2], [], [], null, null, null]);
  });

  it('rates sub-criterion + number by the column, and reads no Total row of counts', () => {
    const reading = subCriterionNumberLists(
      table(header, ['2.1 Leadership', '6', '4', '1–3, 5, 6', '–', '–'], ['3.1 Range', '2', '–', '1, 2', '–', '–'], ['3.2 Quality', '4', '–', '1, 3', '2', '4'], ['Total', '12', '1', '9', '1', '1']),
    );
    expect(reading).not.toBeNull();
    expect(ratingsOf(reading!.rated)).toEqual({
      '2.1.1': 'compliance',
      '2.1.2': 'compliance',
      '2.1.3': 'compliance',
      '2.1.4': 'compliance-plus',
      '2.1.5': 'compliance',
      '2.1.6': 'compliance',
      '3.1.1': 'compliance',
      '3.1.2': 'compliance',
      '3.2.1': 'compliance',
      '3.2.2': 'partial-compliance',
      '3.2.3': 'compliance',
      '3.2.4': 'non-compliance',
    });
    expect(reading!.notes).toEqual([]);
  });

  it('leaves out, with a finding, a row that does not name each of its elements once', () => {
    const reading = subCriterionNumberLists(
      table(header, ['1.1', '3', '–', '1–3', '–', '–'], ['1.2', '3', '–', '1, 2', '2', '–'], ['1.3', '5', '–', '1–5', '–', '–'], ['2.2', '5', '–', '1–5', '–', '–'], ['4.1', '3', '1', '2', '–', '–']),
    );
    expect(Object.keys(ratingsOf(reading!.rated))).not.toContain('1.2.1');
    expect(Object.keys(ratingsOf(reading!.rated))).not.toContain('4.1.1');
    expect(reading!.notes.map((n) => n.rule)).toEqual(['incomplete-reading', 'incomplete-reading']);
  });

  it('never reads a matrix of counts as element numbers', () => {
    expect(subCriterionNumberLists(table(header, ['1.1', '3', '0', '3', '0', '0'], ['1.2', '3', '1', '2', '0', '0'], ['1.3', '5', '0', '4', '1', '0'], ['2.1', '6', '1', '5', '0', '0']))).toBeNull();
    expect(subCriterionNumberLists(table(header, ['1.1', '3', '–', '3', '–', '–'], ['1.2', '3', '1', '2', '–', '–'], ['1.3', '5', '–', '4', '1', '–'], ['2.1', '6', '1', '5', '–', '–']))).toBeNull();
  });
});

describe('a row that prints the whole rating scale', () => {
  it('gives no rating where a row with no header holds different ratings in its cells', () => {
    const notes: FindingDraft[] = [];
    const reading = readElementRatingTable(
      table(
        ['2.2.1', 'We do one thing well.', 'C+', 'C', 'PC', 'NC'],
        ['2.2.2', 'We do another thing.', 'C+', 'C', 'PC NC', ''],
        ['2.2.3', 'And a third.', 'C+', 'C', 'PC', 'NC'],
        ['2.2.4', 'And a fourth.', 'PC', ''],
        ['2.2.5', 'And a fifth.', 'C', 'C'],
        ['3.1.1', 'And a sixth.', 'C+', ''],
      ),
      notes,
    );
    expect(ratingsOf(reading?.rated ?? [])).toEqual({ '2.2.4': 'partial-compliance', '2.2.5': 'compliance', '3.1.1': 'compliance-plus' });
    expect(notes.filter((n) => n.rule === 'incomplete-reading').flatMap((n) => n.elements)).toEqual(['2.2.1', '2.2.2', '2.2.3']);
  });

  it('gives no rating where a rating cell holds the whole scale', () => {
    const notes: FindingDraft[] = [];
    const reading = readElementRatingTable(table(['Element', 'Rating'], ['3.1.1', 'C+ C PC NC'], ['3.1.2', 'C+  C  PC  NC'], ['3.2.1', 'C']), notes);
    expect(ratingsOf(reading?.rated ?? [])).toEqual({ '3.2.1': 'compliance' });
  });
});

describe('a visit dated by another visit', () => {
  it('reads the visit, not the one it is dated since', () => {
    expect(stageNamedBy('Annual Review 2 (second annual review since reassessment in March 2017)')?.stage).toBe('review-2');
    expect(stageNamedBy('First annual review following the 2020 reassessment')?.stage).toBe('review-1');
    expect(stageNamedBy('Reassessment (after the initial assessment of 2015)')?.stage).toBe('reassessment');
    expect(stageNamedBy('Review since reassessment')).toBeNull();
  });
});

describe('the rating scale printed whole, the awarded rating marked by type', () => {
  const run = (text: string, marked = false) => ({ text, marked });

  it('keeps the one marked word of a scale, and nothing where no word or several are marked', () => {
    expect(markedRatingOfScale([run('C+  '), run('C', true), run('  PC  NC')])).toBe('C');
    expect(markedRatingOfScale([run('C+ C '), run('PC', true), run(' NC')])).toBe('PC');
    expect(markedRatingOfScale([run('C+ C PC NC')])).toBeNull();
    expect(markedRatingOfScale([run('C+ '), run('C PC', true), run(' NC')])).toBeNull();
    // An old rating beside a new one is not the scale.
    expect(markedRatingOfScale([run('PC '), run('C', true)])).toBeNull();
    expect(markedRatingOfScale([run('Rated '), run('C', true), run(' after PC NC')])).toBeNull();
  });

  it('reads a Markdown cell by its bold rating, in a table indented under a list item', async () => {
    const md = ['- Criterion 4', '', '    | Element | Rating |', '    | --- | --- |', '    | 4.1.1 | C+ **C** PC NC |', '    | 4.1.2 | **C+** C PC NC |', '    | 4.1.3 | C+ C PC NC |', ''].join('\n');
    const doc = await readMarkdown(md);
    const t = doc.blocks.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' ? t.rows.map((r) => r.cells[1]) : null).toEqual(['Rating', 'C', 'C+', 'C+ C PC NC']);
  });

  it('drops the plain words of a PDF line whose scale has one bold word', () => {
    const f = (text: string, x: number, bold = false): Fragment => ({ text, x, right: x + 8 * text.length, y: 100, size: 10, font: 'f', bold, italic: false });
    const kept = withMarkedRatingsOnly([f('3.2.1', 10), f('C+', 300), f('C', 320), f('PC', 335, true), f('NC', 355), f('Comment', 420)]);
    expect(kept.map((k) => k.text)).toEqual(['3.2.1', 'PC', 'Comment']);
    const unmarked = [f('C+', 300), f('C', 320), f('PC', 335), f('NC', 355)];
    expect(withMarkedRatingsOnly(unmarked).map((k) => k.text)).toEqual(['C+', 'C', 'PC', 'NC']);
  });
});
