/**
 * The holders page: every holder with its latest completed assessment, searched by name and
 * filtered by sector, region and body as `cse bench` filters them.
 */
import type { Database } from 'better-sqlite3';
import { type BenchFilters, passesFilters } from '../../bench/filters.js';
import { DEFAULT_POINTS, type PointsScheme } from '../../bench/points.js';
import { type HolderVisit, latestVisits } from '../../bench/queries.js';
import { pointsOf } from '../../bench/ranking.js';
import { organisationKey } from '../../db/organisations.js';

export interface HolderRow extends HolderVisit {
  points: number;
  /** How many of the latest assessment's values a reviewer corrected. */
  corrections: number;
}

export interface HolderQuery extends BenchFilters {
  /** Words the holder's name contains, in any case and punctuation. */
  q?: string | null;
}

export function holders(db: Database, query: HolderQuery, points: PointsScheme = DEFAULT_POINTS): HolderRow[] {
  const words = query.q ? organisationKey(query.q) : '';
  const corrected = db.prepare('SELECT count(*) FROM corrections WHERE assessment_id = ?').pluck();
  return latestVisits(db, { year: query.year })
    .filter(passesFilters(query))
    .filter((v) => !words || v.nameKey.includes(words))
    .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0))
    .map((v) => ({ ...v, points: pointsOf(v, points), corrections: corrected.get(v.assessmentId) as number }));
}

/** The values each filter can take, for the page's drop-downs. */
export function filterChoices(db: Database): { sectors: string[]; regions: string[]; bodies: string[]; years: number[] } {
  const column = (sql: string) => (db.prepare(sql).pluck().all() as (string | number)[]).filter((v) => v !== null);
  return {
    sectors: column('SELECT DISTINCT sector FROM organisations WHERE sector IS NOT NULL ORDER BY sector') as string[],
    regions: column('SELECT DISTINCT region FROM organisations WHERE region IS NOT NULL ORDER BY region') as string[],
    bodies: column('SELECT DISTINCT assessment_body FROM assessments WHERE assessment_body IS NOT NULL ORDER BY assessment_body') as string[],
    years: column("SELECT DISTINCT CAST(substr(assessed_on, 1, 4) AS INTEGER) FROM completed_visits WHERE assessed_on IS NOT NULL ORDER BY 1 DESC") as number[],
  };
}
