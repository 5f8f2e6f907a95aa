/** Small text formatting shared by every place that writes for a person: messages, terminal tables. */
/** Columns padded to their widest cell. */
export function table(rows, indent = '  ') {
    const widths = [];
    for (const row of rows)
        row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
    return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}
export function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** A share as a whole percentage: 0.8 → "80%". */
export function percent(share) {
    return `${Math.round(share * 100)}%`;
}
//# sourceMappingURL=text-format.js.map