/** The filter form the holders and league pages share: sector, region, body, year, and name words. */
import { html } from 'hono/html';
function select(name, label, values, chosen) {
    return html `<label>${label} <select name="${name}"><option value="">any</option>${values.map((v) => html `<option value="${v}"${String(v) === String(chosen ?? '') ? html ` selected` : ''}>${v}</option>`)}</select></label>`;
}
export function filtersForm(action, query, choices, options = {}) {
    return html `<form class="filters" method="get" action="${action}">
${options.search ? html `<label>Name <input type="search" name="q" value="${query.q ?? ''}" placeholder="words in the holder's name"></label>` : ''}
${select('sector', 'Sector', choices.sectors, query.sector)}
${select('region', 'Region', choices.regions, query.region)}
${select('body', 'Body', choices.bodies, query.body)}
${select('year', 'Year', choices.years, query.year)}
${options.partial ? html `<label><input type="checkbox" name="includePartial" value="1"${query.includePartial ? html ` checked` : ''}> rank reports read in part, marked</label>` : ''}
<button type="submit">Apply</button>
</form>`;
}
//# sourceMappingURL=filters-form.js.map