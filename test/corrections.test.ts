/**
 * Corrections (issue 17): a reviewer's change of one value is checked, stored with who, when,
 * old -> new and why, applied to the assessment everywhere it is read (ratings, counts, league
 * table), kept when another reading of the report is loaded, and said to agree when a later
 * reading gives the corrected value itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extract } from '../dist/api.js';
import { leagueTable } from '../dist/bench/league.js';
import { DEFAULT_POINTS } from '../dist/bench/points.js';
import { addCorrection, correctionsOf } from '../dist/db/corrections.js';
import { startRun } from '../dist/db/import-runs.js';
import { ReportLoader } from '../dist/db/load-report.js';
import { openDatabase } from '../dist/db/open.js';
import type { Report } from '../src/schema/report.js';
import { ROOT, runCli } from './helpers.js';
import { scratchDir } from './import-helpers.js';

type Db = ReturnType<typeof openDatabase>;
const MELTON = `${ROOT}fixtures/reports/melton.md`;
const BY = { reason: 'the report rates 1.1.1 Compliance Plus on page 4', by: 'Reviewer A' };

let db: Db;
let loader: InstanceType<typeof ReportLoader>;
let run: number;

function load(report: Report) {
  return loader.load({ report, sizeBytes: 1, passages: [], organisation: report.organisation, importRunId: run, importedAt: '2026-12-03T10:00:00Z' });
}
const onlyAssessment = () => db.prepare('SELECT id FROM assessments').pluck().all() as number[];
const rating = (id: number, code: string) => db.prepare('SELECT rating FROM element_ratings WHERE assessment_id = ? AND element_code = ?').pluck().get(id, code);
const points = () => leagueTable(db, { filters: {}, points: DEFAULT_POINTS, includePartial: true })[0]!.points;

beforeEach(async () => {
  db = openDatabase(`${scratchDir('corrections')}/cse.sqlite`);
  loader = new ReportLoader(db);
  run = startRun(db, { paths: [], manifest: null, jobs: 1, startedAt: '2026-12-03T10:00:00Z' });
  load((await extract(MELTON)) as Report);
});
afterEach(() => db.close());

describe('a correction of an element rating', () => {
  it('is applied to the ratings, their counts and the league table, and kept with who, when, old -> new and why', () => {
    const [id] = onlyAssessment();
    expect(rating(id!, '1.1.1')).toBe('compliance');
    const before = points();
    const outcome = addCorrection(db, id!, { change: { field: 'element rating', element: '1.1.1', rating: 'compliance-plus' }, ...BY }, '2026-12-03T11:00:00Z');
    expect('correction' in outcome && outcome.correction).toMatchObject({ field: 'element rating', oldValue: 'compliance', newValue: 'compliance-plus', correctedBy: 'Reviewer A', correctedAt: '2026-12-03T11:00:00Z' });
    expect(rating(id!, '1.1.1')).toBe('compliance-plus');
    expect(points()).toBe(before + DEFAULT_POINTS['compliance-plus'] - DEFAULT_POINTS.compliance);
    expect(db.prepare('SELECT compliance_plus FROM assessment_rating_counts WHERE assessment_id = ?').pluck().get(id)).toBe(6);
  });

  it('refuses an element the standard does not have, a rating that is not one of four, and a missing reason, saying why', () => {
    const [id] = onlyAssessment();
    const refused = (change: unknown, extra: object = BY) => addCorrection(db, id!, { change, ...extra });
    expect(refused({ field: 'element rating', element: '4.5.4', rating: 'compliance' })).toMatchObject({ error: { code: 'invalid-correction', message: expect.stringContaining('4.5.4 is not an element of the CSE standard') } });
    expect(refused({ field: 'element rating', element: '1.1.1', rating: 'excellent' })).toMatchObject({ error: { code: 'invalid-correction' } });
    expect(refused({ field: 'element rating', element: '1.1.1', rating: 'compliance-plus' }, { reason: '', by: 'A' })).toMatchObject({ error: { code: 'invalid-correction', message: expect.stringContaining('say why') } });
    expect(refused({ field: 'element rating', element: '1.1.1', rating: 'compliance' })).toMatchObject({ error: { code: 'nothing-to-correct' } });
    expect(addCorrection(db, 999, { change: { field: 'stage', stage: 'initial' }, ...BY })).toMatchObject({ error: { code: 'no-such-assessment' } });
    expect(correctionsOf(db, id!)).toEqual([]);
  });

  it('adds a rating the reading missed, and removes one', () => {
    const [id] = onlyAssessment();
    db.prepare("DELETE FROM element_ratings WHERE assessment_id = ? AND element_code = '5.3.3'").run(id);
    addCorrection(db, id!, { change: { field: 'element rating', element: '5.3.3', rating: 'partial-compliance' }, ...BY });
    expect(rating(id!, '5.3.3')).toBe('partial-compliance');
    addCorrection(db, id!, { change: { field: 'element rating', element: '5.3.3', rating: null }, ...BY });
    expect(rating(id!, '5.3.3')).toBeUndefined();
  });

  it('runs the rules again on the corrected record: a fourth partial in criterion 1 breaches the tolerance', () => {
    const [id] = onlyAssessment();
    const tolerance = () => db.prepare("SELECT count(*) FROM findings WHERE rule = 'partial-compliance-within-tolerance' AND criterion = 1").pluck().get();
    expect(tolerance()).toBe(0);
    for (const element of ['1.1.1', '1.1.2', '1.1.3', '1.2.1']) addCorrection(db, id!, { change: { field: 'element rating', element, rating: 'partial-compliance' }, ...BY });
    expect(tolerance()).toBe(1);
  });
});

describe('corrections of other values', () => {
  it('moves the assessment to the corrected organisation and stage, and sets dates and totals', () => {
    const [id] = onlyAssessment();
    for (const change of [
      { field: 'organisation', name: 'Melton Borough Council Revenues Service' },
      { field: 'stage', stage: 'review-2' },
      { field: 'visit date', date: '2017-02-24' },
      { field: 'totals', criterion: null, rating: 'compliance-plus', count: 7 },
    ]) {
      expect(addCorrection(db, id!, { change, ...BY }), JSON.stringify(change)).toHaveProperty('correction');
    }
    const row = db.prepare('SELECT o.name, a.stage, a.visit_date AS visit FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?').get(id) as Record<string, string>;
    expect(row).toEqual({ name: 'Melton Borough Council Revenues Service', stage: 'review-2', visit: '2017-02-24' });
    expect(db.prepare('SELECT compliance_plus FROM stated_totals WHERE assessment_id = ? AND criterion IS NULL').pluck().get(id)).toBe(7);
    // The values are still found again from the reading after the stage and date changed.
    expect(addCorrection(db, id!, { change: { field: 'element rating', element: '2.1.1', rating: 'partial-compliance' }, ...BY })).toHaveProperty('correction');
  });
});

describe('a correction and a new reading of the report', () => {
  it('is kept when another copy of the report is loaded, and says so when that reading gives the corrected value', async () => {
    const [id] = onlyAssessment();
    addCorrection(db, id!, { change: { field: 'element rating', element: '1.1.1', rating: 'compliance-plus' }, ...BY });
    addCorrection(db, id!, { change: { field: 'element rating', element: '1.1.2', rating: 'compliance-plus' }, reason: 'as the report says', by: 'Reviewer B' });
    // The Word copy of the report reads 1.1.1 as Compliance Plus itself (and is preferred to the Markdown), 1.1.2 as Compliance.
    const word = (await extract(`${ROOT}fixtures/word/melton.docx`)) as Report;
    const copy: Report = {
      ...word,
      assessments: word.assessments.map((a) => ({ ...a, elements: a.elements.map((e) => (e.code === '1.1.1' ? { ...e, rating: 'compliance-plus' as const } : e)) })),
    };
    const result = load(copy);
    expect(result.outcome === 'loaded' && result.assessments.map((a) => a.effect)).toContain('preferred-copy');
    expect(rating(id!, '1.1.1')).toBe('compliance-plus');
    expect(rating(id!, '1.1.2')).toBe('compliance-plus');
    const [first, second] = correctionsOf(db, id!);
    expect(first!.readingAgreesAt).toBe('2026-12-03T10:00:00Z');
    expect(second!.readingAgreesAt).toBeNull();
  });
});

describe('cse export with and without corrections', () => {
  it('writes the corrected values and the corrections, or the values as read', async () => {
    const [id] = onlyAssessment();
    addCorrection(db, id!, { change: { field: 'element rating', element: '1.1.1', rating: 'compliance-plus' }, ...BY });
    addCorrection(db, id!, { change: { field: 'stage', stage: 'review-2' }, ...BY });
    addCorrection(db, id!, { change: { field: 'organisation', name: 'Melton Revenues' }, ...BY });
    const file = db.name;
    db.close();
    const rows = (args: string[], table: string) => {
      const run = runCli(['export', '--db', file, '--json', '--out', '-', ...args]);
      expect(run.status, run.stderr).toBe(0);
      return JSON.parse(run.stdout)[table] as Record<string, unknown>[];
    };
    const rating = (list: Record<string, unknown>[]) => list.find((r) => r.element_code === '1.1.1')!.rating;
    expect(rating(rows([], 'element_ratings'))).toBe('compliance-plus');
    expect(rows([], 'assessments')[0]).toMatchObject({ organisation: 'Melton Revenues', stage: 'review-2', compliance_plus: 6 });
    expect(rows([], 'corrections').map((c) => [c.field, c.old_value, c.new_value])).toEqual([
      ['element rating', 'compliance', 'compliance-plus'],
      ['stage', 'review-1', 'review-2'],
      ['organisation', 'Melton Borough Council', 'Melton Revenues'],
    ]);
    expect(rating(rows(['--without-corrections'], 'element_ratings'))).toBe('compliance');
    expect(rows(['--without-corrections'], 'assessments')[0]).toMatchObject({ organisation: 'Melton Borough Council', stage: 'review-1', compliance_plus: 5 });
    // The file itself keeps its corrections.
    db = openDatabase(file);
    expect(correctionsOf(db, id!)).toHaveLength(3);
  });
});

describe('a dismissed finding', () => {
  it('leaves the work list, and stays dismissed when a correction runs the rules again', async () => {
    const { dismissFinding, workList } = await import('../dist/serve/queries/work-list.js');
    const [id] = onlyAssessment();
    for (const element of ['1.1.1', '1.1.2', '1.1.3', '1.2.1']) addCorrection(db, id!, { change: { field: 'element rating', element, rating: 'partial-compliance' }, ...BY });
    const tolerance = () => db.prepare("SELECT id FROM findings WHERE rule = 'partial-compliance-within-tolerance' AND criterion = 1").pluck().get() as number;
    const errorsListed = () => workList(db).documentsWithErrors.rows.map((d: { errors: number }) => d.errors);
    const before = errorsListed();
    expect(dismissFinding(db, tolerance(), { reason: 'x', by: 'A' })).toMatchObject({ error: { code: 'invalid-dismissal' } });
    expect(dismissFinding(db, tolerance(), { reason: 'the committee accepted the action plan', by: 'A' })).toEqual({ dismissed: true });
    expect(errorsListed()).toEqual(before.map((n: number) => n - 1).filter((n: number) => n > 0));
    addCorrection(db, id!, { change: { field: 'visit date', date: '2017-02-22' }, ...BY });
    expect(tolerance()).toBeDefined();
    expect(errorsListed()).toEqual(before.map((n: number) => n - 1).filter((n: number) => n > 0));
  });
});
