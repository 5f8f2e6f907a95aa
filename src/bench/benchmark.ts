/** Everything the HTML report and `--json` show at once: the league table, element statistics, trends. */
import type { Database } from 'better-sqlite3';
import { ELEMENTS } from '../standard/catalogue.js';
import { elementStatistics, type ElementStatistics } from './element-statistics.js';
import type { BenchFilters } from './filters.js';
import { type BenchOptions, leagueTable } from './league.js';
import type { PointsScheme } from './points.js';
import type { RankedHolder } from './ranking.js';
import { type NationalTrends, nationalTrends } from './trends.js';

export interface Benchmark {
  filters: BenchFilters;
  points: PointsScheme;
  league: RankedHolder[];
  /** Index n: how many holders have n compliance-plus elements on their latest assessment (0 to every element). */
  compliancePlusDistribution: number[];
  elements: ElementStatistics;
  trends: NationalTrends;
}

export function compliancePlusDistribution(league: readonly RankedHolder[]): number[] {
  const distribution = new Array<number>(ELEMENTS.length + 1).fill(0);
  for (const holder of league) distribution[holder.compliancePlus]! += 1;
  return distribution;
}

export function benchmark(db: Database, options: BenchOptions): Benchmark {
  const league = leagueTable(db, options);
  return {
    filters: options.filters,
    points: options.points,
    league,
    compliancePlusDistribution: compliancePlusDistribution(league),
    elements: elementStatistics(league),
    trends: nationalTrends(db, options.filters, options.points),
  };
}
