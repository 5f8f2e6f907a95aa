/**
 * The fuzz harness's short form (scripts/fuzz.mjs, fixed seed, small sizes): damaged, hostile,
 * oddly encoded and special files never hang a command, never reach an internal error or a stack
 * trace, and an import over them accounts for every file. The long form is `npm run fuzz`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

describe('the fuzz harness, short form', () => {
  it('finds no hang, internal error or stack trace, and the import accounts for every file', { timeout: 180_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/fuzz.mjs', '--seed', '1', '--count', '80', '--scale', '0.05', '--max-seconds', '3', '--cli-every', '10', '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const report = JSON.parse(run.stdout);
    expect(report.problems).toEqual([]);
    expect(report.cli.problems).toEqual([]);
    expect(report.import.problems).toEqual([]);
    expect(report.hangs + report.internalErrors).toBe(0);
    expect(run.status).toBe(0);
    // Every outcome is a record or one of the contract's failures.
    for (const outcome of Object.keys(report.byOutcome)) expect(outcome).toMatch(/^(extracted|failed: [a-z-]+)$/);
  });
});
