/**
 * The manifest: organisation names matched whatever their case and punctuation, a file given its
 * organisation, sector and region recorded, and the opt-out honoured by the public directory.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../src/pipeline/manifest.js';
import { runCli } from './helpers.js';
import { IMPORT_HOOK_TIMEOUT_MS, count, importHere, inspect, scratchDir } from './import-helpers.js';

const MANIFEST = `organisation,file,sector,region,opt_out
STOCKTON ON TEES BOROUGH COUNCIL.,,Local government,North East,yes
Melton Borough Council,,Local government,East Midlands,no
North York Moors National Park Authority,moors-committee.md,National park,Yorkshire and the Humber,
`;

describe('an import with a manifest', () => {
  const dir = scratchDir('manifest');
  const db = join(dir, 'cse.sqlite');
  const manifest = join(dir, 'manifest.csv');
  let directory: Record<string, string>[];

  beforeAll(async () => {
    writeFileSync(manifest, MANIFEST);
    await importHere(['fixtures/reports'], db, { manifest });
    const exported = runCli(['export', '--directory', '--db', db, '--out', join(dir, 'export')]);
    expect(exported.status).toBe(0);
    directory = parse(readFileSync(join(dir, 'export', 'directory.csv'), 'utf8'), { columns: true, bom: true });
  }, IMPORT_HOOK_TIMEOUT_MS);

  it("matches the report's organisation to the manifest's whatever the case and punctuation, and uses the manifest's name", () => {
    const rows = inspect(db, (d) => d.prepare("SELECT name, sector, region, personal_details_opt_out FROM organisations WHERE name_key LIKE 'stockton%'").all());
    expect(rows).toEqual([{ name: 'STOCKTON ON TEES BOROUGH COUNCIL.', sector: 'Local government', region: 'North East', personal_details_opt_out: 1 }]);
  });

  it('gives a file the organisation its row names, where the report names none', () => {
    const organisation = inspect(db, (d) => d.prepare("SELECT organisation FROM assessment_overview WHERE stage = 'unknown'").pluck().get());
    expect(organisation).toBe('North York Moors National Park Authority');
  });

  it('leaves the assessors out of the directory for a holder that opted out, and only for it', () => {
    const row = (name: string) => directory.find((r) => r.organisation === name)!;
    expect(row('STOCKTON ON TEES BOROUGH COUNCIL.').assessors).toBe('');
    expect(row('STOCKTON ON TEES BOROUGH COUNCIL.').compliance_plus).toBe('15');
    expect(row('Melton Borough Council').assessors).toBe('Lorna Bainbridge');
    expect(row('North York Moors National Park Authority').sector).toBe('National park');
  });

  it('lists each holder once, at its latest assessment', () => {
    expect(directory).toHaveLength(inspect(db, (d) => count(d, 'SELECT count(DISTINCT organisation_id) FROM assessments')));
    expect(directory.find((r) => r.organisation.startsWith('University of Northbridge'))!.latest_stage).toBe('review-1');
  });
});

describe.each([
  ['an opt-out that is neither yes nor no', 'organisation,opt_out\nMelton Borough Council,maybe\n', /line 2: opt_out is "maybe"/],
  ['an unknown column', 'organisation,optout\nMelton Borough Council,yes\n', /the columns are organisation, file, sector, region, opt_out/],
  ['a row without an organisation', 'organisation,sector\n,Local government\n', /line 2: the organisation is blank/],
  ['unbalanced quotes', 'organisation,sector\n"Melton Borough Council,Local government\n', /not a CSV file cse can read/],
])('a manifest with %s', (_name, csv, message) => {
  it('is refused with a message naming the problem', async () => {
    const path = join(scratchDir('bad-manifest'), 'manifest.csv');
    writeFileSync(path, csv);
    await expect(readManifest(path)).rejects.toThrow(message);
  });
});

describe('cse import with a bad manifest', () => {
  it('stops before importing anything, exit 2, with the message and no stack trace', () => {
    const dir = scratchDir('bad-manifest-cli');
    writeFileSync(join(dir, 'manifest.csv'), 'organisation,opt_out\nMelton Borough Council,maybe\n');
    const run = runCli(['import', 'fixtures/reports/melton.md', '--db', join(dir, 'cse.sqlite'), '--manifest', join(dir, 'manifest.csv')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^cse: .*manifest.csv, line 2: opt_out is "maybe"; write yes or no/m);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(join(dir, 'cse.sqlite'))).toBe(false);
  });
});
