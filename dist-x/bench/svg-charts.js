/**
 * Charts as inline SVG strings, so the HTML report opens from disk with no script, server or
 * network. Each mark carries its numbers in `data-` attributes and a `<title>` (the tooltip), so
 * what a chart shows can be read back from the file.
 */
export function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function svg(width, height, label, body) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}">${body.join('')}</svg>`;
}
function text(x, y, content, attributes = '') {
    return `<text x="${x}" y="${y}" ${attributes}>${escapeHtml(content)}</text>`;
}
/** A colour between white-ish and `to` for a share 0–1. */
export function shade(share, to) {
    const from = [247, 247, 247];
    const mix = from.map((f, i) => Math.round(f + (to[i] - f) * Math.min(1, Math.max(0, share))));
    return `rgb(${mix.join(',')})`;
}
/** A round step, at least 1 (the axes count holders, elements and points), for an axis spanning `span`: 1, 2, 5, 10, 20, 50, … */
function step(span, ticks = 5) {
    const raw = Math.max(span / ticks, 1);
    const power = 10 ** Math.floor(Math.log10(raw));
    return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}
function dataAttributes(data) {
    return Object.entries(data)
        .map(([k, v]) => `data-${k}="${escapeHtml(String(v))}"`)
        .join(' ');
}
/** Horizontal bars, one per row, from a zero line that may sit inside the chart when values are negative. */
export function horizontalBars(bars, label, labelWidth = 330) {
    const rowHeight = 18;
    const width = 1000;
    const plotWidth = width - labelWidth - 60;
    const min = Math.min(0, ...bars.map((b) => b.value));
    const max = Math.max(1, ...bars.map((b) => b.value));
    const x = (v) => labelWidth + ((v - min) / (max - min)) * plotWidth;
    const height = bars.length * rowHeight + 30;
    const body = bars.map((b, i) => {
        const y = 20 + i * rowHeight;
        const left = Math.min(x(0), x(b.value));
        const barWidth = Math.max(1, Math.abs(x(b.value) - x(0)));
        return (`<g class="bar" ${dataAttributes(b.data)}><title>${escapeHtml(b.tooltip)}</title>` +
            text(labelWidth - 6, y + 12, b.label.length > 48 ? `${b.label.slice(0, 47)}…` : b.label, 'text-anchor="end" font-size="11"') +
            `<rect x="${left.toFixed(1)}" y="${y + 2}" width="${barWidth.toFixed(1)}" height="${rowHeight - 4}" fill="${b.colour}"/>` +
            text(Math.max(x(0), x(b.value)) + 4, y + 12, String(b.value), 'font-size="11"') +
            '</g>');
    });
    const zero = `<line x1="${x(0)}" y1="14" x2="${x(0)}" y2="${height - 8}" stroke="#333"/>`;
    return svg(width, height, label, [zero, ...body]);
}
/** Vertical bars over a category axis (a histogram when the categories are counts). */
export function columns(cols, label, axisLabel, colour) {
    const width = 1000;
    const height = 280;
    const left = 50;
    const bottom = 50;
    const plotHeight = height - bottom - 20;
    const max = Math.max(1, ...cols.map((c) => c.value));
    const yStep = step(max);
    const top = Math.ceil(max / yStep) * yStep;
    const slot = (width - left - 10) / Math.max(1, cols.length);
    const y = (v) => 20 + plotHeight - (v / top) * plotHeight;
    const grid = [];
    for (let v = 0; v <= top; v += yStep) {
        grid.push(`<line x1="${left}" y1="${y(v)}" x2="${width - 10}" y2="${y(v)}" stroke="#ddd"/>`, text(left - 6, y(v) + 4, String(v), 'text-anchor="end" font-size="11"'));
    }
    const labelEvery = Math.ceil(cols.length / 30);
    const body = cols.map((c, i) => {
        const x = left + i * slot;
        return (`<g class="column" ${dataAttributes(c.data)}><title>${escapeHtml(c.tooltip)}</title>` +
            `<rect x="${(x + 1).toFixed(1)}" y="${y(c.value).toFixed(1)}" width="${Math.max(1, slot - 2).toFixed(1)}" height="${(y(0) - y(c.value)).toFixed(1)}" fill="${colour}"/>` +
            (i % labelEvery === 0 ? text(x + slot / 2, height - bottom + 16, c.label, 'text-anchor="middle" font-size="11"') : '') +
            '</g>');
    });
    return svg(width, height, label, [...grid, ...body, text(left + (width - left) / 2, height - 10, axisLabel, 'text-anchor="middle" font-size="12"')]);
}
/** Lines over years (or any whole-numbered x), each point a dot with its tooltip; a missing x breaks the line. */
export function lines(series, label, yLabel) {
    const width = 1000;
    const height = 300;
    const left = 60;
    const right = 160;
    const plotHeight = height - 70;
    const xs = series.flatMap((s) => s.points.map((p) => p.x));
    const minX = Math.min(...xs);
    const maxX = Math.max(...xs);
    const ys = series.flatMap((s) => s.points.map((p) => p.y));
    const maxY = Math.max(1, ...ys);
    const minY = Math.min(0, ...ys);
    const yStep = step(maxY - minY);
    const top = Math.ceil(maxY / yStep) * yStep;
    const floor = Math.floor(minY / yStep) * yStep;
    const x = (v) => left + (maxX === minX ? 0.5 : (v - minX) / (maxX - minX)) * (width - left - right);
    const y = (v) => 20 + plotHeight - ((v - floor) / (top - floor)) * plotHeight;
    const body = [];
    for (let v = floor; v <= top; v += yStep) {
        body.push(`<line x1="${left}" y1="${y(v)}" x2="${width - right}" y2="${y(v)}" stroke="${v === 0 ? "#888" : "#ddd"}"/>`, text(left - 6, y(v) + 4, String(v), 'text-anchor="end" font-size="11"'));
    }
    const xStep = Math.max(1, Math.ceil((maxX - minX + 1) / 15));
    for (let v = minX; v <= maxX; v += xStep)
        body.push(text(x(v), height - 30, String(v), 'text-anchor="middle" font-size="11"'));
    series.forEach((s, i) => {
        // A year with no point breaks the line: a line drawn across it would show a trend nobody measured.
        const path = s.points.map((p, j) => `${j && p.x - s.points[j - 1].x <= 1 ? 'L' : 'M'}${x(p.x).toFixed(1)},${y(p.y).toFixed(1)}`).join(' ');
        body.push(`<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
        for (const p of s.points) {
            body.push(`<circle class="point" data-series="${escapeHtml(s.name)}" data-x="${p.x}" data-y="${p.y}" cx="${x(p.x).toFixed(1)}" cy="${y(p.y).toFixed(1)}" r="3.5" fill="${s.colour}"><title>${escapeHtml(p.tooltip)}</title></circle>`);
        }
        body.push(`<rect x="${width - right + 15}" y="${24 + i * 20}" width="12" height="12" fill="${s.colour}"/>`, text(width - right + 32, 34 + i * 20, s.name, 'font-size="12"'));
    });
    body.push(text(14, 20 + plotHeight / 2, yLabel, `font-size="12" transform="rotate(-90 14 ${20 + plotHeight / 2})" text-anchor="middle"`));
    return svg(width, height, label, body);
}
/**
 * A grid: rows (e.g. all holders, then each sector) by columns (the elements), with a gap between
 * column groups. The darkest colour is the highest share in the grid, not 100%: partial
 * compliance is rare, and on a 0–100% scale its map would be all but white.
 */
export function heatMap(rows, columnLabels, groupOf, colour, label) {
    const labelWidth = 190;
    const cell = 19;
    const gap = 6;
    const xOf = (c) => labelWidth + c * cell + (groupOf(c) - groupOf(0)) * gap;
    const width = xOf(columnLabels.length - 1) + cell + 10;
    const headerHeight = 44;
    const height = headerHeight + rows.length * cell + 40;
    const highest = Math.max(0.01, ...rows.flatMap((row) => row.cells.filter((c) => c.known).map((c) => c.share)));
    const body = [];
    columnLabels.forEach((l, c) => body.push(text(xOf(c) + cell / 2 + 3, headerHeight - 4, l, `font-size="9" transform="rotate(-60 ${xOf(c) + cell / 2 + 3} ${headerHeight - 4})"`)));
    rows.forEach((row, r) => {
        const y = headerHeight + r * cell;
        body.push(text(labelWidth - 6, y + 13, row.label.length > 30 ? `${row.label.slice(0, 29)}…` : row.label, 'text-anchor="end" font-size="11"'));
        row.cells.forEach((hc, c) => {
            body.push(`<rect class="cell" ${dataAttributes(hc.data)} x="${xOf(c)}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${hc.known ? shade(hc.share / highest, colour) : '#c8c8c8'}"><title>${escapeHtml(hc.tooltip)}</title></rect>`);
        });
    });
    // Legend: the scale from 0% to the highest share, and grey for no rating known.
    const legendY = headerHeight + rows.length * cell + 14;
    for (let i = 0; i <= 10; i++)
        body.push(`<rect x="${labelWidth + i * 22}" y="${legendY}" width="22" height="12" fill="${shade(i / 10, colour)}"/>`);
    body.push(text(labelWidth - 6, legendY + 10, '0%', 'text-anchor="end" font-size="10"'), text(labelWidth + 11 * 22 + 4, legendY + 10, `${Math.round(highest * 100)}%`, 'font-size="10"'), `<rect x="${labelWidth + 11 * 22 + 50}" y="${legendY}" width="12" height="12" fill="#c8c8c8"/>`, text(labelWidth + 11 * 22 + 66, legendY + 10, 'no holder rated on it', 'font-size="10"'));
    return svg(width, height, label, body);
}
//# sourceMappingURL=svg-charts.js.map