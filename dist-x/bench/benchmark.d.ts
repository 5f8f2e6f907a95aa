/** Everything the HTML report and `--json` show at once: the league table, element statistics, trends. */
import type { Database } from 'better-sqlite3';
import { type ElementStatistics } from './element-statistics.js';
import type { BenchFilters } from './filters.js';
import { type BenchOptions } from './league.js';
import type { PointsScheme } from './points.js';
import type { HolderVisit } from './queries.js';
import type { RankedHolder } from './ranking.js';
import { type NationalTrends } from './trends.js';
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
export declare function compliancePlusDistribution(league: readonly RankedHolder[]): number[];
export declare function benchmark(db: Database, options: BenchOptions): Benchmark;
