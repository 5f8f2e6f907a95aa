/** `cse search` over justifications and narrative, and `cse export` of assessments and element ratings. */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../src/db/export.js';
import { openExistingDatabase, type Database } from '../src/db/open.js';
import { searchText, type SearchHit } from '../src/db/search.js';
import { CLI, ROOT, runCli } from './helpers.js';
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

  it('narrows the matches by organisation, stage, element and rating', () => {
    const hits = (...filters: string[]) => JSON.parse(runCli(['search', 'customer', '--db', db, '--json', '--limit', '1000', ...filters]).stdout) as SearchHit[];
    const all = hits();
    const melton = hits('--org', 'MELTON borough');
    expect(melton.length).toBeGreaterThan(0);
    expect(melton.length).toBeLessThan(all.length);
    expect(new Set(melton.map((h) => h.organisation))).toEqual(new Set(['Melton Borough Council']));
    const initial = hits('--stage', 'initial');
    expect(initial.length).toBeGreaterThan(0);
    expect(new Set(initial.map((h) => h.stage))).toEqual(new Set(['initial']));
    expect(hits('--element', '1.2.1').map((h) => [h.organisation, h.elements])).toEqual([['Stockton-on-Tees Borough Council', ['1.2.1']]]);
    const partial = hits('--rating', 'pc');
    const plus = hits('--rating', 'CP');
    expect(partial.length).toBeGreaterThan(0);
    expect(plus.length).toBeGreaterThan(0);
    // Every justification here is of a CP or PC element; narrative, of no element, is in neither.
    const key = (h: SearchHit) => `${h.path} ${h.snippet}`;
    expect(new Set([...partial, ...plus].map(key))).toEqual(new Set(all.filter((h) => h.kind === 'justification').map(key)));
    expect(hits('--org', 'Melton', '--rating', 'PC').map((h) => h.elements[0])).toEqual(expect.arrayContaining(['2.1.6', '2.2.1', '4.1.2']));
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

  it('starts each CSV file with a byte-order mark, so Excel reads – and ’ as written', () => {
    const out = join(dir, 'csv-bom');
    expect(runCli(['export', '--db', db, '--out', out]).status).toBe(0);
    const bytes = readFileSync(join(out, 'element_ratings.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/[–’]/);
  });

  it('writes one .xlsx workbook with a sheet per table and typed cells', async () => {
    const out = join(dir, 'xlsx');
    const run = runCli(['export', '--db', db, '--out', out, '--format', 'xlsx']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^.*cse\.xlsx: sheet assessments, \d+ rows; sheet element_ratings, \d+ rows\n$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(out, 'cse.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['assessments', 'element_ratings']);
    const sheet = workbook.getWorksheet('assessments')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const melton = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(header.indexOf('organisation') + 1).value === 'Melton Borough Council')!;
    const cell = (name: string) => melton.getCell(header.indexOf(name) + 1).value;
    expect(cell('compliance_plus')).toBe(5);
    expect(cell('report_date')).toBeInstanceOf(Date);
    inspect(db, (d) => expect(sheet.rowCount - 1).toBe(count(d, 'SELECT count(*) FROM assessments')));
  });

  it('writes JSON with --json, and to standard output with --out -', () => {
    const out = join(dir, 'json');
    expect(runCli(['export', '--db', db, '--out', out, '--json']).status).toBe(0);
    const assessments = JSON.parse(readFileSync(join(out, 'assessments.json'), 'utf8'));
    const both = JSON.parse(runCli(['export', '--db', db, '--json', '--out', '-']).stdout);
    expect(Object.keys(both)).toEqual(['assessments', 'element_ratings']);
    expect(both.assessments).toEqual(assessments);
    const csv = runCli(['export', '--db', db, '--out', '-', '--table', 'assessments']).stdout;
    // A pipe feeds another program: no byte-order mark there.
    expect(csv.startsWith('assessment_id,organisation,')).toBe(true);
    expect(parse(csv, { columns: true })).toHaveLength(assessments.length);
    const refused = runCli(['export', '--db', db, '--out', '-']);
    expect([refused.status, refused.stderr.split('\n')[0]]).toEqual([2, 'cse: CSV on standard output is one table: add --table assessments or --table element_ratings.']);
  });

  it('marks CSV on standard output as UTF-8 for Excel when it is redirected into a file', () => {
    for (const args of [['export', '--out', '-', '--table', 'assessments'], ['bench', '--csv']]) {
      const file = join(dir, `redirected-${args[0]}.csv`);
      const fd = openSync(file, 'w');
      const run = spawnSync(process.execPath, [CLI, ...args, '--db', db], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
      closeSync(fd);
      expect(run.status).toBe(0);
      expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('gives each element rating its organisation, stage, criterion and basis', () => {
    const { rows } = exportRows(database, 'element_ratings');
    const harrowfield113 = rows.find((r: any) => r.organisation === 'Harrowfield Community Health NHS Trust' && r.element_code === '1.1.3');
    expect(harrowfield113).toMatchObject({ rating: 'compliance-plus', basis: 'stated', criterion: 1, criterion_title: 'Customer Insight' });
  });
});
