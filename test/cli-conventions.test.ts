/**
 * The conventions a person expects of a command-line tool (as eslint, prettier and npm behave),
 * each through the real binary: --version, exit codes, one-line refusals, where the database is,
 * what a folder or pattern means, standard input, and wording.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';
import { scratchDir } from './import-helpers.js';

const MELTON = join(ROOT, 'fixtures/reports/melton.md');
/** A report with error findings (its totals disagree with its ratings). */
const HARROWFIELD = join(ROOT, 'fixtures/reports/harrowfield-nhs.md');

/** A refusal: exit 2, one line saying why, one pointing to --help, and not the whole help. */
function expectUsageError(run: ReturnType<typeof runCli>, why: RegExp): void {
  expect(run.status).toBe(2);
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(why);
  expect(lines[1]).toMatch(/^\(run cse( \w+)? --help for usage\)$/);
}

describe('cse --version', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  it.each([['--version'], ['-V']])('%s prints the version and exits 0', (flag) => {
    expect(runCli([flag])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });
});

describe('a path that names nothing', () => {
  it.each([['import'], ['batch']])('cse %s exits 2 with a message, and leaves no database, run or records behind', (command) => {
    const cwd = scratchDir('missing-path');
    const run = runCli([command, 'no-such-folder'], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('cse: no-such-folder does not exist: check the path.\n');
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a pattern that matches no file is named as such', () => {
    const run = runCli(['batch', 'fixtures/reports/*.nothing', '--out', scratchDir('no-match')]);
    expect([run.status, run.stderr]).toEqual([2, 'cse: fixtures/reports/*.nothing matches no file: check the path.\n']);
  });
});

describe('usage errors', () => {
  it.each([
    [['bench', '--csv', '--json'], /^cse: option '--csv' cannot be used with option '--json'$/],
    [['bench', '--elements', '--trends'], /^cse: option '--elements' cannot be used with option '--trends'$/],
    [['bench', '--org', 'Melton', '--html'], /^cse: option '--html \[file\]' cannot be used with option '--org <name>'$/],
    [['bench', '--limit', '5', '--csv'], /^cse: option '--limit <n>' cannot be used with option '--csv'$/],
    [['export', '--json', '--format', 'csv'], /^cse: option '--json' cannot be used with option '--format <format>'$/],
    [['export', '--table', 'assessments', '--directory'], /cannot be used with option '--directory'/],
    [['check', MELTON, '--fail-on', 'info'], /^cse: option '--fail-on <severity>' argument 'info' is invalid/],
    [['search', 'digital', '--rating', 'good'], /argument 'good' is invalid. give CP, C, PC or NC$/],
    [['check'], /^cse: missing required argument 'files'$/],
    [['frobnicate'], /^cse: unknown command 'frobnicate'$/],
    [['extract', MELTON, '--format', 'pdf'], /^cse: --format is for standard input/],
  ])('cse %j is refused in one line with a pointer to --help', (args, why) => {
    expectUsageError(runCli(args), why);
  });
});

describe('cse check exit codes', () => {
  it('exits 1 for findings at --fail-on, 2 for a file it cannot read, whichever file of several', () => {
    expect(runCli(['check', MELTON]).status).toBe(0);
    expect(runCli(['check', MELTON, HARROWFIELD]).status).toBe(1);
    const unreadable = runCli(['check', MELTON, 'fixtures/bad/empty.md']);
    expect(unreadable.status).toBe(2);
    expect(unreadable.stderr).toBe('cse: fixtures/bad/empty.md is empty (0 bytes): the copy is probably incomplete; fetch the report again.\n');
  });

  it('prints each file of several under its name, and --json gives an array in the order given', () => {
    const text = runCli(['check', MELTON, HARROWFIELD]).stdout;
    expect(text.indexOf(`${MELTON}\n`)).toBeLessThan(text.indexOf(`${HARROWFIELD}\n`));
    const json = JSON.parse(runCli(['check', MELTON, HARROWFIELD, '--json']).stdout);
    expect(json.map((r: { source: { path: string } }) => r.source.path)).toEqual([MELTON, HARROWFIELD]);
    expect(JSON.parse(runCli(['check', MELTON, '--json']).stdout).source.path).toBe(MELTON);
  });
});

describe('--fail-on for a folder', () => {
  const folder = scratchDir('gate');
  copyFileSync(MELTON, join(folder, 'melton.md'));
  copyFileSync(HARROWFIELD, join(folder, 'harrowfield.md'));

  it('batch exits 0 without it, 1 with it when a report has findings that severe', () => {
    expect(runCli(['batch', folder, '--out', scratchDir('gate-out')]).status).toBe(0);
    expect(runCli(['batch', join(folder, 'melton.md'), '--out', scratchDir('gate-out'), '--fail-on', 'error']).status).toBe(0);
    expect(runCli(['batch', join(folder, 'melton.md'), '--out', scratchDir('gate-out'), '--fail-on', 'warning']).status).toBe(1);
    expect(runCli(['batch', folder, '--out', scratchDir('gate-out'), '--fail-on', 'error']).status).toBe(1);
  });

  it('import exits 1 with it, even when the reports were loaded before', () => {
    const db = join(scratchDir('gate-db'), 'cse.sqlite');
    expect(runCli(['import', folder, '--db', db, '--jobs', '1']).status).toBe(0);
    expect(runCli(['import', folder, '--db', db, '--jobs', '1', '--fail-on', 'error']).status).toBe(1);
    expect(runCli(['import', join(folder, 'melton.md'), '--db', db, '--fail-on', 'warning']).status).toBe(1);
  });

  it('a file that cannot be read fails it at either severity', () => {
    const out = scratchDir('gate-out');
    expect(runCli(['batch', 'fixtures/bad/empty.md', MELTON, '--out', out, '--fail-on', 'error']).status).toBe(1);
  });
});

describe('which database', () => {
  it('says which path it looked at, and why that one, when there is none', () => {
    const cwd = scratchDir('elsewhere');
    const run = runCli(['bench'], { cwd, env: { CSE_DB: undefined } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`there is no database at ${join(cwd, 'out/cse.sqlite')} (the default, out/cse.sqlite of the working folder; name another with --db, CSE_DB or cse.config.json)`);
  });

  it('takes --db, else CSE_DB, else cse.config.json above the working folder, else the cse key of package.json', () => {
    const project = scratchDir('project');
    const sub = join(project, 'reports', '2024');
    mkdirSync(sub, { recursive: true });
    const where = (run: ReturnType<typeof runCli>) => /there is no database at (\S+) \(([^)]*)\)/.exec(run.stderr)!.slice(1);

    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'p', cse: { db: 'data/pkg.sqlite' } }));
    expect(where(runCli(['bench'], { cwd: sub, env: { CSE_DB: undefined } }))).toEqual([join(project, 'data/pkg.sqlite'), `from ${join(project, 'package.json')}`]);

    writeFileSync(join(project, 'cse.config.json'), JSON.stringify({ db: 'data/own.sqlite' }));
    expect(where(runCli(['bench'], { cwd: sub, env: { CSE_DB: undefined } }))).toEqual([join(project, 'data/own.sqlite'), `from ${join(project, 'cse.config.json')}`]);

    expect(where(runCli(['bench'], { cwd: sub, env: { CSE_DB: join(project, 'env.sqlite') } }))).toEqual([join(project, 'env.sqlite'), 'from CSE_DB']);
    expect(where(runCli(['bench', '--db', 'flag.sqlite'], { cwd: sub, env: { CSE_DB: join(project, 'env.sqlite') } }))).toEqual([join(sub, 'flag.sqlite'), 'from --db']);
  });

  it('imports into the database the config file names', () => {
    const project = scratchDir('project-import');
    writeFileSync(join(project, 'cse.config.json'), JSON.stringify({ db: 'data/cse.sqlite' }));
    const run = runCli(['import', MELTON, '--jobs', '1'], { cwd: project, env: { CSE_DB: undefined } });
    expect(run.status).toBe(0);
    expect(existsSync(join(project, 'data/cse.sqlite'))).toBe(true);
  });

  it('refuses a config file that is not JSON, naming it', () => {
    const project = scratchDir('project-bad');
    writeFileSync(join(project, 'cse.config.json'), '{ db: ');
    expectUsageError(runCli(['bench'], { cwd: project, env: { CSE_DB: undefined } }), new RegExp(`^cse: ${join(project, 'cse.config.json')} is not valid JSON`));
  });
});

