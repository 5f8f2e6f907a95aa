/** The benchmark as text for a terminal: aligned tables and the sentences analysts quote. */
import { percent, plural, table } from '../text-format.js';
import { describeFilters } from './filters.js';
import { leftOutSentence } from './league.js';
import { describePoints } from './points.js';
import { ordinal } from './ranking.js';
export const TIE_RULE = 'more points first; at equal points fewer partial compliances, then fewer non-compliances; holders equal on all three share a rank';
function fixed(n) {
    return n.toFixed(1);
}
function rankText(h) {
    return `${h.joint ? '=' : ''}${h.rank}`;
}
/** The mark of a holder ranked on a report read only in part (with --include-partial). */
export const READ_IN_PART_MARK = '~';
export function renderLeague(league, filters, points, limit, leftOut = []) {
    const leftOutLine = leftOutSentence(leftOut);
    if (!league.length) {
        const none = `No holder has a completed assessment loaded${describeFilters(filters) === 'all holders' ? '' : ` that passes the filters (${describeFilters(filters)})`}`;
        return leftOutLine ? `${none} and read in full. ${leftOutLine}\n` : `${none}: import reports with \`cse import\`.\n`;
    }
    const shown = limit > 0 ? league.slice(0, limit) : league;
    const marked = league.filter((h) => h.readInPart);
    const rows = [
        ['Rank', 'Holder', 'Sector', 'Assessment body', 'Stage', 'Assessed', 'Rated', 'CP', 'C', 'PC', 'NC', 'Points', ...(marked.length ? ['Read'] : [])],
        ...shown.map((h) => [
            rankText(h),
            h.organisation,
            h.sector ?? '',
            h.assessmentBody ?? '',
            h.stage,
            h.assessedOn ?? 'undated',
            String(h.elementsRated),
            String(h.compliancePlus),
            String(h.compliance),
            String(h.partialCompliance),
            String(h.nonCompliance),
            String(h.points),
            ...(marked.length ? [h.readInPart ? `${READ_IN_PART_MARK} in part: ${h.readInPartReasons ?? ''}` : 'in full'] : []),
        ]),
    ];
    const withoutPartial = league.filter((h) => h.partialCompliance === 0).length;
    return [
        `League table of ${plural(league.length, 'holder')} (${describeFilters(filters)}) on their latest completed assessment`,
        `Points ${describePoints(points)}; ${TIE_RULE} (= marks a shared rank).`,
        '',
        table(rows),
        '',
        `${withoutPartial} of ${plural(league.length, 'holder')} ${withoutPartial === 1 || league.length === 1 ? 'has' : 'have'} no partial compliances.`,
        ...(marked.length
            ? [`${READ_IN_PART_MARK} ${plural(marked.length, 'holder')} ranked on a latest report read only in part (--include-partial): ${marked.length === 1 ? 'its' : 'their'} points count only what was read.`]
            : []),
        ...(leftOutLine ? [leftOutLine] : []),
        ...(shown.length < league.length ? [`Showing the first ${shown.length}; all with --limit 0, --csv or --json.`] : []),
        '',
    ].join('\n');
}
function standingLine(label, s, words) {
    const percentile = s.holders === 1 ? 'percentile 100 (the only holder)' : `percentile ${s.percentile} (ranks above ${s.percentile}% of the other holders)`;
    return `  ${label.padEnd(12)}${words}; ${percentile}`;
}
function visitLabel(v) {
    return `${v.stage}, ${v.assessedOn ?? 'undated'}`;
}
function movement(p) {
    if (!p.previous)
        return ['  Previous    no earlier completed assessment is loaded'];
    const then = p.previous;
    const now = p.holder;
    const rank = p.previousStanding
        ? `rank ${p.previousStanding.joint ? 'joint ' : ''}${ordinal(p.previousStanding.rank)} of ${p.previousStanding.holders} then, ${p.overall.joint ? 'joint ' : ''}${ordinal(p.overall.rank)} of ${p.overall.holders} now`
        : 'rank then not computable: the earlier visit has no date';
    return [
        `  Previous    ${visitLabel(then)}: CP ${then.compliancePlus} → ${now.compliancePlus}, PC ${then.partialCompliance} → ${now.partialCompliance}, points ${then.points} → ${now.points}; ${rank}`,
    ];
}
export function renderPosition(p, points) {
    const h = p.holder;
    const visits = table([
        ['Visit', 'Stage', 'Assessed', 'Body', 'Rated', 'CP', 'PC', 'NC', 'Points'],
        ...p.visits.map((v, i) => [
            String(i + 1),
            v.stage,
            v.assessedOn ?? 'undated',
            v.assessmentBody ?? '',
            String(v.elementsRated),
            String(v.compliancePlus),
            String(v.partialCompliance),
            String(v.nonCompliance),
            String(v.points),
        ]),
    ]);
    return [
        `${h.organisation}${h.sector ? ` (${h.sector}${h.region ? `, ${h.region}` : ''})` : ''}`,
        `  Latest      ${visitLabel(h)}${h.assessmentBody ? `, ${h.assessmentBody}` : ''}: CP ${h.compliancePlus}, C ${h.compliance}, PC ${h.partialCompliance}, NC ${h.nonCompliance} (${h.elementsRated} elements rated), ${h.points} points`,
        ...(h.readInPart ? [`  ${READ_IN_PART_MARK} Read     only in part (${h.readInPartReasons}); ranked because of --include-partial, on what was read`] : []),
        standingLine('Overall', p.overall, p.overallWords),
        p.inSector && p.inSectorWords ? standingLine('In sector', p.inSector, p.inSectorWords.replace(/holders?/, (w) => `${w} in ${h.sector}`)) : '  In sector   its sector is not known (give it in the import manifest)',
        ...movement(p),
        '',
        `  Points ${describePoints(points)}.`,
        '',
        visits,
        '',
    ].join('\n');
}
function shareRow(e) {
    return [e.code, String(e.rated), percent(e.shares['compliance-plus']), percent(e.shares.compliance), percent(e.shares['partial-compliance']), percent(e.shares['non-compliance'])];
}
export function renderElements(stats, filters, leftOut = []) {
    const header = ['Element', 'Rated', 'CP', 'C', 'PC', 'NC'];
    const leftOutLine = leftOutSentence(leftOut);
    return [
        `Element ratings of ${plural(stats.holders, 'holder')} (${describeFilters(filters)}) on their latest completed assessment`,
        'Shares are of the holders whose latest report rates the element ("Rated"); elements a report leaves unrated are not counted.',
        stats.readInPart
            ? `${plural(stats.readInPart, 'holder')} counted on a latest report read only in part (--include-partial): only the elements ${stats.readInPart === 1 ? 'its' : 'their'} reading rated count.`
            : 'Only holders whose latest report was read in full are counted.',
        ...(leftOutLine ? [leftOutLine] : []),
        '',
        table([header, ...stats.national.map(shareRow)]),
        '',
        'Most often partial:',
        stats.mostOftenPartial.length ? table([header, ...stats.mostOftenPartial.map(shareRow)]) : '  no element is rated partial compliance',
        '',
        ...(stats.bySector.length ? [`By sector (with --csv or --json): ${stats.bySector.map((s) => `${s.sector} (${s.holders})`).join(', ')}.`] : []),
        '',
    ].join('\n');
}
export function renderTrends(trends, filters) {
    return [
        `Completed assessments by year (${describeFilters(filters)}), every visit counted${trends.readInPart && !trends.readInPartIncluded ? ' but those read only in part' : ''}`,
        '',
        table([
            ['Year', 'Assessments', 'Holders', 'Mean CP', 'Mean PC', 'No PC', 'Mean points'],
            ...trends.years.map((y) => [String(y.year), String(y.assessments), String(y.holders), fixed(y.meanCompliancePlus), fixed(y.meanPartialCompliance), percent(y.withoutPartialShare), fixed(y.meanPoints)]),
        ]),
        '',
        ...(trends.undated ? [`${plural(trends.undated, 'assessment')} with no visit or report date left out.`, ''] : []),
        ...(trends.readInPart
            ? [
                trends.readInPartIncluded
                    ? `${plural(trends.readInPart, 'assessment')} read only in part counted on what was read (--include-partial).`
                    : `${plural(trends.readInPart, 'assessment')} read only in part left out; --include-partial to count them.`,
                '',
            ]
            : []),
    ].join('\n');
}
//# sourceMappingURL=render-terminal.js.map