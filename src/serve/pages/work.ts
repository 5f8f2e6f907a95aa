/** "Needs a person": files that failed, error findings and readings in part, each with what can be done about it. */
import { html } from 'hono/html';
import type { WorkList } from '../queries/work-list.js';
import { type Html, page } from './layout.js';

const dismissForm = (action: string) =>
  html`<form class="dismiss" method="post" action="${action}"><input type="hidden" name="back" value="/work"><input name="reason" placeholder="why it can be set aside" required minlength="3"><input name="by" placeholder="who" required size="10"><button>Dismiss</button></form>`;

export function workPage(w: WorkList): Html {
  const body = html`<p class="note">${w.failedFiles.length} files that could not be imported · ${w.errorFindings.length} error findings · ${w.readInPart.length} assessments read only in part.</p>
<h2>Files that could not be imported (${w.failedFiles.length})</h2>
${w.failedFiles.length ? html`<table id="failed"><thead><tr><th>File</th><th>Code</th><th>What to do</th><th></th></tr></thead><tbody>${w.failedFiles.map(
    (f) => html`<tr><td>${f.path}</td><td><code>${f.code}</code></td><td>${f.message}</td><td><form method="post" action="/work/failures/${f.id}/reimport"><button>Import again</button></form>${dismissForm(`/work/failures/${f.id}/dismiss`)}</td></tr>`,
  )}</tbody></table>` : html`<p class="note">None.</p>`}
<h2>Error findings (${w.errorFindings.length})</h2>
${w.errorFindings.length ? html`<table id="errors"><thead><tr><th>Report</th><th>Rule</th><th>Finding</th><th></th></tr></thead><tbody>${w.errorFindings.map(
    (f) => html`<tr><td><a href="/documents/${f.sourceDocumentId}">${f.organisation ?? f.path}</a>${f.stage ? html` (${f.stage})` : ''}</td><td><code>${f.rule}</code></td><td>${f.message}</td><td><a href="/documents/${f.sourceDocumentId}">Correct</a> ${dismissForm(`/findings/${f.id}/dismiss`)}</td></tr>`,
  )}</tbody></table>` : html`<p class="note">None.</p>`}
<h2>Read only in part (${w.readInPart.length})</h2>
${w.readInPart.length ? html`<table id="part"><thead><tr><th>Holder</th><th>Stage</th><th>Assessed</th><th>What was not read</th></tr></thead><tbody>${w.readInPart.map(
    (r) => html`<tr><td>${r.readFromDocumentId ? html`<a href="/documents/${r.readFromDocumentId}?assessment=${r.assessmentId}">${r.organisation ?? 'organisation not known'}</a>` : (r.organisation ?? '')}</td><td>${r.stage}</td><td>${r.assessedOn ?? 'undated'}</td><td>${r.reasons ?? ''}</td></tr>`,
  )}</tbody></table>` : html`<p class="note">None.</p>`}`;
  return page('Needs a person', body, { active: '/work' });
}
