import type { ElementStatistics } from './element-statistics.js';
import type { HolderPosition } from './league.js';
import type { RankedHolder } from './ranking.js';
import type { NationalTrends } from './trends.js';
export declare function leagueCsv(league: readonly RankedHolder[]): string;
export declare function positionCsv(p: HolderPosition): string;
/** National rows (sector "all") then each sector's. */
export declare function elementsCsv(stats: ElementStatistics): string;
export declare function trendsCsv(trends: NationalTrends): string;
