/**
 * fixtures/blind: ten reports written by someone who had not read the extractor (README there),
 * in Markdown and Word, each against its hand-written expected record: organisation, body, each
 * stage's stage, dates, assessors, stated totals and element ratings with their basis. What cse
 * still reads differently is listed below, with why, so a change that fixes or breaks it shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/api.js';
import { ROOT } from './helpers.js';

const BLIND = `${ROOT}fixtures/blind/`;
const STEMS = readdirSync(BLIND)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

/** Values cse reads otherwise than the truth, each a known gap: path → what cse gives. */
const KNOWN_GAPS: Record<string, unknown> = {};

describe.each(STEMS)('blind %s', (stem) => {
  const truth = JSON.parse(readFileSync(`${BLIND}${stem}.expected.json`, 'utf8'));
  describe.each(['md', 'docx'])('as %s', (format) => {
    it('gives the hand-written record, but for the known gaps', async () => {
      const output = await extractFile(`${BLIND}${stem}.${format}`);
      if (truth.error) {
        expect('error' in output && output.error.code).toBe(truth.error);
        return;
      }
      if ('error' in output) throw new Error(output.error.message);
      const gap = (key: string, value: unknown) => (key in KNOWN_GAPS ? KNOWN_GAPS[key] : value);
      expect([truth.organisation, ...(truth.organisationAlternatives ?? [])]).toContain(output.organisation);
      expect(output.assessmentBody).toBe(truth.assessmentBody);
      expect(output.assessments.map((a) => a.stage)).toEqual(truth.assessments.map((a: { stage: string }) => a.stage));
      truth.assessments.forEach((want: Record<string, any>, i: number) => {
        const got = output.assessments[i]!;
        const at = `${stem} ${want.stage}`;
        expect({ reportDate: got.reportDate, visitDate: got.visitDate, assessors: [...got.assessors].sort() }, at).toEqual({ reportDate: want.reportDate, visitDate: want.visitDate, assessors: [...want.assessors].sort() });
        expect(got.statedTotals.byCriterion, `${at} byCriterion`).toEqual(want.statedTotals.byCriterion);
        const overall = want.statedTotals.overall && Object.fromEntries(Object.entries(want.statedTotals.overall).map(([k, v]) => [k, gap(`${at} overall.${k}`, v)]));
        expect(got.statedTotals.overall, `${at} overall`).toEqual(overall);
        const elements = want.elements.map((e: { code: string; rating: string; basis: string }) => ({ code: e.code, rating: e.rating, basis: gap(`${at} ${e.code} basis`, e.basis) }));
        expect(got.elements.map((e) => ({ code: e.code, rating: e.rating, basis: e.basis })), `${at} elements`).toEqual(elements);
      });
    });
  });
});
