/**
 * `cse import`: the fixtures go in once however often they are imported, a Word and a Markdown
 * copy of one report are one assessment, a corrected re-issue replaces the earlier one, bad files
 * are recorded and passed over, and the database stays consistent after every run.
 */
import { readdirSync, readFileSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openExistingDatabase } from '../src/db/open.js';
import { searchText } from '../src/db/search.js';
import type { ImportSummary } from '../src/pipeline/import.js';
import { ROOT } from './helpers.js';
import { IMPORT_HOOK_TIMEOUT_MS, CONSISTENT, consistency, count, importHere, importJson, inspect, scratchDir } from './import-helpers.js';

const FIXTURE_FOLDERS = ['fixtures/reports', 'fixtures/word', 'fixtures/bad', 'fixtures/not-reports'];
const reports = readdirSync(`${ROOT}fixtures/reports`).filter((f) => f.endsWith('.md'));
const badFiles = [...readdirSync(`${ROOT}fixtures/bad`), ...readdirSync(`${ROOT}fixtures/not-reports`)];

describe('importing the fixtures twice (with the CLI in two worker threads, then in this thread)', () => {
  const db = join(scratchDir('twice'), 'cse.sqlite');
  let first: Record<string, any>;
  let second: ImportSummary;

  beforeAll(async () => {
    first = await importJson([...FIXTURE_FOLDERS, '--db', db]);
    second = await importHere(FIXTURE_FOLDERS, db);
  }, IMPORT_HOOK_TIMEOUT_MS);

  it('imports every report and its Word twin the first time', () => {
    expect(first.imported).toBe(reports.length * 2);
    expect(first.copies).toBe(reports.length);
  });

  it('records every bad file and not-a-report with its error code, and goes on', () => {
    expect(first.failed).toBe(badFiles.length);
    const code = (name: string) => first.entries.find((e: any) => e.path.endsWith(name)).error.code;
    expect(code('bad/empty.md')).toBe('empty');
    expect(code('bad/binary-renamed.md')).toBe('corrupt');
    expect(code('not-reports/cse-standard.md')).toBe('not-a-report');
    expect(inspect(db, (d) => count(d, 'SELECT count(*) FROM import_failures WHERE import_run_id = 1'))).toBe(badFiles.length);
  });

  it('counts the reports with error findings', () => {
    expect(first.withErrorFindings).toBe(2);
    expect(second.withErrorFindings).toBe(2);
  });

  it('imports nothing the second time: every report is skipped as already loaded', () => {
    expect(second.imported).toBe(0);
    expect(second.replaced).toBe(0);
    expect(second.skipped).toBe(reports.length * 2);
  });

  it('fails the bad files again the second time without reading them, as the first run failed them, and records them again', () => {
    expect(second.failed).toBe(badFiles.length);
    const failedOnce = new Map(first.entries.filter((e: any) => e.outcome === 'failed').map((e: any) => [e.path, e.error]));
    const again = second.entries.filter((e) => e.outcome === 'failed');
    // A file refused before its bytes were read (a type cse does not read) is refused again as fast; every other is known by its hash.
    expect(again.filter((e) => !e.failedBefore).map((e) => e.path)).toEqual(again.filter((e) => e.sha256 === null).map((e) => e.path));
    expect(again.filter((e) => e.failedBefore).length).toBeGreaterThan(badFiles.length / 2);
    expect(second.failedBefore).toBe(again.filter((e) => e.failedBefore).length);
    for (const e of again) expect({ code: e.error?.code, message: e.error?.message }).toEqual({ code: (failedOnce.get(e.path) as any).code, message: (failedOnce.get(e.path) as any).message });
    expect(inspect(db, (d) => count(d, 'SELECT count(*) FROM import_failures WHERE import_run_id = 2'))).toBe(badFiles.length);
  });

  it('keeps one assessment per visit, with the Markdown and Word files as its two source documents', () => {
    inspect(db, (d) => {
      expect(count(d, 'SELECT count(*) FROM source_documents')).toBe(reports.length * 2);
      const stockton = d
        .prepare("SELECT stage, status, source_documents FROM assessment_overview WHERE organisation = 'Stockton-on-Tees Borough Council' ORDER BY assessment_id")
        .all() as { stage: string; status: string; source_documents: string }[];
      expect(stockton.map((a) => `${a.stage} ${a.status}`)).toEqual(['initial completed', 'review-1 completed', 'review-2 not-started']);
      for (const a of stockton) expect(a.source_documents.split('; ').sort()).toEqual(['fixtures/reports/stockton.md', 'fixtures/word/stockton.docx']);
      expect(count(d, 'SELECT count(*) FROM assessments')).toBe(10);
    });
  });

  it('loads the ratings, totals, findings and full record of each document', () => {
    inspect(db, (d) => {
      expect(count(d, "SELECT count(*) FROM element_ratings r JOIN assessment_overview a USING (assessment_id) WHERE a.organisation = 'Melton Borough Council'")).toBe(57);
      expect(count(d, "SELECT t.compliance_plus FROM stated_totals t JOIN assessment_overview a USING (assessment_id) WHERE a.organisation = 'Melton Borough Council' AND t.criterion IS NULL")).toBe(6);
      expect(count(d, "SELECT count(*) FROM finding_details WHERE path = 'fixtures/reports/melton.md' AND rule = 'named-elements-match-totals'")).toBe(2);
      const record = JSON.parse(d.prepare("SELECT record_json FROM source_documents WHERE path = 'fixtures/reports/melton.md'").pluck().get() as string);
      expect(record.organisation).toBe('Melton Borough Council');
    });
  });

  it('leaves a consistent database and two finished runs', () => {
    expect(consistency(db)).toEqual(CONSISTENT);
    expect(inspect(db, (d) => d.prepare('SELECT status FROM import_runs ORDER BY id').pluck().all())).toEqual(['finished', 'finished']);
  });

  it('writes the summary as JSON beside the database', () => {
    expect(existsSync(first.summaryFile)).toBe(true);
    expect(JSON.parse(readFileSync(first.summaryFile, 'utf8')).imported).toBe(first.imported);
  });
});

