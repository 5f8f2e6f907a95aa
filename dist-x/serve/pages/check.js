/**
 * Checking a report without importing it: drop a file, see its record, each stage's verdict and
 * its findings, in the words `cse check` uses; import it with one click.
 */
import { html } from 'hono/html';
import { isFailure } from '../../failure.js';
import { page, ratingBadge } from './layout.js';
const FORM = html `<form class="upload" method="post" action="/check" enctype="multipart/form-data">
<div class="drop"><p>Drop a report here (PDF, Word .docx or Markdown), or choose one:</p>
<input type="file" name="file" accept=".pdf,.docx,.md,.markdown" required> <button type="submit">Check it</button></div>
</form>`;
export function checkPage(result, problem) {
    return page('Check a report', html `${FORM}${problem ? html `<p class="error-box" role="alert"><strong>${problem.code}</strong>: ${problem.message}</p>` : ''}${result ? checkedReport(result) : ''}`, { active: '/check' });
}
function checkedReport(r) {
    const output = r.output;
    if (isFailure(output)) {
        return html `<p class="error-box" role="alert"><strong>${output.error.code}</strong>: ${output.error.message}</p>`;
    }
    return html `<h2>${r.name}</h2>
<p>Organisation: <strong>${output.organisation ?? 'not found'}</strong> · body: ${output.assessmentBody ?? 'not found'} · layout: ${output.template}</p>
<form method="post" action="/check/${r.token}/import"><button type="submit">Import it into the database</button></form>
<h3>Stages</h3>
<ul class="verdicts">${r.stages.map((s) => html `<li><strong>${s.stage}</strong> (${s.status})${s.verdict ? html `: ${s.verdict}` : ''}</li>`)}</ul>
${output.assessments.map((a) => html `<h3>${a.stage}: ${a.elements.length} of 57 elements rated</h3>
<p>Visit ${a.visitDate ?? 'not stated'} · report ${a.reportDate ?? 'not stated'} · assessors: ${a.assessors.join(', ') || 'not stated'}</p>
<p>${a.elements.map((e) => html `<span title="${e.code}: ${e.rating}">${e.code} ${ratingBadge(e.rating)}</span> `)}</p>`)}
<h3>Findings (${output.findings.length})</h3>
${output.findings.length ? html `<ul class="findings">${output.findings.map((f) => html `<li class="${f.severity}"><strong>${f.severity}</strong> <code>${f.rule}</code> ${f.message}</li>`)}</ul>` : html `<p class="note">No findings.</p>`}`;
}
export function importedPage(name, entry) {
    if (!entry) {
        return page('Check a report', html `${FORM}<p class="error-box" role="alert"><strong>upload-gone</strong>: the checked file is no longer held (the app was restarted): drop it again.</p>`, { active: '/check' });
    }
    const body = entry.outcome === 'failed'
        ? html `<p class="error-box" role="alert"><strong>${entry.error?.code ?? 'failed'}</strong>: ${entry.error?.message ?? ''}</p>`
        : html `<p class="ok-box" role="status">${name}: ${entry.outcome === 'skipped' ? 'already in the database' : entry.outcome}${entry.organisation ? html ` as a report of <strong>${entry.organisation}</strong>` : ''}; ${entry.assessments.map((a) => `${a.stage} ${a.effect}`).join(', ') || 'no assessment'}. See it under <a href="/">Holders</a>.</p>`;
    return page('Check a report', html `${FORM}${body}`, { active: '/check' });
}
//# sourceMappingURL=check.js.map