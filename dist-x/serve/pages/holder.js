/** A holder's page: its place among peers, its assessments over time, what changed, and each one's ratings. */
import { html } from 'hono/html';
import { elementGrid } from './element-grid.js';
import { page, partMark, ratingBadge } from './layout.js';
function positionSection(h) {
    if (!h.position)
        return html `<p class="note">${h.positionNote ?? ''}</p>`;
    const p = h.position;
    return html `<ul class="position">
<li>Overall: ${p.overallWords}</li>
${p.inSectorWords ? html `<li>In its sector (${h.sector}): ${p.inSectorWords}</li>` : ''}
${p.previous ? html `<li>Previous visit (${p.previous.stage}, ${p.previous.assessedOn ?? 'undated'}): ${p.previous.points} points${p.previousStanding ? html `, then ${p.previousStanding.rank}${p.previousStanding.joint ? ' (joint)' : ''} of ${p.previousStanding.holders}` : ''}</li>` : ''}
</ul>`;
}
function assessmentSection(a, changes) {
    const justified = a.record.elements.filter((e) => e.justification);
    return html `<section class="assessment" id="assessment-${a.id}">
<h3>${a.record.stage}, ${a.assessedOn ?? 'undated'} ${partMark(a.readInPart, a.readInPartReasons)}${a.corrections.length ? html ` <span class="mark corrected">${a.corrections.length} corrected</span>` : ''}</h3>
<p>${a.points} points · CP ${a.counts.compliancePlus} · C ${a.counts.compliance} · PC ${a.counts.partialCompliance} · NC ${a.counts.nonCompliance} · ${a.counts.elementsRated} of 57 rated${a.record.assessors.length ? html ` · assessed by ${a.record.assessors.join(', ')}` : ''}${a.assessmentBody ? html ` (${a.assessmentBody})` : ''}</p>
<p>Documents: ${a.documents.map((d) => html `<a href="/documents/${d.id}?assessment=${a.id}">${d.path.split('/').pop()}</a>${d.readFrom ? ' (values read from this copy)' : d.role === 'superseded' ? ' (superseded)' : ''} `)}</p>
${elementGrid(a)}
${changes && changes.changes.length ? html `<p>Changed since the visit before: ${changes.changes.map((c) => html `<span class="change">${c.code} ${ratingBadge(c.from)} → ${ratingBadge(c.to)}</span> `)}</p>` : changes ? html `<p class="note">No element rated at both visits changed its rating.</p>` : ''}
${justified.length ? html `<details><summary>Justifications (${justified.length})</summary><dl>${justified.map((e) => html `<dt>${e.code} ${ratingBadge(e.rating)}</dt><dd>${e.justification}</dd>`)}</dl></details>` : ''}
${a.findings.length ? html `<details><summary>Findings (${a.findings.length})</summary><ul class="findings">${a.findings.map((f) => html `<li class="${f.severity}${f.dismissed ? ' dismissed' : ''}"><strong>${f.severity}</strong> ${f.message}${f.dismissed ? html ` <em>(dismissed by ${f.dismissed.by}: ${f.dismissed.reason})</em>` : ''}</li>`)}</ul></details>` : ''}
</section>`;
}
export function holderPage(h) {
    const rows = [...h.assessments].reverse();
    const body = html `<p class="note">${[h.sector, h.region].filter(Boolean).join(' · ') || 'sector and region not known'}</p>
<h2>Among its peers</h2>
${positionSection(h)}
<h2>Assessments over time</h2>
<table class="sortable"><thead><tr><th>Stage</th><th>Assessed</th><th class="n">Points</th><th class="n">CP</th><th class="n">C</th><th class="n">PC</th><th class="n">NC</th><th class="n">Rated</th><th>Reading</th></tr></thead>
<tbody>${rows.map((a) => html `<tr><td><a href="#assessment-${a.id}">${a.record.stage}</a></td><td>${a.assessedOn ?? 'undated'}</td><td class="n">${a.points}</td><td class="n">${a.counts.compliancePlus}</td><td class="n">${a.counts.compliance}</td><td class="n">${a.counts.partialCompliance}</td><td class="n">${a.counts.nonCompliance}</td><td class="n">${a.counts.elementsRated}</td><td>${partMark(a.readInPart, a.readInPartReasons)}</td></tr>`)}</tbody></table>
<h2>Each assessment</h2>
${rows.map((a) => assessmentSection(a, h.changes.find((c) => c.to === a.id)))}`;
    return page(h.name, body);
}
//# sourceMappingURL=holder.js.map