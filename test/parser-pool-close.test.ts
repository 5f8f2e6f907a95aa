/**
 * Closing the parser pool while its workers still start: on Node 20 a worker stopped in the
 * middle of `require` of an ES module aborts the whole process (about one import in twelve did,
 * `cse import` of one file). Run in a child process, so an abort fails this test and not the run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

it('closes a pool whose workers are still starting, forty times, without aborting the process', () => {
  const script = `
    const { createParserPool } = await import(${JSON.stringify(`${ROOT}dist/pipeline/parser-pool.js`)});
    for (let i = 0; i < 40; i++) {
      const pool = createParserPool(2);
      // Closed at once, or after one file, while the other worker may still be loading.
      if (i % 2) await pool.parse({ path: ${JSON.stringify(`${ROOT}fixtures/bad/empty.md`)}, readOptions: {} });
      await new Promise((resolve) => setTimeout(resolve, i % 7));
      await pool.close();
    }
    process.stdout.write('closed');`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  expect(result.stderr).not.toMatch(/FATAL ERROR/);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe('closed');
});
