/** "Needs a person": files that failed, documents with error findings and readings in part, each with what can be done about it. */
import { html } from 'hono/html';
import { page } from './layout.js';
const dismissForm = (action, back) => html `<form class="dismiss" method="post" action="${action}"><input type="hidden" name="back" value="${back}"><input name="reason" placeholder="why it can be set aside" required minlength="3"><input name="by" placeholder="who" required size="10"><button>Dismiss</button></form>`;
/** "1–100 of 6,124" and links to the pages before and after. */
function paging(list, offset, limit) {
    if (list.total <= list.rows.length && offset === 0)
        return html ``;
    const to = offset + list.rows.length;
    return html `<p class="note">${list.rows.length ? `${offset + 1}–${to}` : 'none'} of ${list.total.toLocaleString('en-GB')}
${offset > 0 ? html ` · <a href="/work?offset=${Math.max(0, offset - limit)}">previous ${limit}</a>` : ''}${to < list.total ? html ` · <a href="/work?offset=${to}">next ${limit}</a>` : ''}</p>`;
}
export function workPage(w, offset, limit) {
    const back = offset ? `/work?offset=${offset}` : '/work';
    const body = html `<p class="note">${w.failedFiles.total} files that could not be imported · ${w.documentsWithErrors.total} reports with error findings · ${w.readInPart.total} assessments read only in part.</p>
<h2>Files that could not be imported (${w.failedFiles.total})</h2>
${paging(w.failedFiles, offset, limit)}
${w.failedFiles.rows.length ? html `<table id="failed"><thead><tr><th>File</th><th>Code</th><th>What to do</th><th></th></tr></thead><tbody>${w.failedFiles.rows.map((f) => html `<tr><td>${f.path}</td><td><code>${f.code}</code></td><td>${f.message}</td><td><form method="post" action="/work/failures/${f.id}/reimport"><button>Import again</button></form>${dismissForm(`/work/failures/${f.id}/dismiss`, back)}</td></tr>`)}</tbody></table>` : html `<p class="note">None.</p>`}
<h2>Reports with error findings (${w.documentsWithErrors.total})</h2>
<p class="note">Open a report to correct its values or dismiss each finding with a reason.</p>
${paging(w.documentsWithErrors, offset, limit)}
${w.documentsWithErrors.rows.length ? html `<table id="errors"><thead><tr><th>Report</th><th class="n">Errors</th><th>Rules</th><th>The first</th></tr></thead><tbody>${w.documentsWithErrors.rows.map((d) => html `<tr><td><a href="/documents/${d.sourceDocumentId}">${d.organisation ?? d.path.split('/').pop()}</a><br><span class="note">${d.path}</span></td><td class="n">${d.errors}</td><td>${d.rules.split(',').map((r) => html `<code>${r}</code> `)}</td><td>${d.message}</td></tr>`)}</tbody></table>` : html `<p class="note">None.</p>`}
<h2>Read only in part (${w.readInPart.total})</h2>
${paging(w.readInPart, offset, limit)}
${w.readInPart.rows.length ? html `<table id="part"><thead><tr><th>Holder</th><th>Stage</th><th>Assessed</th><th>What was not read</th></tr></thead><tbody>${w.readInPart.rows.map((r) => html `<tr><td>${r.readFromDocumentId ? html `<a href="/documents/${r.readFromDocumentId}?assessment=${r.assessmentId}">${r.organisation ?? 'organisation not known'}</a>` : (r.organisation ?? '')}</td><td>${r.stage}</td><td>${r.assessedOn ?? 'undated'}</td><td>${r.reasons ?? ''}</td></tr>`)}</tbody></table>` : html `<p class="note">None.</p>`}`;
    return page('Needs a person', body, { active: '/work' });
}
//# sourceMappingURL=work.js.map