/**
 * For each element of the standard, how the holders in a table are rated on it: counts and
 * shares of compliance plus, compliance, partial and non-compliance, nationally and by sector.
 * Only holders whose latest report rates the element count towards its shares (a review that
 * reports only what changed leaves the rest unrated); `rated` says how many that is. The holders
 * counted are those of the table given: by default the league leaves out reports read only in
 * part; `readInPart` says how many of those counted were (with --include-partial).
 */
import { RATING_LETTERS } from '../db/migrations.js';
import { RATINGS } from '../schema/report.js';
import { criterionOf, ELEMENTS } from '../standard/catalogue.js';
const RATING_OF_LETTER = new Map(Object.entries(RATING_LETTERS).map(([rating, letter]) => [letter, rating]));
export const SECTOR_NOT_KNOWN = 'not known';
const MOST_OFTEN_PARTIAL_SHOWN = 10;
function emptyTally() {
    return Object.fromEntries(RATINGS.map((r) => [r, 0]));
}
function sharesOf(counts) {
    return ELEMENTS.map(({ code }) => {
        const tally = counts.get(code) ?? emptyTally();
        const rated = RATINGS.reduce((sum, r) => sum + tally[r], 0);
        const shares = Object.fromEntries(RATINGS.map((r) => [r, rated ? tally[r] / rated : 0]));
        return { code, criterion: criterionOf(code), rated, counts: tally, shares };
    });
}
/** Read from each holder's rating pattern (one letter per element), already in the table: no query. */
export function elementStatistics(table) {
    const national = new Map();
    const bySector = new Map();
    for (const holder of table) {
        const sector = holder.sector ?? SECTOR_NOT_KNOWN;
        if (!bySector.has(sector))
            bySector.set(sector, new Map());
        ELEMENTS.forEach(({ code }, index) => {
            const rating = RATING_OF_LETTER.get(holder.ratingPattern[index]);
            if (!rating)
                return;
            for (const counts of [national, bySector.get(sector)]) {
                if (!counts.has(code))
                    counts.set(code, emptyTally());
                counts.get(code)[rating] += 1;
            }
        });
    }
    const holdersIn = (sector) => table.filter((h) => (h.sector ?? SECTOR_NOT_KNOWN) === sector).length;
    const nationalShares = sharesOf(national);
    return {
        holders: table.length,
        readInPart: table.filter((h) => h.readInPart).length,
        national: nationalShares,
        bySector: [...bySector.keys()].sort().map((sector) => ({ sector, holders: holdersIn(sector), elements: sharesOf(bySector.get(sector)) })),
        mostOftenPartial: nationalShares
            .filter((e) => e.counts['partial-compliance'] > 0)
            .sort((a, b) => b.shares['partial-compliance'] - a.shares['partial-compliance'] || b.counts['partial-compliance'] - a.counts['partial-compliance'])
            .slice(0, MOST_OFTEN_PARTIAL_SHOWN),
    };
}
//# sourceMappingURL=element-statistics.js.map