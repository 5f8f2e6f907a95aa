/**
 * The corpus generator's "other bodies" family (scripts/corpus/other-bodies.mjs): without --axes a
 * seed gives the corpus it gave before the axes existed; with them every value of every axis is
 * drawn, and each report's truth is there to be read in its text (names, dates, labels, codes
 * beside their reasons, counts that match the ratings, derived ratings only where counts are stated).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ASSESSMENT_BODIES } from '../src/standard/bodies.js';
// @ts-expect-error: plain ES modules of the scripts, without type declarations
import { generateCorpus } from '../scripts/corpus/generate.mjs';
// @ts-expect-error: as above
import { AXES, BODY_ALIASES, STAGE_LABELS, writeCode, writeDate } from '../scripts/corpus/other-bodies.mjs';
// @ts-expect-error: as above
import { TruthRecord } from '../scripts/corpus/truth.mjs';
// @ts-expect-error: as above
import { writeCorpus } from '../scripts/corpus/write.mjs';

type Totals = Record<'nonCompliance' | 'partialCompliance' | 'compliance' | 'compliancePlus', number | null>;
interface Element {
  code: string;
  rating: string;
  basis: string;
  justification: string | null;
}
interface Assessment {
  stage: string;
  reportDate: string;
  visitDate: string;
  documentReviewDate: string | null;
  assessors: string[];
  statedTotals: { byCriterion: Record<string, Totals> | null; overall: Totals | null };
  elements: Element[];
}
interface Generated {
  stem: string;
  template: string;
  markdown: string;
  truth: { organisation: string; assessmentBody: string; assessments: Assessment[]; axes?: Record<string, string> };
}

const KEY: Record<string, keyof Totals> = { 'compliance-plus': 'compliancePlus', compliance: 'compliance', 'partial-compliance': 'partialCompliance', 'non-compliance': 'nonCompliance' };

describe('the corpus generator without axes', () => {
  it('gives the corpus of seed 42 it gave before the axes existed', () => {
    // Fingerprint of generateCorpus({ reports: 100, seed: 42 }) at 2e7b0c0, before other-bodies.mjs;
    // change it only when a house-style renderer is changed on purpose.
    const corpus = generateCorpus({ reports: 100, seed: 42 });
    expect(createHash('sha256').update(JSON.stringify(corpus)).digest('hex')).toBe('318e8f8aff1841e454a1ce1a717665803a8f36b867d331f18c94988591c8a484');
    expect(JSON.stringify(generateCorpus({ reports: 30, seed: 7, axes: false }))).toBe(JSON.stringify(generateCorpus({ reports: 30, seed: 7 })));
    expect(corpus.some((r: Generated) => r.template === 'other-bodies' || r.truth.axes)).toBe(false);
  });
});

describe('the corpus generator with axes', () => {
  const corpus: Generated[] = generateCorpus({ reports: 400, seed: 11, axes: true });
  const others = corpus.filter((r) => r.template === 'other-bodies');

  it('mixes other bodies in with the house styles, the same for the same seed', () => {
    expect(others.length).toBeGreaterThan(150);
    expect(new Set(corpus.map((r) => r.template)).size).toBe(4);
    expect(JSON.stringify(generateCorpus({ reports: 40, seed: 11, axes: true }))).toBe(JSON.stringify(corpus.slice(0, 40)));
  });

  it('spells each body only in ways the bodies table names it', () => {
    for (const [name, aliases] of Object.entries(BODY_ALIASES as Record<string, string[]>)) {
      const entry = ASSESSMENT_BODIES.find((b) => b.name === name);
      for (const alias of aliases) expect(entry?.aliases.map((a) => a.toLowerCase()), `${name}: ${alias}`).toContain(alias.toLowerCase());
    }
  });

  it('draws every value of every axis, and every stage label', () => {
    for (const [axis, values] of Object.entries(AXES as Record<string, string[] | null>)) {
      const drawn = new Set(others.map((r) => r.truth.axes![axis]));
      for (const value of values ?? Object.values(STAGE_LABELS as Record<string, string[]>).flat()) expect(drawn, `${axis}=${value}`).toContain(value);
    }
  });

  it('writes truth that validates and that the text bears out', () => {
    for (const { markdown: md, truth, stem } of others) {
      const a = truth.axes!;
      const [assessment] = truth.assessments as [Assessment];
      const where = `${stem} ${JSON.stringify(a)}`;
      expect(TruthRecord.safeParse({ ...truth, formats: ['md'] }).success, where).toBe(true);
      expect(md, where).toContain(truth.organisation);
      expect(md, where).toContain(a.bodyAlias);
      expect(md, where).toContain(a.stageLabel);
      for (const name of assessment.assessors) expect(md, where).toMatch(new RegExp(a.titles === 'yes' ? `(Dr|Ms|Mrs|Mr) ${name}` : `(^|[ |*:] ?)${name}`, 'm'));
      for (const date of [assessment.reportDate, assessment.visitDate, assessment.documentReviewDate]) if (date) expect(md, where).toContain(writeDate[a.dates](date));
      const lines = md.split('\n');
      for (const e of assessment.elements) {
        if (e.basis === 'derived') {
          expect(['cp-pc-table', 'cp-pc-bullets'], where).toContain(a.layout);
          expect(e.rating).toBe('compliance');
          expect(assessment.statedTotals.overall ?? assessment.statedTotals.byCriterion, where).not.toBeNull();
        } else if (e.justification) {
          const code = writeCode(a.codes, e.code);
          expect(lines.some((l) => l.includes(code) && l.includes(e.justification!)), `${where} ${e.code}`).toBe(true);
        } else expect(lines.some((l) => l.startsWith(`| ${writeCode(a.codes, e.code)} |`)), `${where} ${e.code}`).toBe(true);
      }
      const stated = assessment.elements.filter((e) => e.basis === 'stated');
      expect(stated.every((e) => (e.rating === 'compliance') === (e.justification === null)), where).toBe(true);
      if (a.layout === 'matrix' || a.layout === 'rating-column') expect(stated.length, where).toBe(57);
      // Counts as stated agree with the ratings (every report here has its 57 ratings in the truth, stated or derived, or its counts say which are left out).
      const count = (rating: string, criterion: string | null) => assessment.elements.filter((e) => e.rating === rating && (criterion === null || e.code.startsWith(`${criterion}.`))).length;
      const check = (totals: Totals | null, criterion: string | null) => {
        if (!totals) return;
        for (const [rating, key] of Object.entries(KEY)) {
          if (totals[key] === null) continue;
          if (rating === 'compliance' && assessment.elements.length < 57) continue;
          expect(totals[key], `${where} ${criterion} ${rating}`).toBe(count(rating, criterion));
        }
      };
      check(assessment.statedTotals.overall, null);
      for (const [c, totals] of Object.entries(assessment.statedTotals.byCriterion ?? {})) check(totals, c);
    }
  });
});

describe('other bodies as Word documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-corpus-axes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are written through the same Markdown-to-Word path', async () => {
    const corpus = generateCorpus({ reports: 6, seed: 3, axes: true, otherShare: 1 });
    expect(corpus.every((r: Generated) => r.template === 'other-bodies')).toBe(true);
    await writeCorpus(dir, corpus, { seed: 3, word: true, pdfShare: 0 });
    expect(readdirSync(join(dir, 'docx'))).toHaveLength(6);
  });
});
