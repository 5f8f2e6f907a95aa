/** Running `cse import` as a person does (the built CLI in a child process) and looking inside the database it leaves. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
// The built code, as the CLI runs it: with one job, PDFs still go to a worker thread, which
// loads the built parse-file.js.
import { importReports } from '../dist/pipeline/import.js';
import type { ImportSummary } from '../src/pipeline/import.js';
import type { ReadOptions } from '../src/read/index.js';
import { CLI, ROOT } from './helpers.js';

export function scratchDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `cse-${prefix}-`));
}

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI; `done` settles when it exits. */
export function startCli(args: string[]): { child: ReturnType<typeof spawn>; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, done };
}

/** `cse import … --json`, returning the summary it prints. */
export async function importJson(args: string[]): Promise<Record<string, any>> {
  const run = await startCli(['import', ...args, '--json']).done;
  if (run.status !== 0) throw new Error(`cse import exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * The same import in this process with one job (`--jobs 1`: parsing in this thread, PDFs apart):
 * for tests about what is loaded rather than about the command, without the cost of starting Node
 * again.
 */
export function importHere(paths: string[], database: string, options: { manifest?: string; readOptions?: ReadOptions } = {}): Promise<ImportSummary> {
  return importReports(paths, { database, jobs: 1, ...options });
}

/** Opens the database read-only, runs `look` on it and closes it. */
export function inspect<T>(file: string, look: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return look(db);
  } finally {
    db.close();
  }
}

export function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return db.prepare(sql).pluck().get(...params) as number;
}

/** What must hold after any import, finished or killed: SQLite's own checks and our own cross-table ones. */
export function consistency(file: string): { integrity: string; foreignKeyProblems: number; orphanText: number; documentsWithoutAssessments: number } {
  return inspect(file, (db) => ({
    integrity: db.prepare('PRAGMA integrity_check').pluck().get() as string,
    foreignKeyProblems: db.prepare('PRAGMA foreign_key_check').all().length,
    orphanText: count(db, 'SELECT count(*) FROM text_search WHERE source_document_id NOT IN (SELECT id FROM source_documents)'),
    documentsWithoutAssessments: count(db, 'SELECT count(*) FROM source_documents WHERE id NOT IN (SELECT source_document_id FROM assessment_documents)'),
  }));
}

export const CONSISTENT = { integrity: 'ok', foreignKeyProblems: 0, orphanText: 0, documentsWithoutAssessments: 0 };

/** Hooks that run whole imports in child processes: on a machine other work keeps busy they take far longer than vitest's default 10 s. */
export const IMPORT_HOOK_TIMEOUT_MS = 60_000;
