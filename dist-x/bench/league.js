import { organisationKey } from '../db/organisations.js';
import { passesFilters } from './filters.js';
import { latestVisits, organisationNames, visitsOfHolder } from './queries.js';
import { describeStanding, pointsOf, rankHolders, standingOf } from './ranking.js';
/** A benchmark question cse cannot answer as asked (an unknown holder, one outside the filters); the message says why. */
export class BenchError extends Error {
    name = 'BenchError';
}
function latestPassing(db, options, asOf) {
    return latestVisits(db, { year: options.filters.year, asOf }).filter(passesFilters(options.filters));
}
export function leagueTable(db, options, asOf = null) {
    const visits = latestPassing(db, options, asOf).filter((v) => options.includePartial || !v.readInPart);
    return rankHolders(visits, options.points);
}
/** The holders the league table leaves out because their latest report was read only in part; none with `includePartial`. */
export function leftOutReadInPart(db, options) {
    if (options.includePartial)
        return [];
    return latestPassing(db, options, null)
        .filter((v) => v.readInPart)
        .sort((a, b) => (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
}
/** "Foo Council: 41 of 57 elements rated" */
export function describeReadInPart(v) {
    return `${v.organisation}: ${v.readInPartReasons ?? 'read in part'}`;
}
/** "2 holders left out: their latest report was read only in part (…); --include-partial to rank them, marked", or null when none is. */
export function leftOutSentence(leftOut, howToRank = '--include-partial') {
    if (!leftOut.length)
        return null;
    const one = leftOut.length === 1;
    return `${leftOut.length} ${one ? 'holder' : 'holders'} left out: ${one ? 'its' : 'their'} latest report was read only in part (${leftOut.map(describeReadInPart).join('; ')}); ${howToRank} to rank ${one ? 'it' : 'them'}, marked.`;
}
/** The holder a name means: the same name folded (case, punctuation), else the one holder whose name contains it. */
export function findHolder(db, name) {
    const key = organisationKey(name);
    const names = organisationNames(db);
    const exact = names.find((n) => n.nameKey === key);
    if (exact)
        return exact;
    const containing = key ? names.filter((n) => n.nameKey.includes(key)) : [];
    if (containing.length === 1)
        return containing[0];
    if (containing.length > 1) {
        const shown = containing.slice(0, 5).map((n) => n.name);
        throw new BenchError(`"${name}" could be any of ${containing.length} holders (${shown.join('; ')}${containing.length > 5 ? '; …' : ''}): give more of the name.`);
    }
    throw new BenchError(`no holder is called "${name}" in the database: check the spelling, or list the holders with \`cse bench\`.`);
}
export function holderPosition(db, name, options) {
    const found = findHolder(db, name);
    const table = leagueTable(db, options);
    const holder = table.find((h) => h.organisationId === found.id);
    const readInPart = holder ? undefined : leftOutReadInPart(db, options).find((v) => v.organisationId === found.id);
    if (readInPart) {
        throw new BenchError(`${found.name} is left out of the table: its latest report (${readInPart.stage}, ${readInPart.assessedOn ?? 'undated'}) was read only in part (${readInPart.readInPartReasons}); --include-partial to rank it, marked.`);
    }
    if (!holder) {
        throw new BenchError(`${found.name} is not in this table: it has no completed assessment loaded${options.filters.year || options.filters.sector || options.filters.region || options.filters.body ? ' that passes the filters given' : ''}.`);
    }
    const overall = standingOf(table, found.id);
    // Its sector's table is the overall table's holders of that sector, ranked among themselves.
    const sectorTable = holder.sector ? rankHolders(table.filter(passesFilters({ sector: holder.sector })), options.points) : null;
    const inSector = sectorTable ? standingOf(sectorTable, found.id) : null;
    const visits = visitsOfHolder(db, found.id).map((v) => ({ ...v, points: pointsOf(v, options.points) }));
    const index = visits.findIndex((v) => v.assessmentId === holder.assessmentId);
    const previous = index > 0 ? visits[index - 1] : null;
    // The table as it stood then: every holder's latest visit up to that date, the same filters but the year.
    const previousStanding = previous?.assessedOn != null
        ? standingOf(leagueTable(db, { ...options, filters: { ...options.filters, year: null } }, previous.assessedOn), found.id)
        : null;
    return {
        holder,
        overall,
        overallWords: describeStanding(overall),
        inSector,
        inSectorWords: inSector ? describeStanding(inSector) : null,
        previous,
        previousStanding,
        visits,
    };
}
//# sourceMappingURL=league.js.map