/**
 * The synthetic corpus (scripts/corpus/): the same seed gives the same reports, the truth file
 * validates, and a small corpus of every template, as Markdown and Word, extracts to its truth.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../src/api.js';
// @ts-expect-error: plain ES modules of the scripts, without type declarations
import { generateCorpus } from '../scripts/corpus/generate.mjs';
// @ts-expect-error: as above
import { writeCorpus } from '../scripts/corpus/write.mjs';
// @ts-expect-error: as above
import { parseTruthLines, TruthRecord } from '../scripts/corpus/truth.mjs';
// @ts-expect-error: as above
import { compareReport } from '../scripts/corpus/compare.mjs';

interface Generated {
  stem: string;
  template: string;
  markdown: string;
  truth: { deliberate: { kind: string } | null; formats: string[]; stem: string };
}

describe('the corpus generator', () => {
  it('gives the same reports and truth for the same seed, and others for another seed', () => {
    const a: Generated[] = generateCorpus({ reports: 8, seed: 3 });
    const b: Generated[] = generateCorpus({ reports: 8, seed: 3 });
    const c: Generated[] = generateCorpus({ reports: 8, seed: 4 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((r) => r.markdown)).not.toEqual(c.map((r) => r.markdown));
  });

  it('rejects a truth record that lacks a value', () => {
    const [report] = generateCorpus({ reports: 1, seed: 3 }) as Generated[];
    const truth = { ...report!.truth, formats: ['md'] };
    expect(TruthRecord.safeParse(truth).success).toBe(true);
    expect(TruthRecord.safeParse({ ...truth, assessments: [] }).success).toBe(false);
  });
});

describe('a small corpus of every template, Markdown and Word', () => {
  let dir: string;
  let corpus: Generated[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cse-corpus-'));
    // Seed 1 with a 30% share of deliberate inconsistencies: all three templates, and a wrong
    // score table, prose counts that disagree and a criterion over its tolerance among them.
    corpus = generateCorpus({ reports: 12, seed: 1, inconsistentShare: 0.3 });
    await writeCorpus(dir, corpus, { seed: 1, word: true, pdfShare: 0 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('covers every template and some deliberate inconsistencies', () => {
    expect(new Set(corpus.map((r) => r.template))).toEqual(new Set(['centre-for-assessment', 'assessment-services', 'committee-summary']));
    expect(new Set(corpus.flatMap((r) => (r.truth.deliberate ? [r.truth.deliberate.kind] : [])))).toEqual(new Set(['score-table', 'prose-count', 'too-many-partials']));
  });

  it('writes a truth file that validates', () => {
    const truths = parseTruthLines(readFileSync(join(dir, 'truth.jsonl'), 'utf8'));
    expect(truths).toHaveLength(12);
    expect(truths.every((t: Generated['truth']) => t.formats.join() === 'md,docx')).toBe(true);
  });

  it('extracts every value of every report as the truth has it, in both formats', async () => {
    const truths = parseTruthLines(readFileSync(join(dir, 'truth.jsonl'), 'utf8'));
    const disagreements: unknown[] = [];
    let values = 0;
    for (const truth of truths) {
      for (const format of ['md', 'docx']) {
        const file = join(dir, format, `${truth.stem}.${format}`);
        const rows = compareReport(truth, await extractFile(file));
        values += rows.length;
        disagreements.push(...rows.filter((r: { outcome: string }) => r.outcome !== 'right').map((r: object) => ({ file, ...r })));
      }
    }
    expect(values).toBeGreaterThan(4000);
    expect(disagreements).toEqual([]);
  });
});
