/**
 * What the blind sets hold (fixtures/blind2, fixtures/blind3): documents written without reading
 * cse, against hand-written records. Not every value is read; what is held is that no value is
 * wrong but the known ones, each with why, that a stage read with fewer elements than the report
 * rates says so in an incomplete-reading finding, and that a document that is not a report is
 * refused.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/api.js';
import { ROOT } from './helpers.js';

export interface BlindSet {
  /** Folder under fixtures/. */
  folder: string;
  formats: readonly string[];
  /** Values read otherwise than the truth: "stem format what", what being organisation, stage, assessors, overall or an element's code. */
  knownWrong: ReadonlySet<string>;
  /** Whether the set's truth names the holder as cse should read it. */
  checksOrganisation: boolean;
}

export function describeBlindSet({ folder, formats, knownWrong, checksOrganisation }: BlindSet): void {
  const dir = `${ROOT}fixtures/${folder}/`;
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace('.expected.json', ''));
  describe.each(stems)(`${folder} %s`, (stem) => {
    const truth = JSON.parse(readFileSync(`${dir}${stem}.expected.json`, 'utf8'));
    describe.each(formats.filter((format) => existsSync(`${dir}${stem}.${format}`)))('as %s', (format) => {
      it('states no wrong value, and says what it did not read', async () => {
        const output = await extractFile(`${dir}${stem}.${format}`);
        if (truth.error) {
          expect('error' in output && output.error.code).toBe(truth.error);
          return;
        }
        // A report refused outright states nothing wrong; the refusal is what it says it did not read.
        if ('error' in output) return;
        const known = (what: string) => knownWrong.has(`${stem} ${format} ${what}`);
        // A dash between spaces separates as a line break or a space does ("Wendlebury – Library" on a cover, "Wendlebury Library" in a PDF's line), as the blind sets' scorer takes it.
        const dashes = (name: string | null) => name?.replace(/\s[-–—]\s/g, ' ') ?? null;
        if (checksOrganisation && output.organisation !== null && !known('organisation')) expect(dashes(output.organisation)).toBe(dashes(truth.organisation));
        if (output.assessmentBody !== null) expect(output.assessmentBody).toBe(truth.assessmentBody);
        truth.assessments.forEach((want: Record<string, any>, i: number) => {
          const got = output.assessments[i];
          if (!got) return;
          if (got.stage !== 'unknown' && !known('stage')) expect(got.stage).toBe(want.stage);
          for (const key of ['reportDate', 'visitDate'] as const) if (got[key] !== null) expect(got[key], `${want.stage} ${key}`).toBe(want[key]);
          // Every assessor named is one of the report's (one missed is missing, not wrong).
          const sameName = (name: string) => name.replace(/’/g, "'");
          if (!known('assessors')) for (const name of got.assessors) expect(want.assessors.map(sameName), `${want.stage} assessors`).toContain(sameName(name));
          const overall = got.statedTotals.overall;
          if (overall && !known('overall')) for (const [k, v] of Object.entries(overall)) if (v !== null) expect(v, `${want.stage} overall ${k}`).toBe(want.statedTotals.overall?.[k]);
          const wanted = new Map<string, { rating: string }>(want.elements.map((e: { code: string; rating: string }) => [e.code, e]));
          for (const e of got.elements) if (!known(e.code)) expect(`${e.code} ${e.rating}`, `${want.stage} ${e.code}`).toBe(`${e.code} ${wanted.get(e.code)?.rating}`);
          if (got.status === 'completed' && got.elements.length < want.elements.length) {
            expect(output.findings.some((f) => f.rule === 'incomplete-reading' && (f.stage === got.stage || f.stage === null)), `${want.stage} read in part, said`).toBe(true);
          }
        });
      });
    });
  });
}
