import { plural } from '../text-format.js';
const COUNT_OF = {
    'compliance-plus': 'compliancePlus',
    compliance: 'compliance',
    'partial-compliance': 'partialCompliance',
    'non-compliance': 'nonCompliance',
};
/** Points of one assessment: each rated element's points; unrated elements earn none. */
export function pointsOf(counts, scheme) {
    return Object.keys(COUNT_OF).reduce((sum, rating) => sum + counts[COUNT_OF[rating]] * scheme[rating], 0);
}
/** Negative when `a` ranks above `b`; 0 when the ranking cannot tell them apart. */
function byResult(a, b) {
    return b.points - a.points || a.partialCompliance - b.partialCompliance || a.nonCompliance - b.nonCompliance;
}
export function rankHolders(visits, scheme) {
    const scored = visits.map((v) => ({ ...v, points: pointsOf(v, scheme) }));
    scored.sort((a, b) => byResult(a, b) || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0) || a.organisationId - b.organisationId);
    const ranked = [];
    scored.forEach((holder, index) => {
        const previous = ranked[index - 1];
        const rank = previous && byResult(previous, holder) === 0 ? previous.rank : index + 1;
        ranked.push({ ...holder, rank, joint: false });
    });
    for (let i = 0; i < ranked.length; i++) {
        ranked[i].joint = ranked[i - 1]?.rank === ranked[i].rank || ranked[i + 1]?.rank === ranked[i].rank;
    }
    return ranked;
}
export function standingOf(table, organisationId) {
    const holder = table.find((h) => h.organisationId === organisationId);
    if (!holder)
        return null;
    const hasPartial = holder.partialCompliance > 0;
    const ahead = table.filter((h) => h.rank < holder.rank);
    const behind = table.filter((h) => h.rank > holder.rank).length;
    return {
        rank: holder.rank,
        joint: holder.joint,
        holders: table.length,
        ahead: ahead.length,
        aheadWithPartial: ahead.filter((h) => h.partialCompliance > 0).length,
        sharingPartialStatus: table.filter((h) => h.partialCompliance > 0 === hasPartial).length,
        hasPartial,
        percentile: table.length === 1 ? 100 : Math.round((1000 * behind) / (table.length - 1)) / 10,
    };
}
export function ordinal(n) {
    const tens = n % 100;
    const suffix = tens >= 11 && tens <= 13 ? 'th' : { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
    return `${n}${suffix}`;
}
/** "35th of 412 holders; 8 of those ahead have 1 or more partial compliances; one of 79 holders with no partial compliances" */
export function describeStanding(s) {
    const place = `${s.joint ? 'joint ' : ''}${ordinal(s.rank)} of ${plural(s.holders, 'holder')}`;
    const ahead = s.ahead === 0
        ? 'none ahead'
        : `${s.aheadWithPartial} of ${s.ahead === 1 ? 'the one' : 'those'} ahead ${s.aheadWithPartial === 1 || s.ahead === 1 ? 'has' : 'have'} 1 or more partial compliances`;
    const partialStatus = `with ${s.hasPartial ? '1 or more' : 'no'} partial compliances`;
    const partial = s.sharingPartialStatus === 1 ? `the only holder ${partialStatus}` : `one of ${plural(s.sharingPartialStatus, 'holder')} ${partialStatus}`;
    return `${place}; ${ahead}; ${partial}`;
}
//# sourceMappingURL=ranking.js.map