describe('a file an earlier import failed', () => {
  it('is read again with --retry-failed, or with other limits, and not otherwise', async () => {
    const dir = scratchDir('failed-before');
    const db = join(dir, 'cse.sqlite');
    const files = ['fixtures/bad/binary-renamed.md', 'fixtures/reports/melton.md'];
    const first = await importJson([...files, '--db', db]);
    expect([first.failed, first.failedBefore]).toEqual([1, 0]);
    const again = await importJson([...files, '--db', db]);
    expect([again.failed, again.failedBefore, again.skipped]).toEqual([1, 1, 1]);
    expect(again.entries[0].error.code).toBe('corrupt');
    const retried = await importJson([...files, '--db', db, '--retry-failed']);
    expect([retried.failed, retried.failedBefore]).toEqual([1, 0]);
    const otherLimits = await importJson([...files, '--db', db, '--max-seconds', '30']);
    expect([otherLimits.failed, otherLimits.failedBefore]).toEqual([1, 0]);
  }, IMPORT_HOOK_TIMEOUT_MS);
});

describe('a corrected re-issue of a report', () => {
  const dir = scratchDir('reissue');
  const original = join(dir, 'melton.md');
  const corrected = join(dir, 'melton-corrected.md');
  copyFileSync(`${ROOT}fixtures/reports/melton.md`, original);
  writeFileSync(
    corrected,
    readFileSync(original, 'utf8').replace('|  | 2.1.6 | Partial Compliance |', '|  | 2.1.6 | Compliance |').replace('Date 24th February 2017', 'Date 3rd March 2017'),
  );
  const rating216 = 'SELECT rating FROM element_rating_details WHERE element_code = \'2.1.6\'';

  it('replaces the earlier issue and says so', async () => {
    const db = join(dir, 'later.sqlite');
    await importHere([original], db);
    const summary = await importHere([corrected], db);
    expect(summary.replaced).toBe(1);
    expect(summary.entries[0].assessments).toEqual([{ stage: 'review-1', effect: 'replaced', otherIssue: [original], reading: { partial: false, reasons: [] } }]);
    inspect(db, (d) => {
      expect(count(d, 'SELECT count(*) FROM assessments')).toBe(1);
      expect(d.prepare(rating216).pluck().get()).toBe('compliance');
      expect(d.prepare('SELECT role FROM assessment_documents ORDER BY source_document_id').pluck().all()).toEqual(['superseded', 'current']);
    });
    expect(consistency(db)).toMatchObject({ integrity: 'ok', foreignKeyProblems: 0, orphanText: 0 });
  });

  it("keeps the earlier issue's text searchable, marked superseded", () => {
    const database = openExistingDatabase(join(dir, 'later.sqlite'));
    const hits = searchText(database, '"diffusing customer\'s complaints"', { limit: 10, highlight: ['[', ']'] });
    database.close();
    expect(hits.map((h) => [h.path, h.superseded]).sort()).toEqual([
      [corrected, false],
      [original, true],
    ]);
  });

  it('keeps the later issue when the earlier one arrives after it', async () => {
    const db = join(dir, 'earlier.sqlite');
    await importHere([corrected], db);
    const summary = await importHere([original], db);
    expect(summary.entries[0].assessments[0].effect).toBe('outdated');
    inspect(db, (d) => {
      expect(d.prepare(rating216).pluck().get()).toBe('compliance');
      expect(d.prepare('SELECT report_date FROM assessments').pluck().get()).toBe('2017-03-03');
    });
  });
});
