/**
 * Whole documents in layouts no fixture has, read end to end: what is there is read, what is not
 * is said, and nothing is invented (see also zoo.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, extractFile } from '../src/api.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-any-layout-'));
async function read(name: string, markdown: string) {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return extract(path);
}

describe('reports in layouts of their own', () => {
  it('reads elements rated under their own headings, and says which were not rated', async () => {
    const report = await read(
      'headings',
      `# Customer Service Excellence Surveillance Report\n\nClient: Northmoor College\n\nAssessor: Ms Karen Doyle\n\nVisit date: 14 March 2023\n\nVisit type: Surveillance visit 1\n\n### 1.1.1 Customer segmentation – Compliance Plus\n\nThe analytics are used by every department.\n\n### 1.1.3 (Partial Compliance)\n\nThere is no strategy for adult learners.\n`,
    );
    expect(report.organisation).toBe('Northmoor College');
    const [stage] = report.assessments;
    expect({ stage: stage?.stage, assessors: stage?.assessors, visit: stage?.visitDate }).toEqual({ stage: 'review-1', assessors: ['Karen Doyle'], visit: '2023-03-14' });
    expect(stage?.elements.map((e) => [e.code, e.rating])).toEqual([
      ['1.1.1', 'compliance-plus'],
      ['1.1.3', 'partial-compliance'],
    ]);
    const coverage = report.findings.find((f) => f.rule === 'incomplete-reading');
    expect(coverage?.elements).toHaveLength(55);
  });

  it('derives the rest where the report says all other elements were compliant and its counts agree', async () => {
    const report = await read(
      'rest-compliant',
      `# Report on the Customer Service Excellence Reassessment of Fernvale District Council\n\nAssessment body: SGS United Kingdom Ltd\n\nLead assessor: Mr Paul Grant\n\n| Criterion | No. of C+ | No. of PC |\n| --- | --- | --- |\n| 1 | 2 | 0 |\n| 2 | 1 | 1 |\n| 3 | 0 | 0 |\n| 4 | 1 | 0 |\n| 5 | 0 | 0 |\n\nCompliance Plus: 1.1.1, 1.2.2, 2.1.4, 4.2.1.\n\nPartial compliance: 2.2.3 – Staff training records are incomplete.\n\nAll other elements were assessed as fully compliant.\n`,
    );
    expect(report.organisation).toBe('Fernvale District Council');
    expect(report.assessmentBody).toBe('SGS United Kingdom');
    const [stage] = report.assessments;
    expect(stage?.stage).toBe('reassessment');
    expect(stage?.elements).toHaveLength(57);
    expect(stage?.elements.filter((e) => e.basis === 'derived')).toHaveLength(52);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('says so when a table of ratings is in a shape it cannot read', async () => {
    const report = await read(
      'odd-table',
      `# CSE Annual Review 2\n\nOrganisation: Eastcombe Borough Council\n\n| Sub-criterion | Overall judgement |\n| --- | --- |\n| Customer Identification | Compliance Plus |\n| Engagement and Consultation | Partial Compliance |\n\nThe two Partial Compliances (2.2.3 and 4.3.5) were discussed.\n`,
    );
    expect(report.findings.find((f) => f.rule === 'incomplete-reading' && /could not be read/.test(f.message))?.location).toEqual({ line: 5 });
    expect(report.assessments[0]?.elements.map((e) => e.code)).toEqual(['2.2.3', '4.3.5']);
  });

  it('is not-a-report only when the document holds no CSE evidence at all', async () => {
    const path = join(dir, 'newsletter.md');
    writeFileSync(path, '# Staff newsletter\n\nWe are working towards Customer Service Excellence next year. Compliance matters to us all.\n');
    const output = await extractFile(path);
    expect('error' in output && output.error.code).toBe('not-a-report');
  });
});
