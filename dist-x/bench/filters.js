/**
 * Which holders a benchmark compares: by sector, region, assessment body and year. Sector and
 * region match as organisation names do (case, accents and punctuation ignored); a body matches
 * by any of the names reports use for it ("G4S" is Assessment Services Ltd).
 */
import { organisationKey } from '../db/organisations.js';
import { findAssessmentBody } from '../extract/body.js';
import { ASSESSMENT_BODIES } from '../standard/bodies.js';
function sameWords(a, b) {
    return a !== null && organisationKey(a) === organisationKey(b);
}
/**
 * The body's canonical name when the text is one of its names in any case ("g4s"), or mentions
 * one as a report would ("G4S Assessment Services"); else the text itself.
 */
function canonicalBody(text) {
    const key = organisationKey(text);
    const named = ASSESSMENT_BODIES.find((b) => [b.name, ...b.aliases].some((alias) => organisationKey(alias) === key));
    return named?.name ?? findAssessmentBody(text) ?? text;
}
/** Whether a visit's holder and body pass the sector, region and body filters (the year is applied in SQL). */
export function passesFilters(filters) {
    const body = filters.body ? canonicalBody(filters.body) : null;
    return (visit) => (!filters.sector || sameWords(visit.sector, filters.sector)) &&
        (!filters.region || sameWords(visit.region, filters.region)) &&
        (!body || sameWords(visit.assessmentBody && canonicalBody(visit.assessmentBody), body));
}
/** "Local government, North East, 2016", or "all holders". */
export function describeFilters(filters) {
    const parts = [filters.sector, filters.region, filters.body, filters.year == null ? null : String(filters.year)].filter(Boolean);
    return parts.length ? parts.join(', ') : 'all holders';
}
//# sourceMappingURL=filters.js.map