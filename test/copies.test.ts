/**
 * Copies of one report (its PDF and its Word file) and reports read only in part: which copy's
 * reading an assessment keeps (the one read more completely, whatever the file order), where the
 * copies read differently, and what the database and `cse import` say about a reading in part.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyDisagreements } from '../src/db/copy-disagreements.js';
import { startRun } from '../src/db/import-runs.js';
import { ReportLoader } from '../src/db/load-report.js';
import { MIGRATIONS, SCHEMA_VERSION_OF_DATABASE } from '../src/db/migrations.js';
import { openDatabase } from '../src/db/open.js';
import { compareCompleteness, compareReadings, INCOMPLETE_READING, type Reading, readInPart } from '../src/check/reading-coverage.js';
import type { Assessment, CriterionTotals, Finding, Format, Report } from '../src/schema/report.js';
import { allElementCodes } from '../src/standard/catalogue.js';
import { DEFAULT_SCHEME } from '../src/standard/scheme.js';
import { ROOT, runCli } from './helpers.js';
import { CONSISTENT, consistency, count, importHere, inspect, scratchDir } from './import-helpers.js';

const ALL = DEFAULT_SCHEME.totalElements;
const TOTALS: CriterionTotals = { nonCompliance: 0, partialCompliance: 1, compliance: 8, compliancePlus: 2 };

function assessment(rated: number, more: Partial<Assessment> = {}): Assessment {
  return {
    stage: 'review-1',
    status: 'completed',
    reportDate: '2024-03-12',
    visitDate: '2024-03-01',
    documentReviewDate: null,
    assessors: ['A. Assessor'],
    statedTotals: { byCriterion: null, overall: null },
    elements: allElementCodes()
      .slice(0, rated)
      .map((code) => ({ code, rating: 'compliance', basis: 'stated', justification: null })),
    ...more,
  };
}

function gap(stage: Finding['stage'], message = 'the score table under "12-month Review" has nothing in it'): Finding {
  return { rule: INCOMPLETE_READING, severity: 'warning', message, stage, criterion: null, elements: [] };
}

function report(format: Format, a: Assessment, findings: Finding[] = [], sha = format.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a')): Report {
  return {
    schemaVersion: 1,
    source: { path: `copies/report.${format}`, format, sha256: sha },
    template: 'centre-for-assessment',
    organisation: 'Foo Council',
    assessmentBody: 'Centre for Assessment',
    assessments: [a],
    findings,
  };
}

const reading = (r: Report): Reading => ({ report: r, assessment: r.assessments[0]! });

describe('readInPart: one definition of an assessment read only in part', () => {
  it.each([
    ['every element rated, nothing missed', assessment(ALL), [], { partial: false, reasons: [] }],
    ['fewer elements than the standard has', assessment(41), [], { partial: true, reasons: [`41 of ${ALL} elements rated`] }],
    ['an incomplete-reading finding about its stage', assessment(ALL), [gap('review-1')], { partial: true, reasons: ['the score table under "12-month Review" has nothing in it'] }],
    ['an incomplete-reading finding about the whole document', assessment(ALL), [gap(null, 'a stage label it could not map: "Interim"')], { partial: true, reasons: ['a stage label it could not map: "Interim"'] }],
    ['an incomplete-reading finding about another stage only', assessment(ALL), [gap('initial')], { partial: false, reasons: [] }],
    ['another rule’s finding about its stage', assessment(ALL), [{ ...gap('review-1'), rule: 'totals-add-up' }], { partial: false, reasons: [] }],
    ['an empty section of the template (not started)', assessment(0, { status: 'not-started' }), [], { partial: false, reasons: [] }],
  ])('%s', (_, a, findings, expected) => {
    expect(readInPart({ findings }, a)).toEqual(expected);
  });
});

describe('the better of two readings of one assessment', () => {
  const withTotals = assessment(ALL, { statedTotals: { byCriterion: { '1': TOTALS }, overall: null } });
  it.each([
    // [what, a, b, which is better: 'a' | 'b' | 'neither' (by completeness)]
    ['more elements rated wins over more totals', report('pdf', assessment(ALL)), report('docx', assessment(41, { statedTotals: { byCriterion: { '1': TOTALS }, overall: TOTALS } })), 'a'],
    ['at equal elements, more stated counts', report('pdf', withTotals), report('docx', assessment(ALL)), 'a'],
    ['at equal elements and counts, fewer incomplete-reading findings', report('pdf', assessment(ALL)), report('docx', assessment(ALL), [gap('review-1')]), 'a'],
    ['findings about another stage do not count', report('pdf', assessment(ALL), [gap('initial')]), report('docx', assessment(ALL)), 'neither'],
    ['the same reading in two formats', report('pdf', assessment(ALL)), report('docx', assessment(ALL)), 'neither'],
  ] as const)('%s', (_, a, b, better) => {
    const completeness = compareCompleteness(reading(a), reading(b));
    expect(completeness < 0 ? 'a' : completeness > 0 ? 'b' : 'neither').toBe(better);
    expect(Math.sign(compareCompleteness(reading(b), reading(a))) + 0).toBe(-Math.sign(completeness) + 0);
  });

  it('where completeness cannot tell them apart: Word before Markdown before PDF, then by content hash, never 0 for two files', () => {
    const [pdf, docx, md] = (['pdf', 'docx', 'md'] as const).map((f) => reading(report(f, assessment(ALL))));
    expect([pdf, md, docx].sort(compareReadings).map((r) => r.report.source.format)).toEqual(['docx', 'md', 'pdf']);
    const [x, y] = ['1', '2'].map((n) => reading(report('pdf', assessment(ALL), [], n.repeat(64))));
    expect([compareReadings(x!, y!), compareReadings(y!, x!)]).toEqual([-1, 1]);
  });
});

describe('where two copies read differently', () => {
  it('names each element, count and date both read but not alike, and nothing one of them did not read', () => {
    const kept = report('docx', assessment(ALL, { statedTotals: { byCriterion: { '1': TOTALS }, overall: null } }));
    const other = assessment(40, { reportDate: '2024-03-21', visitDate: null, statedTotals: { byCriterion: { '1': { ...TOTALS, compliancePlus: 3 } }, overall: TOTALS } });
    other.elements[2] = { ...other.elements[2]!, rating: 'compliance-plus' };
    expect(copyDisagreements(reading(kept), reading({ ...report('pdf', other), organisation: 'Foo District Council' }))).toEqual([
      { what: 'organisation', elementCode: null, criterion: null, keptValue: 'Foo Council', otherValue: 'Foo District Council' },
      { what: 'report date', elementCode: null, criterion: null, keptValue: '2024-03-12', otherValue: '2024-03-21' },
      { what: 'element rating', elementCode: '1.1.3', criterion: null, keptValue: 'compliance', otherValue: 'compliance-plus' },
      { what: 'totals', elementCode: null, criterion: 1, keptValue: 'CP 2, C 8, PC 1, NC 0', otherValue: 'CP 3, C 8, PC 1, NC 0' },
    ]);
  });
});

/** Loads the records into a new database in the order given, then again (a re-import), and returns what it holds. */
function loadInOrder(records: Report[]) {
  const db = openDatabase(':memory:');
  try {
    const run = startRun(db, { paths: ['test'], manifest: null, jobs: 1, startedAt: '2025-01-01T00:00:00Z' });
    const loader = new ReportLoader(db);
    const load = (r: Report) => loader.load({ report: r, sizeBytes: 1, passages: [], organisation: r.organisation, importRunId: run, importedAt: '2025-01-01T00:00:00Z' });
    const effects = records.map((r) => (load(r) as { assessments: { effect: string }[] }).assessments[0]!.effect);
    const again = records.map((r) => load(r).outcome);
    const row = db
      .prepare('SELECT elements_rated, read_from, read_in_part, read_in_part_reasons, copy_disagreements FROM assessment_overview')
      .all() as Record<string, unknown>[];
    return { effects, again, rows: row, totals: count(db, 'SELECT count(*) FROM stated_totals') };
  } finally {
    db.close();
  }
}

