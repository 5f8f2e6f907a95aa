/**
 * Classes of layout and wording first met in blind set 9 (fixtures/blind9/README.md), each on a
 * small input: a whole criterion's elements rated in one sentence with the exceptions named; a
 * key of scores whose count tables say "Score 4" or "Scored 4"; a count that closes a list ("the
 * other fifty were compliant"); a rating said to hold still after it ("and it remains so").
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { withLegend } from '../src/extract/legend.js';
import { countsInProse } from '../src/parse/counts.js';
import { criteriaStatedMet } from '../src/parse/criterion-met.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });

const dir = mkdtempSync(join(tmpdir(), 'cse-blind9-classes-'));
async function read(name: string, markdown: string) {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return extract(path);
}

describe('a criterion rated as a whole, its exceptions named', () => {
  it('reads the shapes of the sentence, with the codes it names', () => {
    const read = (text: string) => criteriaStatedMet(text).map((s) => [s.criterion, s.named]);
    expect(read('In Criterion 4, every element was met, with 4.1.2 at Compliance Plus.')).toEqual([[4, ['4.1.2']]]);
    expect(read('All elements of Criterion 1 were assessed as compliant except 1.3.3, which is partially compliant.')).toEqual([[1, ['1.3.3']]]);
    expect(read('Criterion 2 was fully met.')).toEqual([[2, []]]);
    expect(read('Within criterion 5 everything was met.')).toEqual([[5, []]]);
  });

  it('reads nothing where an exception goes unnamed, an element of another criterion is named, or it is no finding of this visit', () => {
    const read = (text: string) => criteriaStatedMet(text);
    expect(read('In Criterion 3 every element was met except one.')).toEqual([]);
    expect(read('In Criterion 3 every element was met, with two at Compliance Plus.')).toEqual([]);
    expect(read('In Criterion 3 every element was met, as was 4.1.1.')).toEqual([]);
    expect(read('At the previous review every element of Criterion 2 was met.')).toEqual([]);
    expect(read('The team aims to ensure that in Criterion 2 every element is met.')).toEqual([]);
    expect(read('See Criterion 2, where every element was met.')).toEqual([]);
    expect(read('In Criterion 2 every element was rated Compliance Plus.')).toEqual([]);
    expect(read('In Criterion 2 not every element was met.')).toEqual([]);
  });

  it('rates the named exceptions and derives the rest of each criterion, where the counts agree', async () => {
    const report = await read(
      'criterion-met',
      `# Customer Service Excellence Assessment Report\n\nOrganisation: Brackwater Borough Council\n\nAssessment body: SGS United Kingdom Ltd\n\nLead assessor: Mr Paul Grant\n\nType of visit: Reassessment\n\nVisit date: 4 March 2024\n\n## Findings\n\nFor Criterion 1 all elements were met, with 1.1.2 and 1.3.1 at Compliance Plus.\n\nIn Criterion 2 every element was met except 2.2.1, which is partially compliant, and 2.1.2 reached Compliance Plus.\n\nCriterion 3 was fully met.\n\nCriterion 4 was fully met.\n\nIn Criterion 5 every element was met.\n\nThree elements are rated Compliance Plus and one element partially compliant.\n`,
    );
    const [stage] = report.assessments;
    const rating = (code: string) => stage?.elements.find((e) => e.code === code);
    expect(stage?.elements).toHaveLength(57);
    expect(['1.1.2', '1.3.1', '2.1.2', '2.2.1'].map((c) => [rating(c)?.rating, rating(c)?.basis])).toEqual([
      ['compliance-plus', 'stated'],
      ['compliance-plus', 'stated'],
      ['compliance-plus', 'stated'],
      ['partial-compliance', 'stated'],
    ]);
    expect(stage?.elements.filter((e) => e.basis === 'derived' && e.rating === 'compliance')).toHaveLength(53);
  });

  it('derives nothing where the stated counts name more exceptions than the sentences do', async () => {
    const report = await read(
      'criterion-met-disagrees',
      `# Customer Service Excellence Assessment Report\n\nOrganisation: Brackwater Borough Council\n\nLead assessor: Mr Paul Grant\n\nType of visit: Reassessment\n\nVisit date: 4 March 2024\n\n## Findings\n\nIn Criterion 1 every element was met, with 1.1.2 at Compliance Plus.\n\nIn all, four elements were rated Compliance Plus.\n`,
    );
    expect(report.assessments[0]?.elements.filter((e) => e.basis === 'derived')).toEqual([]);
  });
});

describe('a key of scores', () => {
  it('reads "Score 4" and "Scored 4" in count tables as the mark the key gives', () => {
    const key = para('Key: 4 = Compliance Plus; 3 = Compliance; 2 = Partial Compliance; 1 = Non-Compliance.');
    const [, profile, byCriterion] = withLegend({
      blocks: [key, table(['Score', 'Elements'], ['Score 4', '3'], ['Score 3', '52'], ['Score 2', '2']), table(['Criterion', 'Scored 4', 'Scored 3', 'Scored 2', 'Total score'], ['1', '1', '10', '0', '32'])],
      diagnostics: [],
    }).blocks;
    expect(profile).toMatchObject({ rows: [{ cells: ['Score', 'Elements'] }, { cells: ['Compliance Plus', '3'] }, { cells: ['Compliance', '52'] }, { cells: ['Partial Compliance', '2'] }] });
    expect(byCriterion).toMatchObject({ rows: [{ cells: ['Criterion', 'Compliance Plus', 'Compliance', 'Partial Compliance', 'Total score'] }, { cells: ['1', '1', '10', '0', '32'] }] });
  });
});

describe('counts and ratings in prose', () => {
  it('reads the count that closes a list of counts: "the other fifty were compliant"', () => {
    const counts = countsInProse('Overall, four elements reached Compliance Plus and two were partially compliant; the other fifty-one were compliant.');
    expect(counts.map((c) => [c.rating, c.count])).toContainEqual(['compliance', 51]);
  });

  it('reads a rating given at an earlier visit that is said to hold still', async () => {
    const report = await read(
      'still-so',
      `# Customer Service Excellence Assessment Report\n\nOrganisation: Brackwater Borough Council\n\nLead assessor: Mr Paul Grant\n\nType of visit: Reassessment\n\nVisit date: 4 March 2024\n\n## Findings\n\nAt the review in 2023 4.3.2 was found compliant, and it remains so.\n\nAt the review in 2023 4.3.3 was found compliant.\n`,
    );
    expect(report.assessments[0]?.elements.map((e) => [e.code, e.rating, e.basis])).toEqual([['4.3.2', 'compliance', 'stated']]);
  });

  it('reads an evidence portal reviewed as the document review', async () => {
    const report = await read(
      'portal',
      `# Customer Service Excellence Assessment Report\n\nOrganisation: Brackwater Borough Council\n\nLead assessor: Mr Paul Grant\n\nType of visit: Reassessment\n\nEvidence portal reviewed: 12 February 2024\n\nVisit date: 4 March 2024\n\nCompliance Plus: 1.1.1.\n`,
    );
    expect(report.assessments[0]?.documentReviewDate).toBe('2024-02-12');
  });
});
