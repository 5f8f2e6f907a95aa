/**
 * The manifest: a CSV of facts reports rarely state, per organisation or per file. Columns
 * (header row required, any order, case-insensitive):
 *
 * - `organisation`: the canonical name; reports naming it in any case or punctuation are matched to it;
 * - `file` (optional): a report this row is about, relative to the manifest's folder (or just its
 *   file name): that report is the organisation's whatever it names, or if it names none;
 * - `sector`, `region` (optional);
 * - `opt_out` (optional): yes / no: the organisation opted out of publishing personal details.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { organisationKey, type OrganisationFacts } from '../db/organisations.js';

export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const COLUMNS = ['organisation', 'file', 'sector', 'region', 'opt_out'] as const;
type Column = (typeof COLUMNS)[number];

const YES = new Set(['yes', 'y', 'true', '1', 'opt-out', 'opted out']);
const NO = new Set(['no', 'n', 'false', '0']);

export interface Manifest {
  path: string;
  /** One entry per organisation; a later row's non-blank fields win over an earlier row's. */
  organisations: OrganisationFacts[];
  /** The organisation the manifest gives a file, or null when it says nothing about it. */
  organisationOfFile(file: string): string | null;
}

export const EMPTY_MANIFEST: Manifest = { path: '', organisations: [], organisationOfFile: () => null };

function optOut(value: string, path: string, line: number): boolean | null {
  const v = value.trim().toLowerCase();
  if (v === '') return null;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  throw new ManifestError(`${path}, line ${line}: opt_out is "${value}"; write yes or no (or leave it blank).`);
}

export async function readManifest(path: string): Promise<Manifest> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ManifestError(`${path} cannot be read (${error.code ?? error.message}): check the --manifest path.`);
  });
  let rows: Record<Column, string>[];
  try {
    rows = parse(text, {
      bom: true,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/[\s-]+/g, '_')),
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new ManifestError(`${path} is not a CSV file cse can read: ${(error as Error).message}`);
  }
  const header = rows[0] ? Object.keys(rows[0]) : [];
  const unknown = header.filter((h) => !(COLUMNS as readonly string[]).includes(h));
  if (unknown.length || (rows.length && !header.includes('organisation'))) {
    throw new ManifestError(`${path}: the columns are ${COLUMNS.join(', ')} (organisation is required); found ${header.join(', ')}.`);
  }

  const byKey = new Map<string, OrganisationFacts>();
  const files = new Map<string, string>();
  const root = dirname(resolve(path));
  rows.forEach((row, index) => {
    const line = index + 2;
    const name = row.organisation ?? '';
    if (!name) throw new ManifestError(`${path}, line ${line}: the organisation is blank; every row names one.`);
    const facts: OrganisationFacts = {
      name,
      sector: row.sector || null,
      region: row.region || null,
      personalDetailsOptOut: optOut(row.opt_out ?? '', path, line),
    };
    const key = organisationKey(name);
    const before = byKey.get(key);
    byKey.set(key, before ? { name, sector: facts.sector ?? before.sector, region: facts.region ?? before.region, personalDetailsOptOut: facts.personalDetailsOptOut ?? before.personalDetailsOptOut } : facts);
    if (row.file) files.set(row.file.includes('/') ? resolve(root, row.file) : row.file, name);
  });

  return {
    path,
    organisations: [...byKey.values()],
    organisationOfFile: (file) => files.get(resolve(file)) ?? files.get(basename(file)) ?? null,
  };
}
