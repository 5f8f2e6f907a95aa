/**
 * The frame of every page: title, navigation, the stylesheet and the page's script. Pages are
 * written with hono's `html` tag, which escapes every value put into them: HTML escaped by
 * construction, never by remembering to.
 */
import { html } from 'hono/html';
const NAV = [
    ['/', 'Holders'],
    ['/league', 'League table'],
    ['/check', 'Check a report'],
    ['/work', 'Needs a person'],
];
export function page(title, body, options = {}) {
    return html `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · cse</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<header>
<a class="brand" href="/">cse</a>
<nav>${NAV.map(([href, label]) => html `<a href="${href}"${options.active === href ? html ` aria-current="page"` : ''}>${label}</a>`)}</nav>
</header>
<main>
<h1>${title}</h1>
${body}
</main>
<script type="module" src="/assets/app.js"></script>
${options.module ? html `<script type="module" src="/assets/${options.module}"></script>` : ''}
</body>
</html>`;
}
const RATING_SHORT = { 'compliance-plus': 'CP', compliance: 'C', 'partial-compliance': 'PC', 'non-compliance': 'NC' };
/** A rating as a small coloured label: "CP", "C", "PC", "NC". */
export function ratingBadge(rating, title) {
    if (rating === null)
        return html `<span class="rating none" title="${title ?? 'not rated'}">–</span>`;
    return html `<span class="rating ${rating}" title="${title ?? rating.replace('-', ' ')}">${RATING_SHORT[rating]}</span>`;
}
/** A read-in-part mark with its reasons. */
export function partMark(readInPart, reasons) {
    return readInPart ? html `<span class="mark part" title="${`read only in part: ${reasons ?? ''}`}">read in part</span>` : html ``;
}
/** A location in words: "page 3", "line 40", "paragraph 12". */
export function locationWords(loc) {
    if (!loc)
        return '';
    return [loc.page && `page ${loc.page}`, loc.line && `line ${loc.line}`, loc.paragraph && `paragraph ${loc.paragraph}`].filter(Boolean).join(', ');
}
/** Data attributes a click uses to show where a value was read: `data-page`, `data-line`, `data-paragraph`, and the text to find there. */
export function locationAttributes(loc, find) {
    if (!loc)
        return html ``;
    return html ` data-loc="1" data-page="${loc.page ?? ''}" data-line="${loc.line ?? ''}" data-paragraph="${loc.paragraph ?? ''}" data-find="${find}" tabindex="0" title="${`read at ${locationWords(loc)}: click to show it in the source`}"`;
}
//# sourceMappingURL=layout.js.map