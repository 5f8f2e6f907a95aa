/**
 * The league table and benchmarks, as `cse bench --html` draws them (the same charts), with the
 * table sortable and filtered by sector, region, body and year, and each figure's sample size.
 */
import { html, raw } from 'hono/html';
import { describeFilters } from '../../bench/filters.js';
import { describePoints } from '../../bench/points.js';
import { TIE_RULE } from '../../bench/render-terminal.js';
import { distributionChart, elementHeatMap, leagueChart, mostOftenPartialTable, PARTIAL_RED, PLUS_GREEN, readingNote, trendsChart, trendsTable, } from '../../bench/render-html.js';
import { filtersForm } from './filters-form.js';
import { page, partMark } from './layout.js';
/** `corrected`: the assessments a reviewer corrected a value of, marked in the table. */
export function leaguePage(b, query, choices, corrected) {
    const body = html `${filtersForm('/league', query, choices, { partial: true })}
<p class="note">${describeFilters(b.filters)}: <strong>${b.league.length}</strong> holders ranked on their latest completed assessment${b.leftOut.length ? html `; <strong>${b.leftOut.length}</strong> left out as read only in part` : ''}. Points per element: ${describePoints(b.points)}; ${TIE_RULE}.</p>
${raw(readingNote(b, '“rank reports read in part” above'))}
<h2>League table</h2>
<table class="sortable" id="league">
<thead><tr><th class="n">Rank</th><th>Holder</th><th>Sector</th><th>Region</th><th>Body</th><th>Stage</th><th>Assessed</th><th class="n">Rated</th><th class="n">CP</th><th class="n">C</th><th class="n">PC</th><th class="n">NC</th><th class="n">Points</th></tr></thead>
<tbody>${b.league.map((h) => html `<tr${h.readInPart ? html ` class="read-in-part"` : ''}><td class="n" data-sort="${h.rank}">${h.joint ? '=' : ''}${h.rank}</td>
<td><a href="/holders/${h.organisationId}">${h.organisation}</a> ${partMark(h.readInPart, h.readInPartReasons)}${corrected.has(h.assessmentId) ? html ` <span class="mark corrected" title="values corrected by a reviewer">corrected</span>` : ''}</td><td>${h.sector ?? ''}</td><td>${h.region ?? ''}</td><td>${h.assessmentBody ?? ''}</td>
<td>${h.stage}</td><td>${h.assessedOn ?? 'undated'}</td><td class="n">${h.elementsRated}</td><td class="n">${h.compliancePlus}</td><td class="n">${h.compliance}</td><td class="n">${h.partialCompliance}</td><td class="n">${h.nonCompliance}</td><td class="n">${h.points}</td></tr>`)}</tbody></table>
<h2>Points of the holders ranked highest</h2>
${raw(leagueChart(b))}
<h2>The 57 elements</h2>
<p class="note">Each cell: the share of holders rated so on that element, of those whose latest report rates it (the row label gives how many holders); hover for the counts.</p>
<h3>Partial compliance</h3>
${raw(elementHeatMap(b, 'partial-compliance', PARTIAL_RED))}
<h3>Compliance plus</h3>
${raw(elementHeatMap(b, 'compliance-plus', PLUS_GREEN))}
<h3>Most often partial</h3>
${raw(mostOftenPartialTable(b))}
<h2>Compliance-plus counts</h2>
${raw(distributionChart(b))}
<h2>Trends</h2>
<p class="note">Every completed assessment counts in the year it was made${b.trends.undated ? `; ${b.trends.undated} undated left out` : ''}. A year with no assessment breaks the lines.</p>
${raw(trendsChart(b))}
${raw(trendsTable(b))}`;
    return page('League table and benchmarks', body, { active: '/league' });
}
//# sourceMappingURL=league.js.map