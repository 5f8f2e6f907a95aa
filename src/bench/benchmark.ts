/** Everything the HTML report and `--json` show at once: the league table, element statistics, trends. */
import type { Database } from 'better-sqlite3';
import { ELEMENTS } from '../standard/catalogue.js';
import { elementStatistics, type ElementStatistics } from './element-statistics.js';
import type { BenchFilters } from './filters.js';
import { type BenchOptions, leagueTable, leftOutReadInPart } from './league.js';
import type { PointsScheme } from './points.js';
import type { HolderVisit } from './queries.js';
import type { RankedHolder } from './ranking.js';
import { type NationalTrends, nationalTrends } from './trends.js';

export interface Benchmark {
  filters: BenchFilters;
  points: PointsScheme;
  league: RankedHolder[];
  /** Whether holders whose latest report was read only in part are ranked (marked) rather than left out. */
  includePartial: boolean;
  /** Holders left out of the league because their latest report was read only in part (none with includePartial). */
  leftOut: HolderVisit[];
  /** Index n: how many holders read in full have n compliance-plus elements on their latest assessment (0 to every element). */
  compliancePlusDistribution: number[];
  elements: ElementStatistics;
  trends: NationalTrends;
}

export function compliancePlusDistribution(league: readonly RankedHolder[]): number[] {
  const distribution = new Array<number>(ELEMENTS.length + 1).fill(0);
  // A count from a report read in part is a count of what was read, not of what it says.
  for (const holder of league) if (!holder.readInPart) distribution[holder.compliancePlus]! += 1;
  return distribution;
}

export function benchmark(db: Database, options: BenchOptions): Benchmark {
  const league = leagueTable(db, options);
  return {
    filters: options.filters,
    points: options.points,
    league,
    includePartial: options.includePartial ?? false,
    leftOut: leftOutReadInPart(db, options),
    compliancePlusDistribution: compliancePlusDistribution(league),
    elements: elementStatistics(league),
    trends: nationalTrends(db, options.filters, options.points, options.includePartial),
  };
}
