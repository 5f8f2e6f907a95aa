/** `cse export`: assessments and element ratings (or the public directory) as CSV or JSON files. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { exportRows, type ExportName } from '../db/export.js';
import { openExistingDatabase } from '../db/open.js';

export interface ExportCommandOptions {
  db: string;
  format: 'csv' | 'json';
  out: string;
  directory?: boolean;
}

export async function runExport(options: ExportCommandOptions): Promise<number> {
  const db = openExistingDatabase(options.db);
  const names: ExportName[] = options.directory ? ['directory'] : ['assessments', 'element_ratings'];
  try {
    await mkdir(options.out, { recursive: true });
    for (const name of names) {
      const { columns, rows } = exportRows(db, name);
      const file = join(options.out, `${name}.${options.format}`);
      const text = options.format === 'csv' ? stringify(rows, { header: true, columns }) : `${JSON.stringify(rows, null, 2)}\n`;
      await writeFile(file, text);
      process.stdout.write(`${file}: ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}\n`);
    }
    return 0;
  } finally {
    db.close();
  }
}
