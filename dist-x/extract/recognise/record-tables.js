import { leadingCode } from '../../parse/codes.js';
import { tidy } from '../../parse/text.js';
import { CODE_COLUMN } from './column-headers.js';
/** Labels a record of one element has at most (code, title, rating, comment, and a few more). */
const MAX_FIELDS = 8;
export function recordAsRow(table) {
    const { rows } = table;
    if (rows.length < 2 || rows.some((r) => r.cells.length !== 2))
        return table;
    const isCodeRow = (r) => CODE_COLUMN.test(tidy(r.cells[0]).replace(/[:*]+$/, '')) && leadingCode(tidy(r.cells[1])) !== null;
    const starts = rows.flatMap((r, i) => (isCodeRow(r) ? [i] : []));
    if (starts.length === 0)
        return table;
    // One record, the element's row anywhere in it; or records one after another, each opening
    // with its element's row and giving the same labels in the same order (a PDF printed the
    // tables of several elements as one). A page break may cut the first record's head off and the
    // last one's tail: rows before the first element's row end a record (its labels' tail), and the
    // last record may stop short (its labels' head).
    const labelsOf = (record) => record.map((r) => tidy(r.cells[0]));
    const records = starts.length === 1 ? [rows] : starts.map((start, k) => rows.slice(start, starts[k + 1] ?? rows.length));
    const full = labelsOf(records[0]);
    // The break may also cut a label in two: the last record's last label is then the label's head
    // ("Evidence /" of "Evidence / comment"), and a tail's first label its end ("comment").
    const cutAt = (labels, from, whole, k) => labels.every((l, i) => l === full[from + i] || (i === k && l !== '' && whole(l, full[from + i] ?? '')));
    const same = (labels, from) => cutAt(labels, from, () => false, -1);
    if (records.length > 1) {
        const head = labelsOf(rows.slice(0, starts[0]));
        if (!cutAt(head, full.length - head.length, (l, f) => f.endsWith(l), 0) || head.length >= full.length)
            return table;
        if (records.slice(0, -1).some((r) => labelsOf(r).length !== full.length || !same(labelsOf(r), 0)))
            return table;
        const last = labelsOf(records.at(-1));
        if (!cutAt(last, 0, (l, f) => f.startsWith(l), last.length - 1))
            return table;
    }
    if (records.some((r) => r.length > MAX_FIELDS))
        return table;
    return {
        ...table,
        rows: [
            { cells: records[0].map((r) => r.cells[0]), loc: rows[0].loc },
            ...records.map((record) => ({ cells: full.map((_, i) => record[i]?.cells[1] ?? ''), loc: record.find(isCodeRow).loc })),
        ],
    };
}
//# sourceMappingURL=record-tables.js.map