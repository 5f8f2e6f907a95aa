/**
 * The benchmark as one static HTML file: the league table, heat-maps of the 57 elements, the
 * distribution of compliance-plus counts and the national trends, all inline SVG, with the data
 * behind them in a JSON script block. No script runs and nothing is fetched, so it opens from
 * disk, offline, and can be mailed.
 */
import { ratingName } from '../parse/ratings.js';
import { RATINGS } from '../schema/report.js';
import { criterionOf, criterionTitle } from '../standard/catalogue.js';
import { describeFilters } from './filters.js';
import { leftOutSentence } from './league.js';
import { describePoints } from './points.js';
import { READ_IN_PART_MARK, TIE_RULE } from './render-terminal.js';
import { columns, escapeHtml, heatMap, horizontalBars, lines } from './svg-charts.js';
/** Bars drawn in the league chart, and rows listed in its table; the JSON block holds every holder. */
const LEAGUE_CHART_HOLDERS = 40;
const LEAGUE_TABLE_HOLDERS = 200;
export const PARTIAL_RED = [203, 24, 29];
export const PLUS_GREEN = [0, 109, 44];
function pct(share) {
    return `${Math.round(share * 100)}%`;
}
export function leagueChart(b) {
    const bars = b.league.slice(0, LEAGUE_CHART_HOLDERS).map((h) => ({
        label: `${h.joint ? '=' : ''}${h.rank}. ${h.organisation}${h.readInPart ? ` ${READ_IN_PART_MARK} read in part` : ''}`,
        value: h.points,
        colour: h.nonCompliance > 0 ? '#7f0000' : h.partialCompliance > 0 ? '#e6851e' : '#2b8c4e',
        tooltip: `${h.organisation}: ${h.points} points (CP ${h.compliancePlus}, C ${h.compliance}, PC ${h.partialCompliance}, NC ${h.nonCompliance}; ${h.elementsRated} rated)${h.readInPart ? `; report read only in part: ${h.readInPartReasons}` : ''}`,
        data: { rank: h.rank, organisation: h.organisation, points: h.points, 'partial-compliance': h.partialCompliance, 'read-in-part': h.readInPart ? 'yes' : 'no' },
    }));
    return horizontalBars(bars, 'League table: points of the holders ranked highest');
}
function leagueTableHtml(b) {
    const rows = b.league.slice(0, LEAGUE_TABLE_HOLDERS).map((h) => `<tr${h.readInPart ? ' class="read-in-part"' : ''}><td>${h.joint ? '=' : ''}${h.rank}</td><td>${escapeHtml(h.organisation)}${h.readInPart ? ` <span class="mark" title="${escapeHtml(`report read only in part: ${h.readInPartReasons ?? ''}`)}">${READ_IN_PART_MARK} read in part: ${escapeHtml(h.readInPartReasons ?? '')}</span>` : ''}</td><td>${escapeHtml(h.sector ?? '')}</td><td>${escapeHtml(h.assessmentBody ?? '')}</td><td>${h.stage}</td><td>${h.assessedOn ?? 'undated'}</td><td class="n">${h.elementsRated}</td><td class="n">${h.compliancePlus}</td><td class="n">${h.compliance}</td><td class="n">${h.partialCompliance}</td><td class="n">${h.nonCompliance}</td><td class="n">${h.points}</td></tr>`);
    const more = b.league.length > LEAGUE_TABLE_HOLDERS ? `<p>The first ${LEAGUE_TABLE_HOLDERS} of ${b.league.length}; every holder is in the data block of this file and in <code>cse bench --csv</code>.</p>` : '';
    return `<table class="league"><thead><tr><th>Rank</th><th>Holder</th><th>Sector</th><th>Assessment body</th><th>Stage</th><th>Assessed</th><th>Rated</th><th>CP</th><th>C</th><th>PC</th><th>NC</th><th>Points</th></tr></thead><tbody>${rows.join('')}</tbody></table>${more}`;
}
function heatCells(elements, scope, rating) {
    return elements.map((e) => ({
        share: e.shares[rating],
        known: e.rated > 0,
        tooltip: e.rated
            ? `${e.code} (${scope}): ${pct(e.shares[rating])} ${ratingName(rating)}, ${e.counts[rating]} of ${e.rated} holders rated on it`
            : `${e.code} (${scope}): no holder's latest report rates it`,
        data: { element: e.code, scope, rating, share: Number(e.shares[rating].toFixed(4)), count: e.counts[rating], rated: e.rated },
    }));
}
export function elementHeatMap(b, rating, colour) {
    const rows = [
        { label: `All holders (${b.elements.holders})`, cells: heatCells(b.elements.national, 'all', rating) },
        ...b.elements.bySector.map((s) => ({ label: `${s.sector} (${s.holders})`, cells: heatCells(s.elements, s.sector, rating) })),
    ];
    const codes = b.elements.national.map((e) => e.code);
    return heatMap(rows, codes, (c) => criterionOf(codes[c]), colour, `Share of holders rated ${ratingName(rating)} on each element`);
}
export function distributionChart(b) {
    const highest = b.compliancePlusDistribution.reduce((top, n, i) => (n > 0 ? i : top), 0);
    // Up to the highest count seen (at least 20), so a small table's bars are not lost in 57 slots.
    const shown = b.compliancePlusDistribution.slice(0, Math.max(20, highest) + 1);
    return columns(shown.map((holders, cp) => ({
        label: String(cp),
        value: holders,
        tooltip: `${holders} ${holders === 1 ? 'holder has' : 'holders have'} ${cp} compliance-plus elements`,
        data: { 'compliance-plus': cp, holders },
    })), 'Distribution of compliance-plus counts', 'compliance-plus elements on the latest completed assessment', '#2b6cb0');
}
export function trendsChart(b) {
    const years = b.trends.years;
    if (!years.length)
        return '<p>No dated assessment.</p>';
    const series = (name, colour, value, unit) => ({
        name,
        colour,
        points: years.map((y) => ({ x: y.year, y: Number(value(y).toFixed(2)), tooltip: `${y.year}: ${value(y).toFixed(1)}${unit} (${y.assessments} assessments)` })),
    });
    return lines([
        series('mean CP', '#2b8c4e', (y) => y.meanCompliancePlus, ' compliance plus'),
        series('mean PC', '#e6851e', (y) => y.meanPartialCompliance, ' partial compliance'),
        series('mean points', '#2b6cb0', (y) => y.meanPoints, ' points'),
    ], 'Completed assessments by year: mean compliance plus, partial compliance and points', 'per assessment');
}
export function trendsTable(b) {
    const rows = b.trends.years.map((y) => `<tr><td>${y.year}</td><td class="n">${y.assessments}</td><td class="n">${y.holders}</td><td class="n">${y.meanCompliancePlus.toFixed(1)}</td><td class="n">${y.meanPartialCompliance.toFixed(1)}</td><td class="n">${pct(y.withoutPartialShare)}</td><td class="n">${y.meanPoints.toFixed(1)}</td></tr>`);
    return `<table><thead><tr><th>Year</th><th>Assessments</th><th>Holders</th><th>Mean CP</th><th>Mean PC</th><th>No PC</th><th>Mean points</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
export function mostOftenPartialTable(b) {
    if (!b.elements.mostOftenPartial.length)
        return '<p>No element is rated partial compliance.</p>';
    const rows = b.elements.mostOftenPartial.map((e) => `<tr><td>${e.code}</td><td>${escapeHtml(criterionTitle(e.criterion))}</td><td class="n">${pct(e.shares['partial-compliance'])}</td><td class="n">${e.counts['partial-compliance']} of ${e.rated}</td></tr>`);
    return `<table><thead><tr><th>Element</th><th>Criterion</th><th>Partial</th><th>Holders</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px 32px; color: #222; max-width: 1300px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 8px 0; font-size: 12px; } th, td { padding: 2px 8px; border-bottom: 1px solid #eee; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; } .note { color: #555; } svg { display: block; margin: 8px 0; max-width: 100%; height: auto; }
.key span { display: inline-block; width: 12px; height: 12px; margin: 0 4px 0 12px; vertical-align: -1px; }`;
/** JSON safe inside a script element: no "</script>" can end it early. */
function scriptJson(value) {
    return JSON.stringify(value).replace(/</g, '\\u003c');
}
/** Which holders the figures count, as to reports read only in part. */
export function readingNote(b, howToRank) {
    const marked = b.league.filter((h) => h.readInPart).length;
    const left = leftOutSentence(b.leftOut, howToRank);
    const parts = [
        ...(left ? [escapeHtml(left)] : []),
        ...(marked
            ? [`${marked} ranked on a latest report read only in part (--include-partial), marked ${READ_IN_PART_MARK}: their points and the element shares count only what was read; the compliance-plus distribution leaves them out.`]
            : []),
    ];
    return parts.length ? `<p class="note reading">${parts.join('<br>')}</p>` : '';
}
export function renderHtml(b, generatedAt, database) {
    const withoutPartial = b.league.filter((h) => h.partialCompliance === 0).length;
    const assessments = b.trends.years.reduce((n, y) => n + y.assessments, 0) + b.trends.undated;
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSE benchmark: ${escapeHtml(describeFilters(b.filters))}</title><style>${STYLE}</style></head>
<body>
<h1>Customer Service Excellence benchmark</h1>
<p class="note">${escapeHtml(describeFilters(b.filters))}: ${b.league.length} holders on their latest completed assessment (${assessments} completed assessments in all); ${withoutPartial} with no partial compliances. From ${escapeHtml(database)}, ${escapeHtml(generatedAt)}.<br>
Points per element: ${escapeHtml(describePoints(b.points))} (CP compliance plus, C compliance, PC partial, NC non-compliance); ${escapeHtml(TIE_RULE)} (= marks a shared rank).</p>
${readingNote(b)}

<h2 id="league">League table</h2>
<p class="key">Bar colour:<span style="background:#2b8c4e"></span>no partial compliance<span style="background:#e6851e"></span>1 or more partial compliances<span style="background:#7f0000"></span>a non-compliance</p>
${leagueChart(b)}
<p class="note">The ${Math.min(LEAGUE_CHART_HOLDERS, b.league.length)} highest of ${b.league.length}; the table of holders is at the <a href="#holders">end</a>.</p>

<h2 id="elements">The 57 elements</h2>
<p class="note">Each cell: the share of holders rated so on that element, of those whose latest report rates it (reports of a review may rate only some elements); hover for the counts. Columns are the elements in the standard's order, grouped by criterion; rows are all holders, then each sector.</p>
<h3>Partial compliance</h3>
${elementHeatMap(b, 'partial-compliance', PARTIAL_RED)}
<h3>Compliance plus</h3>
${elementHeatMap(b, 'compliance-plus', PLUS_GREEN)}
<h3>Most often partial</h3>
${mostOftenPartialTable(b)}

<h2 id="distribution">Compliance-plus counts</h2>
${distributionChart(b)}

<h2 id="trends">Trends</h2>
<p class="note">Every completed assessment counts in the year it was made (visit date, else report date)${b.trends.undated ? `; ${b.trends.undated} undated left out` : ''}${b.trends.readInPart ? `; ${b.trends.readInPart} read only in part ${b.trends.readInPartIncluded ? 'counted on what was read' : 'left out'}` : ''}.</p>
${trendsChart(b)}
${trendsTable(b)}

<h2 id="holders">Holders, ranked</h2>
${leagueTableHtml(b)}

<script type="application/json" id="benchmark-data">${scriptJson({ ...b, ratings: RATINGS })}</script>
</body></html>
`;
}
//# sourceMappingURL=render-html.js.map