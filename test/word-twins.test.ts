/**
 * Every Word fixture (made from its Markdown twin by scripts/make-word-fixtures.mjs, with merged
 * cells, cells of several paragraphs, bold-only headings and a table running on under repeated
 * headers) extracts to the same record as the Markdown twin, all fields but `source` and the
 * place each finding points at (a line in one, a paragraph in the other).
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { ROOT, formatIndependent, reportFixtures } from './helpers.js';

describe.each(reportFixtures())('Word twin of $stem', ({ stem, path }) => {
  const word = `${ROOT}fixtures/word/${stem}.docx`;

  it('exists', () => {
    expect(existsSync(word), `${word}: run node scripts/make-word-fixtures.mjs`).toBe(true);
  });

  it('extracts to the same record as the Markdown', async () => {
    const [fromWord, fromMarkdown] = await Promise.all([extract(word), extract(`${ROOT}${path}`)]);
    expect(fromWord.source.format).toBe('docx');
    expect(formatIndependent(fromWord)).toEqual(formatIndependent(fromMarkdown));
  });
});
