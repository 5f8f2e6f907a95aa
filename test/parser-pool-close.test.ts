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

it('ends a reader that never acts on SIGTERM, closed after workerpool has sent it', { timeout: 60_000 }, async () => {
  const { createParserPool } = await import('../src/pipeline/parser-pool.js');
  const { readFileSync: read } = await import('node:fs');
  const childrenNow = () => read(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  const before = new Set(childrenNow());
  const pool = createParserPool(1);
  // A time limit of 0 s: the pool stops the file 5 s after it starts, the reader being frozen.
  const parsed = pool.parse({ path: `${ROOT}fixtures/reports/melton.md`, readOptions: { maxSeconds: 0 } });
  let reader: number | undefined;
  for (let i = 0; i < 200 && reader === undefined; i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    reader = childrenNow().find((pid) => !before.has(pid));
  }
  expect(reader).toBeDefined();
  process.kill(reader!, 'SIGSTOP');
  try {
    expect(JSON.stringify((await parsed).output)).toMatch(/too-large/);
    // Past the stop's 1 s of asking and 1 s before SIGTERM, as on a machine too busy to close sooner.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const started = Date.now();
    await pool.close();
    expect((Date.now() - started) / 1000).toBeLessThan(12);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(childrenNow()).not.toContain(reader);
  } finally {
    try {
      process.kill(reader!, 'SIGKILL');
    } catch {
      // Ended, as it should be.
    }
  }
});