describe('folders and patterns', () => {
  const folder = scratchDir('clutter');
  mkdirSync(join(folder, 'drafts'));
  copyFileSync(MELTON, join(folder, 'melton.md'));
  copyFileSync(MELTON, join(folder, 'drafts', 'melton-draft.md'));
  copyFileSync(join(ROOT, 'fixtures/word/melton.docx'), join(folder, 'melton.docx'));
  // What Word, Windows and macOS leave beside reports: none of it is a report, and none is corrupt.
  writeFileSync(join(folder, '~$melton.docx'), Buffer.from([0x0b, 0x4a, 0x6f, 0x68, 0x6e]));
  writeFileSync(join(folder, 'Thumbs.db'), Buffer.alloc(64));
  writeFileSync(join(folder, '.notes.md'), 'private');
  mkdirSync(join(folder, '.git'));
  writeFileSync(join(folder, '.git', 'readme.md'), 'not a report');

  function batchedFiles(args: string[]): string[] {
    const run = runCli(['batch', ...args, '--out', scratchDir('clutter-out'), '--json']);
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout).entries.map((e: { path: string }) => e.path.slice(folder.length + 1));
  }

  it('skips Office lock files, hidden files and folders, and thumbnail caches', () => {
    expect(batchedFiles([folder])).toEqual(['drafts/melton-draft.md', 'melton.docx', 'melton.md']);
  });

  it('expands a quoted glob pattern, skipping the same clutter, and keeps its folders in the records written', () => {
    const out = scratchDir('glob-out');
    const run = runCli(['batch', `${folder}/**/*.md`, '--out', out, '--json']);
    const entries = JSON.parse(run.stdout).entries as { path: string; record: string }[];
    expect(entries.map((e) => e.path.slice(folder.length + 1))).toEqual(['drafts/melton-draft.md', 'melton.md']);
    const base = basename(folder);
    expect(entries.map((e) => relative(out, e.record))).toEqual([`${base}/drafts/melton-draft.md.json`, `${base}/melton.md.json`]);
    expect(entries.every((e) => existsSync(e.record))).toBe(true);
    expect(batchedFiles([`${folder}/*`])).toEqual(['melton.docx', 'melton.md']);
  });

  it('leaves out what --exclude matches, a bare name at any depth', () => {
    expect(batchedFiles([folder, '--exclude', '*-draft.md'])).toEqual(['melton.docx', 'melton.md']);
    expect(batchedFiles([folder, '--exclude', `${folder}/drafts/**`, '--exclude', '*.docx'])).toEqual(['melton.md']);
  });
});

