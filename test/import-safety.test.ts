/**
 * An import killed halfway, and two imports at once on one database: the database is consistent
 * every time, and a second run finishes what the killed one started.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, without types
import { makeCorpus } from '../scripts/make-corpus.mjs';
import { CONSISTENT, consistency, count, importHere, inspect, scratchDir, startCli } from './import-helpers.js';

/** Each copy of the six report fixtures names its own organisation but the committee paper that names none: 9 assessments, plus that one. */
const assessmentsFor = (copies: number) => 9 * copies + 1;

function loadedDocuments(db: string): number {
  try {
    return inspect(db, (d) => count(d, 'SELECT count(*) FROM source_documents'));
  } catch {
    return 0; // not created yet, or its schema not yet committed
  }
}

describe('an import killed with SIGKILL after its first documents are committed', () => {
  it('leaves a consistent database, and the next run imports the rest', async () => {
    const dir = scratchDir('kill');
    const copies = 6;
    const files: string[] = makeCorpus(join(dir, 'reports'), copies);
    const db = join(dir, 'cse.sqlite');

    const { child, done } = startCli(['import', join(dir, 'reports'), '--db', db, '--jobs', '2']);
    while (loadedDocuments(db) === 0 && child.exitCode === null) await sleep(10);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');

    const loaded = loadedDocuments(db);
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThan(files.length);
    expect(consistency(db)).toEqual(CONSISTENT);
    expect(inspect(db, (d) => d.prepare('SELECT status FROM import_runs').pluck().all())).toEqual(['running']);

    const rerun = await importHere([join(dir, 'reports')], db);
    expect(rerun.skipped).toBe(loaded);
    expect(rerun.imported).toBe(files.length - loaded);
    expect(rerun.interruptedRunsClosed).toEqual([1]);
    expect(consistency(db)).toEqual(CONSISTENT);
    inspect(db, (d) => {
      expect(count(d, 'SELECT count(*) FROM source_documents')).toBe(files.length);
      expect(count(d, 'SELECT count(*) FROM assessments')).toBe(assessmentsFor(copies));
      expect(d.prepare('SELECT status FROM import_runs ORDER BY id').pluck().all()).toEqual(['interrupted', 'finished']);
    });
  });
});

describe('two imports of the same files into one database at the same time', () => {
  it('both finish, each file is loaded once, and the database is consistent', async () => {
    const dir = scratchDir('concurrent');
    const copies = 3;
    const files: string[] = makeCorpus(join(dir, 'reports'), copies);
    const db = join(dir, 'cse.sqlite');
    const args = ['import', join(dir, 'reports'), '--db', db, '--jobs', '1', '--json'];

    const runs = await Promise.all([startCli(args).done, startCli(args).done]);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    const [a, b] = runs.map((r) => JSON.parse(r.stdout));
    expect(a.imported + b.imported).toBe(files.length);
    expect(a.skipped + b.skipped).toBe(files.length);
    expect(consistency(db)).toEqual(CONSISTENT);
    inspect(db, (d) => {
      expect(count(d, 'SELECT count(*) FROM source_documents')).toBe(files.length);
      expect(count(d, 'SELECT count(*) FROM assessments')).toBe(assessmentsFor(copies));
      expect(count(d, 'SELECT count(*) FROM element_ratings')).toBe(count(d, 'SELECT sum(elements_rated) FROM assessment_overview'));
    });
  });
});
