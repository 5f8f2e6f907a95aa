import type { ElementStatistics } from './element-statistics.js';
import { type BenchFilters } from './filters.js';
import { type HolderPosition } from './league.js';
import { type PointsScheme } from './points.js';
import { type RankedHolder } from './ranking.js';
import type { HolderVisit } from './queries.js';
import type { NationalTrends } from './trends.js';
export declare const TIE_RULE = "more points first; at equal points fewer partial compliances, then fewer non-compliances; holders equal on all three share a rank";
/** The mark of a holder ranked on a report read only in part (with --include-partial). */
export declare const READ_IN_PART_MARK = "~";
export declare function renderLeague(league: readonly RankedHolder[], filters: BenchFilters, points: PointsScheme, limit: number, leftOut?: readonly HolderVisit[]): string;
export declare function renderPosition(p: HolderPosition, points: PointsScheme): string;
export declare function renderElements(stats: ElementStatistics, filters: BenchFilters, leftOut?: readonly HolderVisit[]): string;
export declare function renderTrends(trends: NationalTrends, filters: BenchFilters): string;
