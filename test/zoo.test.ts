/**
 * The layout zoo: reports of other bodies and house styles (fixtures/zoo/README.md), each in
 * Markdown, Word and two PDF producers, give their hand-written expected record: organisation,
 * body, every stage's facts, totals and element ratings, and the findings the document must raise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { ROOT, withoutLocations } from './helpers.js';

const ZOO = `${ROOT}fixtures/zoo/`;
const STEMS = readdirSync(ZOO)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));
const FORMATS = ['md', 'docx', 'lo.pdf', 'chromium.pdf'];

/** The core of a record the zoo's expected files hold. */
function core(report: Awaited<ReturnType<typeof extract>>) {
  return {
    organisation: report.organisation,
    assessmentBody: report.assessmentBody,
    assessments: report.assessments.map((a) => ({
      stage: a.stage,
      status: a.status,
      reportDate: a.reportDate,
      visitDate: a.visitDate,
      documentReviewDate: a.documentReviewDate,
      assessors: a.assessors,
      statedTotals: { byCriterion: a.statedTotals.byCriterion, overall: a.statedTotals.overall },
      elements: withoutLocations(a.elements),
    })),
  };
}

describe.each(STEMS)('zoo %s', (stem) => {
  const expected = JSON.parse(readFileSync(`${ZOO}${stem}.expected.json`, 'utf8'));
  describe.each(FORMATS)('as %s', (format) => {
    let record: ReturnType<typeof extract> | undefined;
    const extracted = () => (record ??= extract(`${ZOO}${stem}.${format}`));

    it('gives the expected organisation, body, stages, totals and ratings', async () => {
      const { mustRaise: _m, notes: _n, ...want } = expected;
      expect(core(await extracted())).toEqual(want);
    });

    it('raises the findings the document calls for', async () => {
      const raised = new Set((await extracted()).findings.map((f) => `${f.rule}@${f.stage}`));
      for (const f of expected.mustRaise as { rule: string; stage: string | null }[]) expect(raised, `${f.rule}@${f.stage}`).toContain(`${f.rule}@${f.stage}`);
    });
  });
});