describe('loading two copies of one assessment', () => {
  it.each([
    ['more elements', report('pdf', assessment(41)), report('docx', assessment(ALL))],
    ['more stated totals', report('docx', assessment(ALL)), report('pdf', assessment(ALL, { statedTotals: { byCriterion: { '1': TOTALS, '2': TOTALS }, overall: null } }))],
    ['no incomplete-reading finding', report('docx', assessment(ALL), [gap('review-1')]), report('pdf', assessment(ALL))],
  ])('keeps the copy with %s in either order, and a re-import changes nothing', (_, worse, better) => {
    const worseFirst = loadInOrder([worse, better]);
    const betterFirst = loadInOrder([better, worse]);
    expect(worseFirst.effects).toEqual(['added', 'preferred-copy']);
    expect(betterFirst.effects).toEqual(['added', 'copy']);
    expect(worseFirst.again).toEqual(['already-loaded', 'already-loaded']);
    expect(worseFirst.rows).toEqual(betterFirst.rows);
    expect(worseFirst.totals).toBe(betterFirst.totals);
    expect(worseFirst.rows).toEqual([
      expect.objectContaining({ elements_rated: better.assessments[0]!.elements.length, read_from: better.source.path, read_in_part: 0, read_in_part_reasons: null }),
    ]);
  });

  it('keeps a copy read in part when no copy reads more, and says why', () => {
    const { rows } = loadInOrder([report('pdf', assessment(41)), report('docx', assessment(30))]);
    expect(rows).toEqual([expect.objectContaining({ elements_rated: 41, read_in_part: 1, read_in_part_reasons: `41 of ${ALL} elements rated` })]);
  });

  it('records where the copies disagree, whichever arrives first', () => {
    const other = assessment(ALL - 1);
    other.elements[0] = { ...other.elements[0]!, rating: 'compliance-plus' };
    const rows = [loadInOrder([report('docx', assessment(ALL)), report('pdf', other)]), loadInOrder([report('pdf', other), report('docx', assessment(ALL))])].map((r) => r.rows);
    expect(rows[0]).toEqual(rows[1]);
    expect(rows[0]).toEqual([expect.objectContaining({ read_from: 'copies/report.docx', copy_disagreements: 1 })]);
  });

  it('still takes a later report date for the same visit as a corrected re-issue', () => {
    const { effects, rows } = loadInOrder([report('docx', assessment(ALL)), report('pdf', assessment(41, { reportDate: '2024-04-01' }))]);
    expect(effects).toEqual(['added', 'replaced']);
    expect(rows).toEqual([expect.objectContaining({ elements_rated: 41, read_in_part: 1 })]);
  });
});

