/**
 * "Full compliance" counts that include the compliance plus elements (first met in blind set 10):
 * where the document says so, its full compliance count is no compliance count.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { fullComplianceIncludesPlus } from '../src/parse/full-compliance.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-full-compliance-'));
async function read(name: string, markdown: string) {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return extract(path);
}

describe('full compliance that includes compliance plus', () => {
  it('knows the wordings that put compliance plus inside full compliance, and not full compliance as a name for compliance', () => {
    expect(fullComplianceIncludesPlus('Compliance Plus elements are included in the fully compliant figures below.')).toBe(true);
    expect(fullComplianceIncludesPlus('Full compliance includes the three elements rated Compliance Plus.')).toBe(true);
    expect(fullComplianceIncludesPlus('Of these elements in full compliance, four were also awarded Compliance Plus.')).toBe(true);
    expect(fullComplianceIncludesPlus('3.4.1 – Full compliance – Compliance Plus')).toBe(true);
    expect(fullComplianceIncludesPlus('The Council achieved full compliance in 50 elements and Compliance Plus in four.')).toBe(false);
    expect(fullComplianceIncludesPlus('Compliance Plus is awarded where an organisation goes well beyond full compliance.')).toBe(false);
  });

  it('leaves out a compliance count headed or worded "full compliance" there, and keeps the others', async () => {
    const table = `| Criterion | Fully compliant | Partially compliant | Not compliant |\n| --- | --- | --- | --- |\n| 1 | 11 | 0 | 0 |\n| 2 | 10 | 1 | 0 |\n| 3 | 12 | 0 | 0 |\n| 4 | 13 | 0 | 0 |\n| 5 | 9 | 1 | 0 |\n| Total | 55 | 2 | 0 |\n`;
    const head = `# Customer Service Excellence Assessment Report\n\nOrganisation: Thornby Housing Trust\n\nAssessor: Mr Ian Booth\n\nAssessment type: Initial assessment\n\n`;
    const including = await read('including', `${head}The Trust was fully compliant in 55 elements and partially compliant in two.\n\nCompliance Plus elements are included in the fully compliant figures below; there are three.\n\n${table}`);
    const totals = including.assessments[0]?.statedTotals;
    expect(totals?.overall).toMatchObject({ compliance: null, partialCompliance: 2, nonCompliance: 0 });
    expect(totals?.byCriterion?.['2']).toMatchObject({ compliance: null, partialCompliance: 1 });
    // The same table where full compliance is only a name for compliance.
    const synonym = await read('synonym', `${head}The Trust was fully compliant in 55 elements and partially compliant in two.\n\n${table}`);
    expect(synonym.assessments[0]?.statedTotals.overall).toMatchObject({ compliance: 55, partialCompliance: 2 });
  });
});
