/** An assessment's 57 ratings as a grid: a row per criterion, a cell per element, corrected cells marked. */
import { html } from 'hono/html';
import { CRITERIA, elementsOfCriterion } from '../../standard/catalogue.js';
import { ratingBadge } from './layout.js';
export function elementGrid(a) {
    const ratings = new Map(a.record.elements.map((e) => [e.code, e]));
    const corrected = new Set(a.corrections.filter((c) => c.change.field === 'element rating').map((c) => c.change.element));
    const source = a.documents.find((d) => d.readFrom);
    return html `<table class="grid" aria-label="${`element ratings, ${a.record.stage}`}">${CRITERIA.map((c) => html `<tr><th title="${c.title}">${c.number}</th>${elementsOfCriterion(c.number).map((code) => {
        const e = ratings.get(code);
        const title = `${code}: ${e ? e.rating.replace('-', ' ') : 'not rated'}${e?.basis === 'derived' ? ' (derived)' : ''}${corrected.has(code) ? ' (corrected)' : ''}`;
        const cell = html `<span class="code">${code}</span>${ratingBadge(e?.rating ?? null, title)}`;
        return html `<td class="${corrected.has(code) ? 'corrected' : ''}">${source ? html `<a href="/documents/${source.id}?assessment=${a.id}#e-${code}">${cell}</a>` : cell}</td>`;
    })}</tr>`)}</table>`;
}
//# sourceMappingURL=element-grid.js.map