describe('cse import of a Markdown report and a copy whose Section A score table for the initial assessment was lost', () => {
  const dir = scratchDir('copies');
  const full = join(dir, 'northbridge.md');
  const part = join(dir, 'northbridge-part.md');
  const text = readFileSync(`${ROOT}fixtures/reports/northbridge-library.md`, 'utf8');
  writeFileSync(full, text);
  // Without the counts nothing can be derived: only the 9 elements the report names are read, and one of them under the wrong code.
  writeFileSync(part, text.replace(/### Initial Assessment\n\n(\|.*\n)+/, '### Initial Assessment\n\n').replace('| 2.2.4 | Front-line', '| 2.2.5 | Front-line'));
  const initial = "SELECT elements_rated, read_from, read_in_part, read_in_part_reasons, copy_disagreements FROM assessment_overview WHERE stage = 'initial'";
  const rating225 = "SELECT rating FROM element_rating_details WHERE stage = 'initial' AND element_code = '2.2.5'";

  it.each([
    ['the full copy first', [full, part]],
    ['the copy read in part first', [part, full]],
  ])('keeps the full reading with %s, lists the disagreement, and a re-import changes nothing', async (_, order) => {
    const db = join(dir, `${order[0] === full ? 'full' : 'part'}-first.sqlite`);
    await importHere([order[0]!], db);
    const second = await importHere([order[1]!], db);
    const effect = second.entries[0]!.assessments.find((a) => a.stage === 'initial')!;
    expect(effect).toMatchObject(order[1] === full ? { effect: 'preferred-copy', readMoreCompletely: 'this' } : { effect: 'copy', readMoreCompletely: 'other' });
    const again = await importHere([full, part], db);
    expect(again.skipped).toBe(2);
    inspect(db, (d) => {
      expect(d.prepare(initial).get()).toEqual({ elements_rated: ALL, read_from: full, read_in_part: 0, read_in_part_reasons: null, copy_disagreements: 1 });
      expect(d.prepare(rating225).pluck().get()).toBe('compliance');
      expect(d.prepare('SELECT what, element_code, kept_path, kept_value, other_path, other_value FROM copy_disagreement_details').all()).toEqual([
        { what: 'element rating', element_code: '2.2.5', kept_path: full, kept_value: 'compliance', other_path: part, other_value: 'compliance-plus' },
      ]);
      expect(count(d, 'SELECT count(*) FROM assessments')).toBe(3);
    });
    expect(consistency(db)).toEqual(CONSISTENT);
  });

  it('prints, for each file, what it read in part and which copy is kept', () => {
    const db = join(dir, 'cli.sqlite');
    const first = runCli(['import', part, '--db', db]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Reports read in part         1');
    expect(first.stdout).toContain(`Read in part (left out of cse bench rankings unless --include-partial; see cse check FILE):\n  ${part}: Initial assessment of University of Northbridge Library Services: 9 of ${ALL} elements rated`);
    const second = runCli(['import', full, '--db', db]);
    expect(second.stdout).toContain(
      `Copies of one report read differently (each assessment keeps the copy read more completely):\n  ${full}: Initial assessment of University of Northbridge Library Services: read more completely than ${part}: its reading is kept; 1 value read differently (table copy_disagreements)`,
    );
    expect(second.stdout).not.toContain('Read in part (');
  });
});

describe('a database made before migration 3', () => {
  it('learns for each assessment the copy it was read from and whether that reading was read in part', () => {
    const file = join(scratchDir('migration-3'), 'old.sqlite');
    const old = new Database(file);
    for (const m of MIGRATIONS.filter((m) => m.version <= 2)) m.up(old);
    old.pragma('user_version = 2');
    old.exec(`INSERT INTO organisations (id, name, name_key) VALUES (1, 'Foo Council', 'foo council');
      INSERT INTO import_runs (id, started_at, status, process_id, paths, jobs) VALUES (1, '2025-01-01', 'finished', 1, '[]', 1);
      INSERT INTO assessments (id, organisation_id, stage, status, report_date, visit_date, ratings_fingerprint) VALUES (1, 1, 'review-1', 'completed', '2024-03-12', '2024-03-01', 'x')`);
    const document = old.prepare(`INSERT INTO source_documents (id, sha256, path, format, size_bytes, template, organisation_id, imported_at, import_run_id, record_json)
      VALUES (?, ?, ?, ?, 1, 'centre-for-assessment', 1, '2025-01-01', 1, ?)`);
    // The first current document gave the assessment its values; a later identical copy was only linked.
    document.run(1, '1'.repeat(64), 'old/report.pdf', 'pdf', JSON.stringify(report('pdf', assessment(41))));
    document.run(2, '2'.repeat(64), 'old/report.docx', 'docx', JSON.stringify(report('docx', assessment(41))));
    old.exec("INSERT INTO assessment_documents VALUES (1, 1, 'current'), (1, 2, 'current')");
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION_OF_DATABASE);
      expect(db.prepare('SELECT read_from, read_in_part, read_in_part_reasons, copy_disagreements FROM assessment_overview').get()).toEqual({
        read_from: 'old/report.pdf',
        read_in_part: 1,
        read_in_part_reasons: `41 of ${ALL} elements rated`,
        copy_disagreements: 0,
      });
      expect(db.prepare('SELECT read_in_part FROM holder_visits').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });
});
