/** Elements a committee summary lists by code: a reason given after the code is its justification; the standard's own words are not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractCommitteeSummary } from '../src/extract/committee-summary.js';
import { extractDraft } from '../src/extract/index.js';
import { readMarkdown } from '../src/read/markdown.js';
import { ROOT } from './helpers.js';

const kestrel = readFileSync(`${ROOT}fixtures/reports/kestrel-housing-committee.md`, 'utf8');

async function justifications(markdown: string): Promise<Map<string, string | null>> {
  const draft = extractCommitteeSummary(await readMarkdown(markdown));
  return new Map(draft.assessments.flatMap((a) => a.elements.map((e) => [e.code, e.justification] as const)));
}

describe('committee summary lists', () => {
  it("keeps a reason that shares most of its words with the element's statement", async () => {
    // 4.3.5's statement: "We regularly review and improve our complaints procedure, taking account of the views of customers, complainants and staff."
    const reason = 'The complaints procedure was reviewed but the views of complainants and staff were not taken into account.';
    const text = kestrel.replace(/• 4\.3\.5 – The complaints policy[\s\S]*?changes\./, `• 4.3.5 – ${reason}`);
    expect(text).not.toBe(kestrel);
    expect((await justifications(text)).get('4.3.5')).toBe(reason);
  });

  it("drops the statement quoted after a code, whole or cut short", async () => {
    const found = await justifications(kestrel);
    expect(found.get('1.1.1')).toBeNull();
    const cut = kestrel.replace(/ 1\.1\.3 {2}We make particular efforts[\s\S]*?needs\./, ' 1.1.3  We make particular efforts to identify hard-to-reach groups.');
    expect(cut).not.toBe(kestrel);
    expect((await justifications(cut)).get('1.1.3')).toBeNull();
  });
});

describe('a committee paper that cites no element', () => {
  it('is still a committee summary when it names the standard: full compliance, no compliance plus', async () => {
    const paper = [
      '# Audit and Governance Committee',
      '**Customer Service Excellence – 2013 Initial Assessment**',
      '**1. Purpose of the Report**',
      "1.1 To update Members on the outcome of the University's 2013 assessment against the Customer Service Excellence (CSE) standard.",
      '**3. 2013 Assessment and Results**',
      '3.3 We retained the standard, securing full compliance across all 57 elements, and none of the fifty-seven elements were assessed as Compliance Plus.',
      '**4. Recommendation**',
      'That Members note the result of the 2013 assessment.',
    ].join('\n\n');
    const draft = extractDraft(await readMarkdown(paper), 'paper.md');
    expect(draft.template).toBe('committee-summary');
    expect(draft.assessments[0]?.statedTotals.overall).toMatchObject({ nonCompliance: 0, partialCompliance: 0, compliancePlus: 0 });
  });
});
