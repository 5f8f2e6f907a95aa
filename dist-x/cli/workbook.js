/**
 * Tables as one Excel workbook, a sheet each, with typed cells: numbers as numbers and ISO dates
 * as dates, so a spreadsheet sorts and filters them as such rather than as text.
 */
import ExcelJS from 'exceljs';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
/** The number format of a column whose every value is an ISO date (or date and time); null for any other. */
function dateFormat(values) {
    const present = values.filter((v) => v !== null && v !== undefined);
    if (!present.length || !present.every((v) => typeof v === 'string'))
        return null;
    if (present.every((v) => DATE.test(v)))
        return 'yyyy-mm-dd';
    if (present.every((v) => DATE_TIME.test(v)))
        return 'yyyy-mm-dd hh:mm:ss';
    return null;
}
export async function workbookOf(sheets) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'cse';
    for (const sheet of sheets) {
        const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
        const formats = sheet.columns.map((c) => dateFormat(sheet.rows.map((r) => r[c])));
        worksheet.columns = sheet.columns.map((c, i) => ({ header: c, key: c, width: Math.min(60, Math.max(10, c.length + 2)), style: formats[i] ? { numFmt: formats[i] } : {} }));
        for (const row of sheet.rows) {
            worksheet.addRow(sheet.columns.map((c, i) => (formats[i] && typeof row[c] === 'string' ? new Date(row[c]) : (row[c] ?? null))));
        }
        worksheet.getRow(1).font = { bold: true };
        worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
    }
    return Buffer.from(await workbook.xlsx.writeBuffer());
}
//# sourceMappingURL=workbook.js.map