/** `cse search` over justifications and narrative, and `cse export` of assessments and element ratings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../src/db/export.js';
import { openExistingDatabase, type Database } from '../src/db/open.js';
import { searchText, type SearchHit } from '../src/db/search.js';
import { runCli } from './helpers.js';
import { IMPORT_HOOK_TIMEOUT_MS, count, importHere, inspect, scratchDir } from './import-helpers.js';

const dir = scratchDir('search');
const db = join(dir, 'cse.sqlite');

let database: Database;

beforeAll(async () => {
  await importHere(['fixtures/reports'], db);
  database = openExistingDatabase(db);
}, IMPORT_HOOK_TIMEOUT_MS);

afterAll(() => database.close());

function search(query: string): SearchHit[] {
  return searchText(database, query, { limit: 20, highlight: ['[', ']'] });
}

describe('cse search', () => {
  it('finds narrative, marking the words matched', () => {
    const hits = search('digital inclusion');
    expect(hits[0].kind).toBe('narrative');
    expect(hits[0].organisation).toBe('Stockton-on-Tees Borough Council');
    for (const hit of hits) expect(hit.snippet).toMatch(/\[digital\].*\[inclusion\]|\[inclusion\].*\[digital\]/i);
  });

  it("finds an assessor's justification, with its organisation, stage and element", () => {
    const [hit] = search('"seldom heard"');
    expect(hit).toMatchObject({ kind: 'justification', organisation: 'Harrowfield Community Health NHS Trust', stage: 'reassessment', elements: ['1.1.3'] });
  });

  it('shows one justification that covers several elements once, naming them all', () => {
    const stockton = search('"all remain CP"').filter((hit) => hit.organisation === 'Stockton-on-Tees Borough Council');
    expect(stockton).toHaveLength(1);
    expect(stockton[0].elements).toEqual(['1.1.1', '1.1.3', '1.2.1', '1.3.5', '2.1.1', '2.1.3', '2.1.6', '2.2.4', '3.4.1', '3.4.2', '3.4.3']);
  });

  it('matches other forms of a word (stemming)', () => {
    expect(search('inclusive').some((hit) => /\[inclusion\]/i.test(hit.snippet))).toBe(true);
  });

  it('takes words with punctuation as plain words', () => {
    expect(search('Stockton-on-Tees').length).toBeGreaterThan(0);
  });

  it('prints each match with its organisation, where it is, the words marked and the file', () => {
    const run = runCli(['search', 'digital inclusion', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Stockton-on-Tees Borough Council · Key Strengths, line 81\n');
    expect(run.stdout).toContain('(eg the project to increase [digital] [inclusion])');
    expect(run.stdout).toContain('  fixtures/reports/stockton.md\n');
  });

  it('says so when nothing matches', () => {
    expect(search('xylophone')).toEqual([]);
  });

  it('tells a person to import first when there is no database', () => {
    const run = runCli(['search', 'digital', '--db', join(dir, 'none.sqlite')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/there is no database at .*import reports first/);
  });
});

describe('cse export', () => {
  it('writes assessments and element ratings as CSV, one row each', () => {
    const out = join(dir, 'csv');
    expect(runCli(['export', '--db', db, '--out', out]).status).toBe(0);
    const assessments = parse(readFileSync(join(out, 'assessments.csv'), 'utf8'), { columns: true, bom: true });
    const ratings = parse(readFileSync(join(out, 'element_ratings.csv'), 'utf8'), { columns: true, bom: true });
    inspect(db, (d) => {
      expect(assessments).toHaveLength(count(d, 'SELECT count(*) FROM assessments'));
      expect(ratings).toHaveLength(count(d, 'SELECT count(*) FROM element_ratings'));
    });
    const melton = assessments.find((a: any) => a.organisation === 'Melton Borough Council');
    expect(melton).toMatchObject({ stage: 'review-1', compliance_plus: '5', partial_compliance: '4', assessors: 'Lorna Bainbridge' });
  });

  it('gives each element rating its organisation, stage, criterion and basis', () => {
    const { rows } = exportRows(database, 'element_ratings');
    const harrowfield113 = rows.find((r: any) => r.organisation === 'Harrowfield Community Health NHS Trust' && r.element_code === '1.1.3');
    expect(harrowfield113).toMatchObject({ rating: 'compliance-plus', basis: 'stated', criterion: 1, criterion_title: 'Customer Insight' });
  });
});
