/**
 * A file whose reader runs out of memory stops only its own worker: it fails as too-large, with
 * its hash, and the pool reads the next file. (A heap of a few megabytes makes any file do it.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The built module: its workers load the built parse-file.js.
import { createParserPool } from '../dist/pipeline/parser-pool.js';

const PDF = 'fixtures/pdf/kestrel-housing-committee.pdf';

describe('a worker out of memory', () => {
  it('fails that file as too-large and leaves the pool working', { timeout: 30_000 }, async () => {
    const starved = createParserPool(2, { maxHeapMb: 12 });
    try {
      const { output } = await starved.parse({ path: PDF, readOptions: {} });
      expect(output).toMatchObject({
        source: { path: PDF, format: 'pdf', sha256: createHash('sha256').update(readFileSync(PDF)).digest('hex') },
        error: { code: 'too-large', message: expect.stringMatching(/^fixtures\/pdf\/kestrel-housing-committee\.pdf needed more than the 12 MB of memory cse gives one file's reader .* raise the limit with --max-memory\.$/) },
      });
    } finally {
      await starved.close();
    }
    const pool = createParserPool(2);
    try {
      const { output } = await pool.parse({ path: PDF, readOptions: {} });
      expect(output).toMatchObject({ organisation: 'Kestrel Valley Housing Association' });
    } finally {
      await pool.close();
    }
  });
});
