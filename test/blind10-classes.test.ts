/**
 * Classes of layout and wording first met in blind set 10 (fixtures/blind10/README.md), each on a
 * small input: another kind of review of a holder's CSE arrangements (an internal audit, a gap
 * analysis) that says it does not assess, which is not a report; partial compliances named only in
 * a typed action plan (rows "PC" beside "development point" rows that rate nothing); a report in a
 * management-system audit template ("Audit type: Surveillance 2 (SV2)", "Clause | … | CSE rating", a
 * findings register of nonconformities beside the ratings) and its counts drawn as a Mermaid pie.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractFile } from '../src/api.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-blind10-classes-'));
function write(name: string, markdown: string): string {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return path;
}

const QUOTED_RESULT =
  'At the reassessment of March 2021 the assessor rated the Trust Compliance Plus in six elements, Compliance in 49 and Partial Compliance in two (2.2.3 and 4.3.5). The Compliance Plus elements were 1.1.1, 1.2.2, 2.1.4, 3.3.1, 4.1.1 and 5.1.2.';

describe('another kind of review of the holder\'s arrangements, which says it does not assess', () => {
  it('is not-a-report: an internal audit titled as one, that says it does not assess against the standard', async () => {
    const path = write(
      'internal-audit',
      `# Internal Audit Report: Customer Service Excellence arrangements\n\nOrganisation: Hollins Vale NHS Trust\n\nAuditor: Sam Okafor, Principal Auditor\n\n## Background\n\n${QUOTED_RESULT}\n\n## Scope\n\nWe tested the evidence held for ten elements. This review does not assess the Trust against the Customer Service Excellence standard.\n\n| Element | Evidence sufficient? |\n| --- | --- |\n| 2.2.3 | Partial |\n| 4.3.5 | No |\n| 1.1.1 | Yes |\n`,
    );
    const output = await extractFile(path);
    expect('error' in output && output.error.code).toBe('not-a-report');
  });

  it('is not-a-report: a gap analysis that names itself in its text and says its grades are not the assessor\'s', async () => {
    const path = write(
      'gap-analysis',
      `# Customer Service Excellence: where we stand\n\nPrepared by the Policy and Performance Team, Corby Fen District Council.\n\nThis document is our gap analysis before the reassessment. ${QUOTED_RESULT} The grades below are our own opinions, not the assessor's.\n\n| Element | Our grade |\n| --- | --- |\n| 2.2.3 | Partial Compliance |\n| 4.3.5 | Compliance |\n| 1.1.1 | Compliance Plus |\n`,
    );
    const output = await extractFile(path);
    expect('error' in output && output.error.code).toBe('not-a-report');
  });

  it('stays a report where an assessment report quotes an internal audit, or a paper reports the assessment', async () => {
    const report = await extract(
      write(
        'quotes-an-audit',
        `# Customer Service Excellence Reassessment Report\n\nOrganisation: Hollins Vale NHS Trust\n\nLead assessor: Ruth Pennant\n\nType of visit: Reassessment\n\nVisit date: 9 March 2021\n\n## Summary\n\nThe Trust's internal audit report of 2020 found evidence hard to locate; this self-assessment-led approach has since improved. Only the certification body can award the certificate. ${QUOTED_RESULT} All other elements are compliant.\n`,
      ),
    );
    expect(report.assessments[0]?.elements).toHaveLength(57);
    const paper = await extract(
      write(
        'committee-paper',
        `# Report to the Audit Committee\n\n## Purpose of the report\n\nTo tell members the outcome of the Customer Service Excellence reassessment. This is not an internal audit of the arrangements; the assessor's report is attached.\n\n## Findings\n\n${QUOTED_RESULT}\n\n## Recommendations\n\nThat members note the result.\n`,
      ),
    );
    expect(paper.template).toBe('committee-summary');
    expect(paper.assessments[0]?.statedTotals.overall?.compliancePlus).toBe(6);
  });
});

describe('partial compliances named only in a typed action plan', () => {
  const plan = (rows: string) =>
    `# Customer Service Excellence Assessment Report\n\nOrganisation: Tarnby Housing Trust\n\nLead assessor: Ruth Pennant\n\nType of visit: Second annual review\n\nVisit date: 14 May 2019\n\n## Summary\n\nOf the 57 elements, two are Compliance Plus (2.1.1 and 5.1.1), 53 Compliance and two Partial Compliance. The partial compliances are in the improvement plan below. All other elements are compliant.\n\n## Improvement plan\n\n| Element | Finding type | Issue | Agreed action | Responsible | Target date |\n| --- | --- | --- | --- | --- | --- |\n${rows}`;

  it('rates the rows typed with a rating, not the development points, and derives the rest where the counts agree', async () => {
    const report = await extract(
      write(
        'typed-plan',
        plan(
          '| 1.2.2 | Development point | Panel minutes are not published. | Publish them. | Tenant Voice Lead | 30/09/2019 |\n| 3.2.1 | Partial Compliance | Leaflets untested with tenants. | Test them with the panel. | Comms Manager | 31/10/2019 |\n| 4.3.3 | PC | Complaint outcomes not analysed. | Analyse them quarterly. | Complaints Lead | 31/12/2019 |\n',
        ),
      ),
    );
    const [stage] = report.assessments;
    const rating = (code: string) => stage?.elements.find((e) => e.code === code);
    expect(['3.2.1', '4.3.3', '1.2.2'].map((c) => [rating(c)?.rating, rating(c)?.basis])).toEqual([
      ['partial-compliance', 'stated'],
      ['partial-compliance', 'stated'],
      ['compliance', 'derived'],
    ]);
    expect(stage?.elements).toHaveLength(57);
  });

  it('reads no rating from a type that may mean something else: a lone letter, or NC where no key says it is non-compliance', async () => {
    const report = await extract(
      write(
        'typed-plan-unclear',
        plan('| 3.2.1 | C | Leaflets untested with tenants. | Test them. | Comms Manager | 31/10/2019 |\n| 4.3.3 | NC | Complaint outcomes not analysed. | Analyse them. | Complaints Lead | 31/12/2019 |\n'),
      ),
    );
    const codes = report.assessments[0]?.elements.filter((e) => e.basis === 'stated').map((e) => e.code);
    expect(codes).toEqual(['2.1.1', '5.1.1']);
  });
});

describe('a report in a management-system audit template', () => {
  const rows = (from: number, to: number, rating: (code: string) => string) => {
    const codes = ['1.1.1', '1.1.2', '1.1.3', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.2.5', '3.1.1', '3.1.2', '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.3.1', '3.3.2', '3.3.3', '3.4.1', '3.4.2', '3.4.3', '4.1.1', '4.1.2', '4.1.3', '4.2.1', '4.2.2', '4.2.3', '4.2.4', '4.3.1', '4.3.2', '4.3.3', '4.3.4', '4.3.5', '4.3.6', '5.1.1', '5.1.2', '5.2.1', '5.2.2', '5.2.3', '5.2.4', '5.2.5', '5.3.1', '5.3.2', '5.3.3'];
    return codes.slice(from, to).map((c) => `| ${c} | Requirement text | ${rating(c)} | – |`).join('\n');
  };
  const rating = (c: string) => (c === '2.2.2' ? 'C+' : c === '4.1.2' ? 'PC' : 'C');
  const summary = (counts: string) =>
    `# Audit Report – Customer Service Excellence\n\n| Item | Detail |\n| --- | --- |\n| Client | Penhallow Fire and Rescue Service |\n| Audit type | Surveillance 2 (SV2) |\n| Remote document review | 2025-09-02 |\n| Audit dates (on site) | 2025-09-16 to 2025-09-17 |\n| Audit team leader | Dana Whitcombe |\n| Report date | 2025-10-01 |\n\n## Summary of findings\n\n| Finding type | Number |\n| --- | --- |\n| Major NC | 0 |\n| Minor NC | 1 |\n| OFI | 4 |\n\n${counts}\n\n## Results by clause\n\n| Clause | Requirement | CSE rating | Finding ref. |\n| --- | --- | --- | --- |\n${rows(0, 57, rating)}\n`;

  it('reads the audit\'s labels, its rating column and its CSE rating summary, and not the findings register\'s counts as ratings', async () => {
    const report = await extract(write('iso-template', summary('## CSE rating summary\n\n| CSE rating | Elements |\n| --- | --- |\n| Compliance Plus (C+) | 1 |\n| Compliance (C) | 55 |\n| Partial Compliance (PC) | 1 |\n| Non-Compliance (NC) | 0 |\n| Total | 57 |')));
    const [stage] = report.assessments;
    expect(stage?.stage).toBe('review-2');
    expect([stage?.visitDate, stage?.documentReviewDate, stage?.assessors]).toEqual(['2025-09-16', '2025-09-02', ['Dana Whitcombe']]);
    expect(stage?.elements).toHaveLength(57);
    expect(stage?.elements.filter((e) => e.basis === 'stated')).toHaveLength(57);
    expect(stage?.statedTotals.overall).toEqual({ nonCompliance: 0, partialCompliance: 1, compliance: 55, compliancePlus: 1 });
  });

  it('reads the counts a Markdown page gives only in a Mermaid pie chart, not a pie of shares', async () => {
    const pie = (slices: string) => '## CSE rating summary\n\n```mermaid\npie showData\n    title Ratings at this audit\n' + slices + '\n```';
    const counts = await extract(write('pie-counts', summary(pie('    "Compliance Plus (C+)" : 1\n    "Compliance (C)" : 55\n    "Partial Compliance (PC)" : 1\n    "Non-Compliance (NC)" : 0'))));
    expect(counts.assessments[0]?.statedTotals.overall).toEqual({ nonCompliance: 0, partialCompliance: 1, compliance: 55, compliancePlus: 1 });
    const shares = await extract(write('pie-shares', summary(pie('    "Compliance Plus" : 1.8\n    "Compliance" : 96.5\n    "Partial Compliance" : 1.7'))));
    expect(shares.assessments[0]?.statedTotals.overall).toBeNull();
  });
});
