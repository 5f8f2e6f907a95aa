import { passesFilters } from './filters.js';
import { allVisits } from './queries.js';
import { pointsOf } from './ranking.js';
function mean(values) {
    return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
export function nationalTrends(db, filters, points, includePartial = false) {
    const passing = allVisits(db, { year: filters.year }).filter(passesFilters(filters));
    const readInPart = passing.filter((v) => v.readInPart).length;
    const visits = includePartial ? passing : passing.filter((v) => !v.readInPart);
    const byYear = new Map();
    let undated = 0;
    for (const visit of visits) {
        if (!visit.assessedOn) {
            undated++;
            continue;
        }
        const year = Number(visit.assessedOn.slice(0, 4));
        if (!byYear.has(year))
            byYear.set(year, []);
        byYear.get(year).push(visit);
    }
    const years = [...byYear.entries()]
        .sort(([a], [b]) => a - b)
        .map(([year, inYear]) => ({
        year,
        assessments: inYear.length,
        holders: new Set(inYear.map((v) => v.organisationId)).size,
        meanCompliancePlus: mean(inYear.map((v) => v.compliancePlus)),
        meanPartialCompliance: mean(inYear.map((v) => v.partialCompliance)),
        withoutPartialShare: inYear.filter((v) => v.partialCompliance === 0).length / inYear.length,
        meanPoints: mean(inYear.map((v) => pointsOf(v, points))),
    }));
    return { years, undated, readInPart, readInPartIncluded: includePartial };
}
//# sourceMappingURL=trends.js.map