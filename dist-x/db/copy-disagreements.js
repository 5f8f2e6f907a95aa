import { organisationKey } from './organisations.js';
function totalsText(t) {
    const n = (v) => (v === null ? '?' : String(v));
    return `CP ${n(t.compliancePlus)}, C ${n(t.compliance)}, PC ${n(t.partialCompliance)}, NC ${n(t.nonCompliance)}`;
}
/** Where the other copy reads differently from the kept one; empty when they agree on everything both read. */
export function copyDisagreements(kept, other) {
    const found = [];
    const add = (what, keptValue, otherValue, elementCode = null, criterion = null) => found.push({ what, elementCode, criterion, keptValue, otherValue });
    const [k, o] = [kept.report.organisation, other.report.organisation];
    if (k !== null && o !== null && organisationKey(k) !== organisationKey(o))
        add('organisation', k, o);
    const dates = [['report date', 'reportDate'], ['visit date', 'visitDate'], ['document review date', 'documentReviewDate']];
    for (const [what, field] of dates) {
        const [kd, od] = [kept.assessment[field], other.assessment[field]];
        if (kd !== null && od !== null && kd !== od)
            add(what, kd, od);
    }
    const otherRatings = new Map(other.assessment.elements.map((e) => [e.code, e.rating]));
    for (const e of kept.assessment.elements) {
        const rating = otherRatings.get(e.code);
        if (rating !== undefined && rating !== e.rating)
            add('element rating', e.rating, rating, e.code);
    }
    const sameTotals = (a, b) => totalsText(a) === totalsText(b);
    const keptByCriterion = kept.assessment.statedTotals.byCriterion ?? {};
    const otherByCriterion = other.assessment.statedTotals.byCriterion ?? {};
    for (const criterion of ['1', '2', '3', '4', '5']) {
        const [kt, ot] = [keptByCriterion[criterion], otherByCriterion[criterion]];
        if (kt && ot && !sameTotals(kt, ot))
            add('totals', totalsText(kt), totalsText(ot), null, Number(criterion));
    }
    const [ko, oo] = [kept.assessment.statedTotals.overall, other.assessment.statedTotals.overall];
    if (ko && oo && !sameTotals(ko, oo))
        add('totals', totalsText(ko), totalsText(oo));
    return found;
}
//# sourceMappingURL=copy-disagreements.js.map