/**
 * A report beside its source: the values cse read from one file (corrected where a reviewer
 * corrected them), each linked to where it was read, and the file itself in a pane beside them:
 * a PDF's pages drawn by pdf.js, a Word or Markdown file as the text cse read. A click on a
 * value shows its place in the source.
 */
import { html } from 'hono/html';
import { ELEMENTS } from '../../standard/catalogue.js';
import { correctionForm } from './correction-form.js';
import { locationAttributes, locationWords, page, partMark, ratingBadge } from './layout.js';
const STATEMENTS = new Map(ELEMENTS.map((e) => [e.code, e.statement]));
const TOTAL_KEYS = [
    ['compliancePlus', 'CP'],
    ['compliance', 'C'],
    ['partialCompliance', 'PC'],
    ['nonCompliance', 'NC'],
];
function totalsTable(a, correctedTotals) {
    const rows = [
        ...[1, 2, 3, 4, 5].map((n) => [`Criterion ${n}`, a.statedTotals.byCriterion?.[String(n)]]),
        ['Overall', a.statedTotals.overall],
    ];
    if (rows.every(([, t]) => !t))
        return html `<p class="note">The report states no totals.${correctedTotals ? ' (corrected)' : ''}</p>`;
    const where = a.statedTotals.location;
    return html `<table class="totals"><thead><tr><th>Stated totals</th>${TOTAL_KEYS.map(([, label]) => html `<th class="n">${label}</th>`)}</tr></thead><tbody>${rows.map(([label, t]) => html `<tr${locationAttributes(label === 'Overall' ? where?.overall : where?.byCriterion, label === 'Overall' ? '' : label.replace('Criterion ', ''))}><th>${label}</th>${TOTAL_KEYS.map(([key]) => html `<td class="n">${t?.[key] ?? '–'}</td>`)}</tr>`)}</tbody></table>`;
}
function correctionsList(corrections) {
    if (!corrections.length)
        return html ``;
    return html `<h4>Corrections</h4><ul class="corrections">${corrections.map((c) => html `<li><strong>${c.subject}</strong>: ${c.oldValue ?? 'none'} → ${c.newValue ?? 'none'}, by ${c.correctedBy} on ${c.correctedAt.slice(0, 10)}: “${c.reason}”${c.readingAgreesAt ? html ` <em>A later reading of the report gives this value too (${c.readingAgreesAt.slice(0, 10)}).</em>` : ''}</li>`)}</ul>`;
}
function elementRows(a, corrected, canCorrect, assessmentId) {
    return html `<table class="elements"><thead><tr><th>Element</th><th>Rating</th><th>Basis</th><th>Where read</th><th>Justification</th>${canCorrect ? html `<th></th>` : ''}</tr></thead><tbody>${a.elements.map((e) => html `<tr id="e-${e.code}" class="${corrected.has(e.code) ? 'corrected' : ''}"${locationAttributes(e.location, e.code)}>
<td title="${STATEMENTS.get(e.code) ?? ''}">${e.code}</td><td>${ratingBadge(e.rating)}${corrected.has(e.code) ? html ` <span class="mark corrected">corrected</span>` : ''}</td><td>${e.basis}</td>
<td>${e.location ? locationWords(e.location) : e.basis === 'derived' ? 'follows from the report' : ''}</td><td>${e.justification ?? ''}</td>
${canCorrect ? html `<td><button type="button" class="fill" data-form="correct-${assessmentId}" data-field="element rating" data-element="${e.code}">correct</button></td>` : ''}</tr>`)}</tbody></table>`;
}
/** Findings listed on the page; a damaged file can have thousands, all of them in /api/documents/ID. */
const FINDINGS_SHOWN = 500;
function findingsList(findings, back, documentId) {
    if (!findings.length)
        return html `<p class="note">No findings.</p>`;
    const more = findings.length > FINDINGS_SHOWN ? html `<p class="note">The first ${FINDINGS_SHOWN} of ${findings.length} findings; all of them in <a href="/api/documents/${documentId}">/api/documents/${documentId}</a>.</p>` : '';
    return html `${more}<ul class="findings">${findings.slice(0, FINDINGS_SHOWN).map((f) => html `<li class="${f.severity}${f.dismissed ? ' dismissed' : ''}"><strong>${f.severity}</strong> <code>${f.rule}</code> ${f.message}${f.location ? html ` <span class="where">(${f.location})</span>` : ''}
${f.dismissed ? html ` <em>dismissed by ${f.dismissed.by}: ${f.dismissed.reason}</em>` : html `<form class="dismiss" method="post" action="/findings/${f.id}/dismiss"><input type="hidden" name="back" value="${back}"><input name="reason" placeholder="why it can be set aside" required minlength="3"><input name="by" placeholder="who" required size="10"><button>Dismiss</button></form>`}</li>`)}</ul>`;
}
function assessmentSection(d, index, view, back) {
    const link = d.assessments[index];
    const read = d.record.assessments[index];
    const a = view && link.readFrom ? view.record : read;
    const corrections = view && link.readFrom ? view.corrections : [];
    const corrected = new Set(corrections.filter((c) => c.change.field === 'element rating').map((c) => c.change.element));
    const canCorrect = view !== null && link.readFrom;
    const other = view?.documents.find((x) => x.readFrom);
    return html `<section class="assessment" id="assessment-${link.assessmentId ?? `record-${index}`}">
<h2>${a.stage} (${a.status})${view ? html ` ${partMark(view.readInPart, view.readInPartReasons)}` : ''}</h2>
${view && !link.readFrom && other ? html `<p class="note">The database keeps another copy's reading of this assessment: <a href="/documents/${other.id}?assessment=${view.id}">${other.path}</a>. Shown here: what this file gave.</p>` : ''}
${!view ? html `<p class="note">Not loaded as an assessment of its own (${link.role ?? 'an empty stage of the template, or one already loaded from another file'}).</p>` : ''}
<dl class="facts">
<dt>Visit</dt><dd>${a.visitDate ?? 'not stated'}</dd><dt>Report</dt><dd>${a.reportDate ?? 'not stated'}</dd><dt>Document review</dt><dd>${a.documentReviewDate ?? 'not stated'}</dd>
<dt>Assessors</dt><dd>${a.assessors.join(', ') || 'not stated'}</dd>
${a.recommendation ? html `<dt>Recommendation</dt><dd${locationAttributes(a.recommendation.location, a.recommendation.text.slice(0, 40))}>${a.recommendation.outcome}: “${a.recommendation.text}”</dd>` : ''}
</dl>
${totalsTable(a, corrections.some((c) => c.change.field === 'totals'))}
${correctionsList(corrections)}
${canCorrect ? correctionForm(view.id, back) : ''}
<h3>Element ratings (${a.elements.length} of 57)</h3>
${elementRows(a, corrected, canCorrect, view?.id ?? null)}
</section>`;
}
export function documentPage(d, views, back) {
    const name = d.path.split('/').pop() ?? d.path;
    const body = html `<div class="beside">
<div class="record">
<p class="note">${(d.format ?? "file").toUpperCase()} · ${d.path} · imported ${d.importedAt.slice(0, 16).replace('T', ' ')} · organisation: <strong>${d.organisation ?? 'not known'}</strong>${d.record.organisation !== d.organisation ? html ` (the report reads “${d.record.organisation ?? 'none'}”)` : ''} · body: ${d.record.assessmentBody ?? 'not known'} · layout: ${d.record.template}</p>
<p class="note">Click a value with a place (its row is underlined) to show where it was read.</p>
${d.record.assessments.map((_, i) => {
        const id = d.assessments[i].assessmentId;
        return assessmentSection(d, i, id === null ? null : (views.get(id) ?? null), back);
    })}
<h2>Findings</h2>
${findingsList(d.findings, back, d.id)}
</div>
<aside class="source" id="source" data-document="${d.id}" data-format="${d.format}" data-available="${d.fileAvailable ? 'yes' : 'no'}">
<div class="source-head"><strong>Source</strong> <span id="source-where"></span></div>
${d.fileAvailable ? html `${d.format === 'pdf' ? html `<div class="pdf-wrap"><div id="pdf-container"><div id="viewer" class="pdfViewer"></div></div></div><h4>The text cse read</h4>` : ''}<div id="source-text" class="source-text">Loading the text cse read…</div>` : html `<p class="note">${d.path} is no longer where it was imported from, so its source cannot be shown. The values are kept in the database.</p>`}
</aside>
</div>`;
    return page(name, body, { module: 'source.js' });
}
//# sourceMappingURL=document.js.map