/**
 * Every PDF fixture (exported by LibreOffice from its Word twin, scripts/make-pdf-fixtures.mjs)
 * extracts to the same record as its Word and Markdown twins, all fields but `source` and the
 * place each finding points at.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { ROOT, formatIndependent, reportFixtures } from './helpers.js';

describe.each(reportFixtures())('PDF twin of $stem', ({ stem, path }) => {
  const pdf = `${ROOT}fixtures/pdf/${stem}.pdf`;

  it('exists', () => {
    expect(existsSync(pdf), `${pdf}: run node scripts/make-pdf-fixtures.mjs`).toBe(true);
  });

  it('extracts to the same record as the Word and Markdown twins', async () => {
    const [fromPdf, fromWord, fromMarkdown] = await Promise.all([extract(pdf), extract(`${ROOT}fixtures/word/${stem}.docx`), extract(`${ROOT}${path}`)]);
    expect(fromPdf.source.format).toBe('pdf');
    expect(formatIndependent(fromPdf)).toEqual(formatIndependent(fromMarkdown));
    expect(formatIndependent(fromWord)).toEqual(formatIndependent(fromMarkdown));
  });
});
