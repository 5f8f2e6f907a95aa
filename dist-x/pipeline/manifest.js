/**
 * The manifest: a CSV of facts reports rarely state, per organisation or per file. Columns
 * (header row required, any order, case-insensitive):
 *
 * - `organisation`: the canonical name; reports naming it in any case or punctuation are matched to it;
 * - `file` (optional): a report this row is about, relative to the manifest's folder (or just its
 *   file name): that report is the organisation's whatever it names, or if it names none;
 * - `sector`, `region` (optional);
 * - `opt_out` (optional): yes / no: the organisation opted out of publishing personal details;
 *   rows that disagree about one organisation keep the opt-out, with a warning.
 */
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { NotRegularFile, readRegularFile } from '../read/regular-file.js';
import { organisationKey } from '../db/organisations.js';
export class ManifestError extends Error {
    name = 'ManifestError';
}
const COLUMNS = ['organisation', 'file', 'sector', 'region', 'opt_out'];
const YES = new Set(['yes', 'y', 'true', '1', 'opt-out', 'opted out']);
const NO = new Set(['no', 'n', 'false', '0']);
export const EMPTY_MANIFEST = { path: '', organisations: [], organisationOfFile: () => null, warnings: [] };
function optOut(value, path, line) {
    const v = value.trim().toLowerCase();
    if (v === '')
        return null;
    if (YES.has(v))
        return true;
    if (NO.has(v))
        return false;
    throw new ManifestError(`${path}, line ${line}: opt_out is "${value}"; write yes or no (or leave it blank).`);
}
export async function readManifest(path) {
    const text = await readRegularFile(path).then((bytes) => bytes.toString('utf8'), (error) => {
        throw new ManifestError(`${path} cannot be read (${error instanceof NotRegularFile ? error.message : (error.code ?? error.message)}): check the --manifest path.`);
    });
    let rows;
    try {
        rows = parse(text, {
            bom: true,
            columns: (header) => header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')),
            skip_empty_lines: true,
            trim: true,
            // Each record with the line it ends on, for messages that name lines.
            info: true,
        });
    }
    catch (error) {
        throw new ManifestError(`${path} is not a CSV file cse can read: ${error.message}`);
    }
    const header = rows[0] ? Object.keys(rows[0].record) : [];
    const unknown = header.filter((h) => !COLUMNS.includes(h));
    if (unknown.length || (rows.length && !header.includes('organisation'))) {
        throw new ManifestError(`${path}: the columns are ${COLUMNS.join(', ')} (organisation is required); found ${header.join(', ')}.`);
    }
    const byKey = new Map();
    const optOutLines = new Map();
    const files = new Map();
    const root = dirname(resolve(path));
    for (const { record: row, info } of rows) {
        const line = info.lines;
        const name = row.organisation ?? '';
        if (!name)
            throw new ManifestError(`${path}, line ${line}: the organisation is blank; every row names one.`);
        const facts = {
            name,
            sector: row.sector || null,
            region: row.region || null,
            personalDetailsOptOut: optOut(row.opt_out ?? '', path, line),
        };
        const key = organisationKey(name);
        if (facts.personalDetailsOptOut !== null) {
            const lines = optOutLines.get(key) ?? {};
            lines[facts.personalDetailsOptOut ? 'yes' : 'no'] ??= line;
            optOutLines.set(key, lines);
        }
        const before = byKey.get(key);
        byKey.set(key, before ? { name, sector: facts.sector ?? before.sector, region: facts.region ?? before.region, personalDetailsOptOut: facts.personalDetailsOptOut ?? before.personalDetailsOptOut } : facts);
        if (row.file)
            files.set(row.file.includes('/') ? resolve(root, row.file) : row.file, name);
    }
    // Rows that disagree on an opt-out (a holder's row yes, a file's row no; the PDF yes, the Word
    // copy no) never publish: whatever their order, the opt-out wins, and the manifest is named.
    const warnings = [];
    for (const [key, lines] of optOutLines) {
        if (lines.yes === undefined || lines.no === undefined)
            continue;
        const facts = byKey.get(key);
        facts.personalDetailsOptOut = true;
        warnings.push(`${path}: ${facts.name} has opt_out yes on line ${lines.yes} and no on line ${lines.no}; the opt-out is kept, so its assessors are not published. If it did not opt out, write no on every row for it.`);
    }
    return {
        path,
        organisations: [...byKey.values()],
        organisationOfFile: (file) => files.get(resolve(file)) ?? files.get(basename(file)) ?? null,
        warnings,
    };
}
//# sourceMappingURL=manifest.js.map