/** The holders page: every holder on its latest completed assessment, searchable and filtered. */
import { html } from 'hono/html';
import { filtersForm } from './filters-form.js';
import { page, partMark } from './layout.js';
export function holdersPage(rows, query, choices) {
    const body = html `${filtersForm('/', query, choices, { search: true })}
<p class="note">${rows.length} ${rows.length === 1 ? 'holder' : 'holders'}, each on its latest completed assessment. Points: CP 2, C 0, PC −2, NC −5 per element. Click a column heading to sort.</p>
<table class="sortable" id="holders">
<thead><tr><th>Holder</th><th>Sector</th><th>Region</th><th>Body</th><th>Latest stage</th><th>Assessed</th><th class="n">Points</th><th class="n">CP</th><th class="n">PC</th><th class="n">Rated</th><th>Reading</th></tr></thead>
<tbody>${rows.map((r) => html `<tr${r.readInPart ? html ` class="read-in-part"` : ''}>
<td><a href="/holders/${r.organisationId}">${r.organisation}</a></td><td>${r.sector ?? ''}</td><td>${r.region ?? ''}</td><td>${r.assessmentBody ?? ''}</td>
<td>${r.stage}</td><td>${r.assessedOn ?? 'undated'}</td><td class="n">${r.points}</td><td class="n">${r.compliancePlus}</td><td class="n">${r.partialCompliance}</td><td class="n">${r.elementsRated}</td>
<td>${partMark(r.readInPart, r.readInPartReasons)}${r.corrections ? html ` <span class="mark corrected" title="values corrected by a reviewer">${r.corrections} corrected</span>` : ''}</td></tr>`)}</tbody></table>`;
    return page('Holders', body, { active: '/' });
}
//# sourceMappingURL=holders.js.map