/**
 * Bench query latency on 10,000 assessments.
 *
 * HOOK for `cse bench` (src/bench/, being built on another branch): when it lands, add its
 * queries to BENCH_QUERIES (or call its query functions here) so they are timed on the same
 * database. Until then this measures a plain league-table query on the views of src/db: holders
 * ranked by compliance-plus count on their latest completed assessment.
 *
 * The database is made by extracting the scale corpus once and loading each report through
 * src/db's loader (ReportLoader) as many times as it takes to reach the number of assessments,
 * each copy under its own organisation name and content hash, so they are distinct assessments.
 */
import { inFreshProcess } from '../bench-import.mjs';

const DIST = new URL('../../dist/', import.meta.url);

export const BENCH_QUERIES = {
  'league table: rank by compliance plus on the latest assessment (assessment_overview view)': `
    WITH latest AS (
      SELECT organisation, sector, stage, compliance_plus, partial_compliance,
             ROW_NUMBER() OVER (PARTITION BY organisation ORDER BY COALESCE(visit_date, report_date) DESC, assessment_id DESC) AS n
      FROM assessment_overview WHERE status = 'completed'
    )
    SELECT organisation, sector, stage, compliance_plus, partial_compliance,
           RANK() OVER (ORDER BY compliance_plus DESC, partial_compliance ASC) AS position
    FROM latest WHERE n = 1 ORDER BY position LIMIT 50`,
  'most often compliance plus, by element (element_rating_details view)': `
    SELECT element_code, count(*) AS times FROM element_rating_details
    WHERE rating = 'compliance-plus' GROUP BY element_code ORDER BY times DESC LIMIT 10`,
};

export function measureQueryLatency(files, database, assessments = 10_000, repeats = 20) {
  return inFreshProcess(`
    import { rmSync } from 'node:fs';
    import { createHash } from 'node:crypto';
    import { extractFile } from ${JSON.stringify(new URL('api.js', DIST).href)};
    import { openDatabase } from ${JSON.stringify(new URL('db/open.js', DIST).href)};
    import { startRun } from ${JSON.stringify(new URL('db/import-runs.js', DIST).href)};
    import { ReportLoader } from ${JSON.stringify(new URL('db/load-report.js', DIST).href)};
    rmSync(${JSON.stringify(database)}, { force: true });
    const reports = [];
    for (const f of ${JSON.stringify(files)}) {
      const output = await extractFile(f);
      if (!('error' in output)) reports.push(output);
    }
    const db = openDatabase(${JSON.stringify(database)});
    const run = startRun(db, { paths: [], manifest: null, jobs: 1, startedAt: new Date().toISOString() });
    const loader = new ReportLoader(db);
    const count = () => db.prepare("SELECT count(*) AS n FROM assessments WHERE status = 'completed'").get().n;
    let started = performance.now();
    for (let copy = 0; count() < ${assessments}; copy++) {
      for (const report of reports) {
        const organisation = copy === 0 ? report.organisation : report.organisation + ' ' + copy;
        const sha256 = createHash('sha256').update(report.source.sha256 + copy).digest('hex');
        loader.load({ report: { ...report, organisation, source: { ...report.source, sha256 } }, sizeBytes: 0, passages: [], organisation, importRunId: run, importedAt: new Date().toISOString() });
        if (count() >= ${assessments}) break;
      }
    }
    const loadSeconds = (performance.now() - started) / 1000;
    const queries = ${JSON.stringify(BENCH_QUERIES)};
    const results = {};
    for (const [name, sql] of Object.entries(queries)) {
      const statement = db.prepare(sql);
      statement.all();
      const times = [];
      for (let i = 0; i < ${repeats}; i++) { const t = performance.now(); statement.all(); times.push(performance.now() - t); }
      times.sort((a, b) => a - b);
      results[name] = { medianMs: times[Math.floor(times.length / 2)], p95Ms: times[Math.floor(times.length * 0.95)], rows: statement.all().length };
    }
    console.log(JSON.stringify({ assessments: count(), organisations: db.prepare('SELECT count(*) AS n FROM organisations').get().n, loadSeconds, queries: results }));
    db.close();
  `);
}
