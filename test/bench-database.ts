/**
 * A small database of hand-written holders for the bench tests, loaded through the import's own
 * loader. Under the default points (cp=2, c=0, pc=-2, nc=-5) the latest completed assessments
 * rank, by hand:
 *
 * | rank | holder                  | sector           | latest                   | CP | PC | NC | rated | points |
 * | 1    | Epsilon Housing         | Housing          | initial 2024-01-15       | 9  | 2  | 0  | 57    | 14     |
 * | 2    | Alpha Council           | Local government | review-1 2024-05-01      | 6  | 0  | 0  | 57    | 12     |
 * | 3    | Beta Trust              | Health           | reassessment 2024-03-01  | 7  | 1  | 0  | 57    | 12     |
 * | =4   | Delta University        | Higher education | review-2 2023-09-01      | 5  | 0  | 0  | 57    | 10     |
 * | =4   | Gamma Borough Council   | Local government | initial 2024-06-01       | 5  | 0  | 0  | 57    | 10     |
 * | 6    | Zeta Parks              | (none)           | initial 2022-11-01       | 2  | 1  | 1  | 47    | -3     |
 *
 * Alpha Council's earlier visit: initial 2023-05-01, CP 3 (1.1.1–1.1.3), PC 1 (4.1.2), 4 points.
 * Zeta Parks' report leaves criterion 5 unrated (47 of 57 elements): it is read in part, so `cse bench` leaves it
 * out unless --include-partial, which ranks it as above.
 */
import type { Database } from 'better-sqlite3';
import { startRun } from '../src/db/import-runs.js';
import { ReportLoader } from '../src/db/load-report.js';
import { openDatabase } from '../src/db/open.js';
import { recordOrganisationFacts } from '../src/db/organisations.js';
import type { Assessment, Rating, Report, Stage } from '../src/schema/report.js';
import { allElementCodes, criterionOf } from '../src/standard/catalogue.js';

interface Visit {
  stage: Stage;
  date: string;
  compliancePlus: string[];
  partial?: string[];
  nonCompliance?: string[];
  unratedCriteria?: number[];
}

interface Holder {
  name: string;
  sector: string | null;
  body: string;
  visits: Visit[];
}

const FIRST_FIVE = ['1.1.1', '1.1.2', '1.1.3', '2.1.1', '2.1.2'];

export const HOLDERS: Holder[] = [
  {
    name: 'Alpha Council',
    sector: 'Local government',
    body: 'Centre for Assessment',
    visits: [
      { stage: 'initial', date: '2023-05-01', compliancePlus: ['1.1.1', '1.1.2', '1.1.3'], partial: ['4.1.2'] },
      { stage: 'review-1', date: '2024-05-01', compliancePlus: [...FIRST_FIVE, '3.1.1'] },
    ],
  },
  {
    name: 'Beta Trust',
    sector: 'Health',
    body: 'Assessment Services Ltd',
    visits: [{ stage: 'reassessment', date: '2024-03-01', compliancePlus: [...FIRST_FIVE, '3.1.1', '3.1.2'], partial: ['4.1.2'] }],
  },
  { name: 'Gamma Borough Council', sector: 'Local government', body: 'Centre for Assessment', visits: [{ stage: 'initial', date: '2024-06-01', compliancePlus: FIRST_FIVE }] },
  { name: 'Delta University', sector: 'Higher education', body: 'Centre for Assessment', visits: [{ stage: 'review-2', date: '2023-09-01', compliancePlus: FIRST_FIVE }] },
  {
    name: 'Epsilon Housing',
    sector: 'Housing',
    body: 'Assessment Services Ltd',
    visits: [{ stage: 'initial', date: '2024-01-15', compliancePlus: [...FIRST_FIVE, '3.1.1', '3.1.2', '3.2.1', '3.2.2'], partial: ['4.1.2', '5.3.2'] }],
  },
  {
    name: 'Zeta Parks',
    sector: null,
    body: 'Centre for Assessment',
    visits: [{ stage: 'initial', date: '2022-11-01', compliancePlus: ['1.1.1', '1.1.2'], partial: ['4.1.2'], nonCompliance: ['2.2.1'], unratedCriteria: [5] }],
  },
];

function assessment(v: Visit): Assessment {
  const ratingOf = (code: string): Rating =>
    v.compliancePlus.includes(code) ? 'compliance-plus' : v.partial?.includes(code) ? 'partial-compliance' : v.nonCompliance?.includes(code) ? 'non-compliance' : 'compliance';
  return {
    stage: v.stage,
    status: 'completed',
    reportDate: v.date,
    visitDate: v.date,
    documentReviewDate: null,
    assessors: ['A. Assessor'],
    statedTotals: { byCriterion: null, overall: null },
    elements: allElementCodes()
      .filter((code) => !v.unratedCriteria?.includes(criterionOf(code)))
      .map((code) => ({ code, rating: ratingOf(code), basis: 'stated', justification: null })),
  };
}

/** A new database (in memory unless a file is given) holding the holders above, one document per visit. */
export function benchDatabase(file = ':memory:'): Database {
  const db = openDatabase(file);
  const importRunId = startRun(db, { paths: ['test'], manifest: null, jobs: 1, startedAt: '2025-01-01T00:00:00Z' });
  const loader = new ReportLoader(db);
  let n = 0;
  for (const holder of HOLDERS) {
    recordOrganisationFacts(db, { name: holder.name, sector: holder.sector, region: null, personalDetailsOptOut: null });
    for (const visit of holder.visits) {
      n++;
      const report: Report = {
        schemaVersion: 1,
        source: { path: `test/${n}.md`, format: 'md', sha256: n.toString(16).padStart(64, '0') },
        template: 'centre-for-assessment',
        organisation: holder.name,
        assessmentBody: holder.body,
        assessments: [assessment(visit)],
        findings: [],
      };
      loader.load({ report, sizeBytes: 1, passages: [], organisation: holder.name, importRunId, importedAt: '2025-01-01T00:00:00Z' });
    }
  }
  return db;
}
