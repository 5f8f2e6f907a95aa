/**
 * Classes of variation blind set 9 showed, each on a small document or text of its own: a report
 * of two visits in lettered parts closed by a merged position; an earlier visit's rating column
 * beside this visit's; criteria a visit says it did not look at; a criterion's count box that
 * names only the ratings present; a unit on the cover's second line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { countsInProse } from '../src/parse/counts.js';
import { nowRatedInProse } from '../src/parse/prose-ratings.js';
import { criteriaNotAssessed } from '../src/parse/unassessed-criteria.js';
import { listedElements } from '../src/extract/recognise/rated-lists.js';
import { organisationFromTitle } from '../src/extract/recognise/title-organisation.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-blind9-classes-'));
async function read(name: string, markdown: string) {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return extract(path);
}
const paragraph = (text: string, line: number): Block => ({ kind: 'paragraph', text, loc: { line } });
const heading = (text: string, level: number, line: number): Block => ({ kind: 'heading', level, text, loc: { line } });

const CRITERION_4 = ['4.1.1', '4.1.2', '4.1.3', '4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5', '4.3.6'];

describe('a report of two visits in lettered parts', () => {
  const rows = CRITERION_4.map((code) => {
    const earlier = code === '4.2.3' ? 'Non-Compliance' : 'Compliance';
    const now = code === '4.1.1' ? 'Compliance Plus' : 'Compliance';
    return `| ${code} | ${earlier} | ${now} | Seen. |`;
  }).join('\n');
  const markdown = `# Combined Report – Ashgrove Borough Council Revenues Service

## Part A – Annual Review 1 (May 2021)

| | |
| --- | --- |
| Assessor | Ms Petra Lindqvist |
| Visit date | 12 May 2021 |
| Report date | 28 May 2021 |

### Partial Compliance and Non-Compliance

| Element | Rating | Finding |
| --- | --- | --- |
| 4.2.3 | Non-Compliance | No benchmarking at all. |

All other elements were assessed as Compliance.

## Part B – Partial Reassessment (September 2021)

| | |
| --- | --- |
| Assessor | Mr Tobias Grange |
| Visit date | 14 September 2021 |
| Report date | 30 September 2021 |

Criteria 1, 2, 3 and 5 were not reassessed and their AR1 ratings stand; 1.1.1 remains compliant until the next visit.

| Element | AR1 rating | Rating at this visit | Comments |
| --- | --- | --- | --- |
${rows}

The non-compliance in 4.2.3 has been resolved, and 4.1.1 is now rated Compliance Plus.

## Part C – Position after both visits

Taken together the Service now has Compliance Plus in 1.2.1 and 4.1.1 (see the parts above).
`;

  it('places each part in its own visit, and the merged position in neither', async () => {
    const report = await read('two-parts', markdown);
    const [first, second] = report.assessments;
    expect(report.assessments.map((a) => a.stage)).toEqual(['review-1', 'reassessment']);
    expect(first?.assessors).toEqual(['Petra Lindqvist']);
    expect(second?.assessors).toEqual(['Tobias Grange']);
    // The first visit: its own non-compliance, and the earlier column of the second part's table, stated.
    expect(first?.elements.find((e) => e.code === '4.2.3')?.rating).toBe('non-compliance');
    expect(first?.elements.find((e) => e.code === '4.1.1')).toMatchObject({ rating: 'compliance', basis: 'stated' });
    expect(first?.elements.find((e) => e.code === '1.2.1')?.rating).toBe('compliance');
    // The second visit: only the criterion it looked at, at this visit's ratings.
    expect(second?.elements.map((e) => e.code)).toEqual(CRITERION_4);
    expect(second?.elements.find((e) => e.code === '4.1.1')?.rating).toBe('compliance-plus');
    expect(second?.elements.find((e) => e.code === '4.2.3')?.rating).toBe('compliance');
    expect(report.findings.filter((f) => f.rule === 'element-rated-twice')).toEqual([]);
  });
});

describe('sentences of a visit', () => {
  it('reads the criteria a visit says it did not look at', () => {
    expect(criteriaNotAssessed('Criteria 1, 2, 3 and 5 were not reassessed and their earlier ratings stand.')).toEqual([1, 2, 3, 5]);
    expect(criteriaNotAssessed('Criterion 3 was not assessed at this visit.')).toEqual([3]);
    expect(criteriaNotAssessed('Criterion 3 was not assessed except for 3.2.1.')).toEqual([]);
    expect(criteriaNotAssessed('All five criteria were assessed.')).toEqual([]);
  });

  it('rates by "is now" only the codes of its own clause', () => {
    const found = nowRatedInProse('The partial compliance in 2.1.3 has been resolved, and 5.2.2 is now rated Compliance Plus.');
    expect(found.map((f) => [f.code, f.rating])).toEqual([['5.2.2', 'compliance-plus']]);
    expect(nowRatedInProse('Elements 1.2.2 and 1.3.2, which were partial then, are now compliant.').map((f) => f.code)).toEqual(['1.2.2', '1.3.2']);
  });

  it('does not take a code after "in" for a count', () => {
    expect(countsInProse('The Non-Compliance in 3.3.1 and the partial compliance in 2.1.3 have been resolved.')).toEqual([]);
    expect(countsInProse('I found Compliance Plus in three and Partial Compliance in two.').map((c) => c.count)).toEqual([3, 2]);
  });

  it('does not read a sentence rating one element, then a colon, as a list of that rating', () => {
    const blocks = [paragraph('3.3.1 is rated Compliance Plus: the shared desk with the hospital and the police is exemplary. Records are shared safely (3.3.2) and the Unit helps local groups (3.3.3).', 1)];
    expect(listedElements(blocks).rated).toEqual([]);
  });

  it('does not read "Plus" alone, the tail of a split table cell, as a list title', () => {
    const blocks: Block[] = [heading('Plus', 6, 1), { kind: 'table', rows: [{ cells: ['', 'text'], loc: { line: 2 } }, { cells: ['3.1.2', 'We regularly review'], loc: { line: 3 } }], loc: { line: 2 } }];
    expect(listedElements(blocks).rated).toEqual([]);
  });
});

describe('a criterion summary box and a cover unit', () => {
  it('counts a box that names only the ratings present, in a bold line too', async () => {
    const report = await read(
      'boxes',
      `# Customer Service Excellence Annual Review Report\n\nOrganisation: Brindle Vale Council\n\nVisit: Annual Review – Year 1\n\n## Criterion 1\n\n1.2.2 is rated Compliance Plus: a panel tests every change.\n\nAll other elements of Criterion 1 were assessed as Compliance.\n\nCriterion 1 – 1 C+, 10 C\n\n## Criterion 2\n\n2.2.1 is rated Partial Compliance: induction is patchy.\n\nThe remaining elements of Criterion 2 were assessed as Compliance.\n\n**Criterion 2 – 10 C, 1 PC**\n`,
    );
    const by = report.assessments[0]?.statedTotals.byCriterion;
    expect(by?.['1']).toMatchObject({ compliancePlus: 1, compliance: 10 });
    expect(by?.['2']).toMatchObject({ compliance: 10, partialCompliance: 1 });
  });

  it('names the holder with the unit the cover sets on the line under it', () => {
    const blocks = [heading('Customer Service Excellence Report', 1, 1), paragraph('Harrowgate City Council\nHousing Benefits Contact Centre', 2)];
    expect(organisationFromTitle(blocks)?.name).toBe('Harrowgate City Council – Housing Benefits Contact Centre');
  });
});

describe('sections numbered within each visit', () => {
  it('are no series of parts: a section naming no visit closes none (the Word copy of a report with "Section A – … at the initial assessment")', async () => {
    const { partClosers, stageTitles } = await import('../src/extract/recognise/stage-scopes.js');
    const block = (text: string, level = 3): Block => ({ kind: 'heading', level, text, loc: {} });
    const blocks = [
      block('Initial Assessment', 2),
      block('Section A – Summary of scores at the initial assessment'),
      block('Section B – Element ratings'),
      block('12-Month Review', 2),
      block('Section A – Summary of scores at the 12-month review'),
    ];
    expect(partClosers(blocks, stageTitles(blocks))).toEqual([]);
    const parts = [block('Part A – Annual Review 2 (November 2017)', 2), block('Part B – Reassessment (March 2018)', 2), block('Part C – Position after both visits', 2)];
    expect(partClosers(parts, stageTitles(parts))).toEqual([2]);
  });
});
