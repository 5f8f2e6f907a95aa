/** `cse export`: assessments and element ratings (or the public directory) as CSV files, an Excel workbook or JSON. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { exportRows } from '../db/export.js';
import { withoutCorrections } from '../db/corrections.js';
import { openExistingDatabase } from '../db/open.js';
import { plural } from '../text-format.js';
import { BOM, bomForStdout } from './csv-bom.js';
import { UsageError } from './exit.js';
function csvOf(table, bom) {
    return bom + stringify(table.rows, { header: true, columns: table.columns });
}
function jsonOf(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/** Everything on standard output: one JSON document, one CSV table or one workbook. */
async function toStdout(tables, format) {
    if (format === 'xlsx') {
        if (process.stdout.isTTY)
            throw new UsageError('an .xlsx workbook is not for a terminal: redirect it (> cse.xlsx) or give --out DIR.');
        process.stdout.write(await (await import('./workbook.js')).workbookOf(tables));
        return;
    }
    if (format === 'json') {
        process.stdout.write(jsonOf(tables.length === 1 ? tables[0].rows : Object.fromEntries(tables.map((t) => [t.name, t.rows]))));
        return;
    }
    if (tables.length > 1)
        throw new UsageError('CSV on standard output is one table: add --table assessments or --table element_ratings.');
    process.stdout.write(csvOf(tables[0], bomForStdout()));
}
async function toFolder(tables, options) {
    await mkdir(options.out, { recursive: true });
    if (options.format === 'xlsx') {
        const file = join(options.out, options.directory ? 'directory.xlsx' : 'cse.xlsx');
        await writeFile(file, await (await import('./workbook.js')).workbookOf(tables));
        process.stdout.write(`${file}: ${tables.map((t) => `sheet ${t.name}, ${plural(t.rows.length, 'row')}`).join('; ')}\n`);
        return;
    }
    for (const table of tables) {
        const file = join(options.out, `${table.name}.${options.format}`);
        await writeFile(file, options.format === 'csv' ? csvOf(table, BOM) : jsonOf(table.rows));
        process.stdout.write(`${file}: ${plural(table.rows.length, 'row')}\n`);
    }
}
export async function runExport(options) {
    const format = options.json ? 'json' : options.format;
    const opened = openExistingDatabase(options.db, options.dbOrigin);
    const db = options.withoutCorrections ? withoutCorrections(opened) : opened;
    if (db !== opened)
        opened.close();
    // The corrections are a table of their own where there are any, unless they are left out.
    const corrected = !options.withoutCorrections && db.prepare('SELECT count(*) FROM corrections').pluck().get() > 0;
    const names = options.directory
        ? ['directory']
        : options.table
            ? [options.table]
            : ['assessments', 'element_ratings', ...(corrected ? ['corrections'] : [])];
    try {
        const tables = names.map((name) => ({ name, ...exportRows(db, name) }));
        if (options.out === '-')
            await toStdout(tables, format);
        else
            await toFolder(tables, { ...options, format });
        return 0;
    }
    finally {
        db.close();
    }
}
//# sourceMappingURL=export.js.map