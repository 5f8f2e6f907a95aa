/**
 * Classes of layout and wording first met in blind set 11 (fixtures/blind11/README.md), each on a
 * small input: a holder's letter to its assessment body about an assessment (an appeal against a
 * rating), which is not a report; a sampled visit whose table restates an earlier visit's ratings
 * for the criteria it did not assess, under a band that says so; an element re-examined from such
 * a criterion counted in a row of its own beside the criteria's; a table that sets this visit's
 * ratings beside an earlier visit's in columns named by year.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractFile } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { holderCorrespondence } from '../src/extract/recognise/holder-correspondence.js';
import { readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { readScoreTable } from '../src/extract/score-table.js';
import { criteriaLabelledNotAssessed } from '../src/parse/unassessed-criteria.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-blind11-classes-'));
function write(name: string, markdown: string): string {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return path;
}
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });

const QUOTED_RESULT =
  'The report rates three elements Compliance Plus (1.2.1, 2.1.3 and 5.1.2), 51 Compliance and three Partial Compliance (2.2.2, 3.4.1 and 4.2.4), with no non-compliance. All other elements are compliant.';

describe('correspondence about an assessment, which says what it is', () => {
  it('is not-a-report: a holder\'s letter appealing against a rating, quoting the report', async () => {
    const path = write(
      'appeal',
      `# Request for review of a Customer Service Excellence rating\n\nHarbourside Leisure Trust\n\n3 May 2024\n\nDear Certification Manager,\n\nWe wish to appeal against the rating of element 3.4.1 in the report of our annual review, carried out by Mr Tom Ashdown on 11 April 2024. ${QUOTED_RESULT}\n\nWe ask that 3.4.1 is rated Compliance.\n\nYours sincerely,\n\nChief Executive\n`,
    );
    const output = await extractFile(path);
    expect('error' in output && output.error.code).toBe('not-a-report');
  });

  it('reads the writer\'s own word, not a report\'s advice on appeals, a recorded appeal or a quoted one', () => {
    expect(holderCorrespondence([para('I am writing, as our rules allow, to formally request a review of the rating of 4.2.4.')])).not.toBeNull();
    expect(holderCorrespondence([para('This letter is our formal appeal against the outcome of the assessment.')])).not.toBeNull();
    expect(holderCorrespondence([para('If you wish to appeal against any rating, write to the certification manager within 28 days.')])).toBeNull();
    expect(holderCorrespondence([para('The Trust appealed against the 2022 rating of 4.2.4 and the appeal was upheld.')])).toBeNull();
    expect(holderCorrespondence([para('The Trust wrote: "we wish to appeal against the rating of 4.2.4".')])).toBeNull();
    // A customer's complaint about a service, in an element's evidence, is not about the assessment.
    expect(holderCorrespondence([para('We want to complain about the state of the changing rooms, one member told us.')])).toBeNull();
  });

  it('stays a report where an assessor\'s covering e-mail sends the report and says how to appeal', async () => {
    const report = await extract(
      write(
        'covering-email',
        `From: Ruth Pennant (assessor)\n\nSent: 12 May 2024\n\nSubject: Customer Service Excellence annual review report\n\nDear Ms Lowe,\n\nI write to send you my report of the annual review of Harbourside Leisure Trust on 11 April 2024. If you wish to appeal against any rating, please write to the certification manager within 28 days.\n\n# Customer Service Excellence Annual Review Report\n\nOrganisation: Harbourside Leisure Trust\n\nLead assessor: Ruth Pennant\n\nType of visit: First annual review\n\nVisit date: 11 April 2024\n\n## Summary\n\nOf the 57 elements, three are Compliance Plus (1.2.1, 2.1.3 and 5.1.2), 51 Compliance and three Partial Compliance (2.2.2, 3.4.1 and 4.2.4). All other elements are compliant.\n`,
      ),
    );
    expect(report.assessments[0]?.elements).toHaveLength(57);
  });
});

describe('a sampled visit that restates the ratings of criteria it did not assess', () => {
  it('reads the band of a criterion not assessed, with the elements it re-examined all the same', () => {
    expect(
      criteriaLabelledNotAssessed([
        'Criterion 2 – The Culture of the Organisation – not assessed at this visit; 2019 ratings carried forward, except 2.1.4, re-examined',
        'Criterion 3: Information and Access (assessed at this visit)',
        'Criterion 5 (not sampled)',
        'Criterion 4 was assessed in full and the assessor did not find any element not assessed before.',
      ]),
    ).toEqual({ criteria: [2, 5], except: ['2.1.4'] });
  });

  it('does not give this visit the ratings set under such a band, but rates the re-examined element', async () => {
    const rows = (codes: string[], rating: string) => codes.map((c) => `| ${c} | Statement | ${rating} |`).join('\n');
    const report = await extract(
      write(
        'sampled',
        `# Customer Service Excellence Annual Review Report\n\nOrganisation: Fernhill Housing\n\nLead assessor: Ruth Pennant\n\nType of visit: First annual review\n\nVisit date: 11 April 2024\n\n## Element ratings\n\n### Criterion 1 – Customer Insight – not assessed at this visit; 2023 ratings carried forward, except 1.1.2, re-examined\n\n| Element | Requirement | Rating |\n| --- | --- | --- |\n${rows(['1.1.1', '1.1.2', '1.1.3'], 'Compliance')}\n\n### Criterion 2 – The Culture of the Organisation (assessed at this visit)\n\n| Element | Requirement | Rating |\n| --- | --- | --- |\n${rows(['2.1.1', '2.1.2', '2.1.3'], 'Compliance')}\n`,
      ),
    );
    const codes = report.assessments[0]?.elements.map((e) => e.code) ?? [];
    expect(codes).toEqual(expect.arrayContaining(['1.1.2', '2.1.1', '2.1.2', '2.1.3']));
    expect(codes).not.toContain('1.1.1');
    expect(codes).not.toContain('1.1.3');
  });

  it('counts a re-examined element\'s row for no criterion', () => {
    const read = readScoreTable(
      table(['Criterion', 'C+', 'C', 'PC', 'NC'], ['1 – Customer Insight', '1', '10', '0', '0'], ['3 – Information and Access', '0', '11', '1', '0'], ['2.2.3 (follow-up)', '0', '1', '0', '0'], ['Total', '1', '22', '1', '0']),
    );
    expect(Object.keys(read?.byCriterion ?? {})).toEqual(['1', '3']);
    expect(read?.overall).toMatchObject({ compliancePlus: 1, compliance: 22, partialCompliance: 1, nonCompliance: 0 });
  });
});

describe('this visit\'s ratings beside an earlier visit\'s', () => {
  it('reads the later visit\'s column, named by year or as current', () => {
    const byYear = readElementRatingTable(table(['Ref', 'Element', '2019 reassessment', '2020 review', 'Direction'], ['1.1.1', 'Statement', 'PC', 'C', '↑'], ['1.1.2', 'Statement', 'C', 'C', '→']), []);
    expect(byYear?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance'],
      ['1.1.2', 'compliance'],
    ]);
    const byWord = readElementRatingTable(table(['Element', 'Previous', 'Current', 'Note'], ['1.1.1', 'C', 'C+', 'new'], ['1.1.2', 'C', 'PC', '']), []);
    expect(byWord?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.1.2', 'partial-compliance'],
    ]);
  });
});
