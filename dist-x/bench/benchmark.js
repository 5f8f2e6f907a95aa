import { ELEMENTS } from '../standard/catalogue.js';
import { elementStatistics } from './element-statistics.js';
import { leagueTable, leftOutReadInPart } from './league.js';
import { nationalTrends } from './trends.js';
export function compliancePlusDistribution(league) {
    const distribution = new Array(ELEMENTS.length + 1).fill(0);
    // A count from a report read in part is a count of what was read, not of what it says.
    for (const holder of league)
        if (!holder.readInPart)
            distribution[holder.compliancePlus] += 1;
    return distribution;
}
export function benchmark(db, options) {
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
//# sourceMappingURL=benchmark.js.map