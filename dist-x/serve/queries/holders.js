import { passesFilters } from '../../bench/filters.js';
import { DEFAULT_POINTS } from '../../bench/points.js';
import { latestVisits } from '../../bench/queries.js';
import { pointsOf } from '../../bench/ranking.js';
import { organisationKey } from '../../db/organisations.js';
export function holders(db, query, points = DEFAULT_POINTS) {
    const words = query.q ? organisationKey(query.q) : '';
    const corrected = db.prepare('SELECT count(*) FROM corrections WHERE assessment_id = ?').pluck();
    return latestVisits(db, { year: query.year })
        .filter(passesFilters(query))
        .filter((v) => !words || v.nameKey.includes(words))
        .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0))
        .map((v) => ({ ...v, points: pointsOf(v, points), corrections: corrected.get(v.assessmentId) }));
}
/** The values each filter can take, for the page's drop-downs. */
export function filterChoices(db) {
    const column = (sql) => db.prepare(sql).pluck().all().filter((v) => v !== null);
    return {
        sectors: column('SELECT DISTINCT sector FROM organisations WHERE sector IS NOT NULL ORDER BY sector'),
        regions: column('SELECT DISTINCT region FROM organisations WHERE region IS NOT NULL ORDER BY region'),
        bodies: column('SELECT DISTINCT assessment_body FROM assessments WHERE assessment_body IS NOT NULL ORDER BY assessment_body'),
        years: column("SELECT DISTINCT CAST(substr(assessed_on, 1, 4) AS INTEGER) FROM completed_visits WHERE assessed_on IS NOT NULL ORDER BY 1 DESC"),
    };
}
//# sourceMappingURL=holders.js.map