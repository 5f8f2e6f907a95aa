/**
 * The form a reviewer corrects a value with: which value, the new value, why and who. One form
 * per assessment; a "correct" button beside a value fills in which value it is. It posts without
 * a script, so it works in any browser.
 */
import { html } from 'hono/html';
import { CORRECTED_FIELDS } from '../../corrections/correction.js';
import { RATINGS, STAGES } from '../../schema/report.js';
export function correctionForm(assessmentId, back) {
    return html `<form class="correction" method="post" action="/assessments/${assessmentId}/corrections" id="correct-${assessmentId}">
<input type="hidden" name="back" value="${back}">
<fieldset><legend>Correct a value</legend>
<label>Value <select name="field">${CORRECTED_FIELDS.map((f) => html `<option value="${f}">${f}</option>`)}</select></label>
<label class="for-element">Element <input name="element" size="6" placeholder="1.2.3"></label>
<label class="for-totals">Criterion <select name="criterion"><option value="">overall</option>${[1, 2, 3, 4, 5].map((n) => html `<option value="${n}">${n}</option>`)}</select></label>
<label class="for-element for-totals">Rating <select name="rating"><option value="">none (remove)</option>${RATINGS.map((r) => html `<option value="${r}">${r.replace('-', ' ')}</option>`)}</select></label>
<label class="for-totals">Count <input name="count" type="number" min="0" max="57" size="4"></label>
<label class="for-date">Date <input name="date" type="date"></label>
<label class="for-stage">Stage <select name="stage">${STAGES.map((s) => html `<option value="${s}">${s}</option>`)}</select></label>
<label class="for-organisation">Organisation <input name="name" size="30"></label>
<label>Why <input name="reason" size="40" required minlength="3" placeholder="what the report says, and where"></label>
<label>Who <input name="by" size="14" required></label>
<button type="submit">Save correction</button>
</fieldset></form>`;
}
/** The change a submitted form asks for, in the shape `CorrectionRequest` checks (it refuses what is wrong). */
export function requestFromForm(form) {
    const blankIsNull = (v) => (v === undefined || v.trim() === '' ? null : v.trim());
    const number = (v) => (blankIsNull(v) === null ? null : Number(v));
    const field = form.field ?? '';
    const change = field === 'element rating'
        ? { field, element: form.element ?? '', rating: blankIsNull(form.rating) }
        : field === 'totals'
            ? { field, criterion: number(form.criterion), rating: form.rating || null, count: number(form.count) }
            : field === 'stage'
                ? { field, stage: form.stage }
                : field === 'organisation'
                    ? { field, name: form.name ?? '' }
                    : { field, date: blankIsNull(form.date) };
    return { change, reason: form.reason ?? '', by: form.by ?? '' };
}
//# sourceMappingURL=correction-form.js.map