describe('cse extract -', () => {
  it('reads a Markdown report from standard input, naming it so', () => {
    const run = runCli(['extract', '-', '--format', 'md', '--json'], { input: readFileSync(MELTON) });
    expect(run.status).toBe(0);
    const record = JSON.parse(run.stdout);
    expect([record.organisation, record.source.path, record.source.format]).toEqual(['Melton Borough Council', 'standard input', 'md']);
  });

  it('tells a PDF from its first bytes without --format', () => {
    const run = runCli(['extract', '-', '--json'], { input: readFileSync(join(ROOT, 'fixtures/pdf/melton.pdf')) });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).source).toMatchObject({ path: 'standard input', format: 'pdf' });
  });

  it('says what is wrong with standard input in its own name, exit 2', () => {
    const run = runCli(['extract', '-', '--format', 'md'], { input: '' });
    expect([run.status, run.stderr]).toEqual([2, 'cse: standard input is empty (0 bytes): the copy is probably incomplete; fetch the report again.\n']);
  });
});

describe('wording', () => {
  it('counts one file as one file, and names a failed file once, with its message (import and batch alike)', () => {
    const db = join(scratchDir('wording'), 'cse.sqlite');
    const imported = runCli(['import', 'fixtures/bad/empty.md', '--db', db]);
    expect(imported.stderr).toContain('Importing 1 file\n');
    expect(imported.stdout).toContain('1 file in');
    const message = 'fixtures/bad/empty.md is empty (0 bytes): the copy is probably incomplete; fetch the report again.';
    expect(imported.stdout).toContain(`  empty: ${message}\n`);
    expect(imported.stdout.split('fixtures/bad/empty.md')).toHaveLength(2);

    const batched = runCli(['batch', 'fixtures/bad/empty.md', '--out', scratchDir('wording-out'), '--jobs', '1']);
    expect(batched.stdout).toContain(`  empty: ${message}\n`);
    expect(batched.stdout).toContain('1 file: 0 extracted, 1 failed (1 empty)');
  });

  it('agrees the verb with a count of one holder', () => {
    const db = join(scratchDir('one-holder'), 'cse.sqlite');
    expect(runCli(['import', MELTON, '--db', db, '--jobs', '1']).status).toBe(0);
    const league = runCli(['bench', '--db', db]);
    expect(league.stdout).toMatch(/^[01] of 1 holder has no partial compliances\.$/m);
  });
});
