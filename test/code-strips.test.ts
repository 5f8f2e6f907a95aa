/**
 * An element table turned on its side (first met in blind set 10): the codes across a header
 * row and a row of ratings per visit under them; only the reported visit's row is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block, Document } from '../src/document/model.js';
import { codeStrips } from '../src/extract/recognise/code-strips.js';
import { withWrappedCodeRowsJoined } from '../src/extract/wrapped-code-rows.js';

type Table = Extract<Block, { kind: 'table' }>;
const table = (...rows: string[][]): Table => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { page: 2, line: i + 1 } })), loc: { page: 2 } });
const document = (...blocks: Block[]): Document => ({ blocks, diagnostics: [] });

describe('codes across, ratings in a row beneath', () => {
  it('reads the row of the visit reported and not a row kept for reference', () => {
    const strip = table(['Ref.', '2.1.1', '2.1.2', '2.2.1', '2.2.2'], ['Rating this visit', 'C+', 'C', 'PC', 'C'], ['Previous rating (2020)', 'C', 'C', 'NC', 'C']);
    const reading = codeStrips(strip);
    expect(reading?.rated.map((r) => [r.code, r.rating, r.stage])).toEqual([
      ['2.1.1', 'compliance-plus', undefined],
      ['2.1.2', 'compliance', undefined],
      ['2.2.1', 'partial-compliance', undefined],
      ['2.2.2', 'compliance', undefined],
    ]);
    // A row labelled only by its year, beside a greyed row "for reference": the year's row is the visit's.
    const byYear = codeStrips(table(['Element', '3.1.1', '3.1.2', '3.2.1'], ['2023', 'CP', 'C', 'C'], ['2022 (for reference)', 'C', 'C', 'PC']));
    expect(byYear?.rated.map((r) => r.rating)).toEqual(['compliance-plus', 'compliance', 'compliance']);
  });

  it('reads two strips stacked in one table, and each row for the stage its label names', () => {
    const stacked = codeStrips(table(['', '5.1.1', '5.1.2', '5.2.1'], ['Initial', 'C', 'PC', 'C'], ['Annual review 1', 'C', 'C', 'C'], ['', '5.2.2', '5.2.3', '5.3.1'], ['Initial', 'C', 'C', 'NC'], ['Annual review 1', 'C+', 'C', 'PC']));
    expect(stacked?.rated.filter((r) => r.stage === 'review-1').map((r) => [r.code, r.rating])).toEqual([
      ['5.1.1', 'compliance'],
      ['5.1.2', 'compliance'],
      ['5.2.1', 'compliance'],
      ['5.2.2', 'compliance-plus'],
      ['5.2.3', 'compliance'],
      ['5.3.1', 'partial-compliance'],
    ]);
    expect(stacked?.rated.filter((r) => r.stage === 'initial')).toHaveLength(6);
  });

  it('reads no row where the labels cannot tell which is the visit reported, and says so', () => {
    const sites = codeStrips(table(['Element', '1.1.1', '1.1.2', '1.1.3'], ['North office', 'C', 'PC', 'C'], ['South office', 'C', 'C', 'C']));
    expect(sites?.rated).toEqual([]);
    expect(sites?.notes.map((n) => n.rule)).toEqual(['incomplete-reading']);
    // Rows of statements or evidence under the codes are not ratings; a row of two codes is no strip.
    expect(codeStrips(table(['Element', '1.1.1', '1.1.2', '1.1.3'], ['Evidence', 'Survey of users', 'Panel minutes', 'Complaints log']))).toBeNull();
    expect(codeStrips(table(['Element', '1.1.1', '1.1.2'], ['Rating', 'C', 'C']))).toBeNull();
  });

  it('keeps a strip\'s header row apart from the ratings beneath it, though a wrapped title\'s row is joined', () => {
    const strip = table(['Element', '1.1.1', '1.2.1', '1.3.1'], ['2021', 'C', 'C', 'PC']);
    expect(withWrappedCodeRowsJoined(document(strip)).blocks[0]).toBe(strip);
  });

  it('rates the elements of a report laid out in strips, as stated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cse-strips-'));
    const path = join(dir, 'strips.md');
    writeFileSync(
      path,
      `# Customer Service Excellence Annual Review\n\nClient: Harbury Borough Council\n\nAssessor: Ms Ann Lowe\n\n### Criterion 1\n\n| Element | 1.1.1 | 1.1.2 | 1.1.3 | 1.2.1 |\n| --- | --- | --- | --- | --- |\n| 2024 | CP | C | PC | C |\n| 2023 (for reference) | C | C | C | C |\n`,
    );
    const report = await extract(path);
    expect(report.assessments[0]?.elements.map((e) => [e.code, e.rating, e.basis])).toEqual([
      ['1.1.1', 'compliance-plus', 'stated'],
      ['1.1.2', 'compliance', 'stated'],
      ['1.1.3', 'partial-compliance', 'stated'],
      ['1.2.1', 'compliance', 'stated'],
    ]);
  });
});
