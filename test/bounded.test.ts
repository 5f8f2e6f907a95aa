/**
 * Issue 18, through the real CLI: no path hangs (a FIFO among the reports), every format is read
 * within --max-seconds and --max-memory, any search text gets an answer, conflicting manifest rows
 * never publish an opted-out holder's assessor, and a reader library's words stay out of messages.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';
import { scratchDir, startCli } from './import-helpers.js';

/** Runs the CLI, killing it after `seconds`: a run that had to be killed is the hang this guards against. */
async function boundedCli(args: string[], seconds = 40) {
  const { child, done } = startCli(args);
  const kill = setTimeout(() => child.kill('SIGKILL'), seconds * 1000);
  const run = await done;
  clearTimeout(kill);
  return run;
}

describe.concurrent('a FIFO among the reports', () => {
  const dir = scratchDir('fifo');
  copyFileSync('fixtures/reports/melton.md', join(dir, 'melton.md'));
  execFileSync('mkfifo', [join(dir, 'pipe.md')]);

  it('cse import skips it as not-a-file without opening it, imports the rest and writes its summary', async ({ expect }) => {
    const run = await boundedCli(['import', dir, '--db', join(scratchDir('fifo-db'), 'cse.sqlite'), '--json']);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ files: 2, imported: 1, failed: 1, failedByCode: { 'not-a-file': 1 } });
    expect(summary.entries[1].error.message).toBe(`${join(dir, 'pipe.md')} is a named pipe (FIFO), not a report file: cse skips it without opening it; give the path of a report file.`);
  });

  it('cse batch and cse extract do the same', async ({ expect }) => {
    const batch = await boundedCli(['batch', dir, '--out', scratchDir('fifo-out'), '--json']);
    expect(batch.status).toBe(0);
    expect(JSON.parse(batch.stdout).failedByCode).toEqual({ 'not-a-file': 1 });
    const extract = await boundedCli(['extract', join(dir, 'pipe.md'), '--json']);
    expect(extract.status).toBe(2);
    expect(JSON.parse(extract.stdout).error.code).toBe('not-a-file');
  });
});

describe.concurrent('Markdown and Word within the same limits as PDFs', () => {
  const dir = scratchDir('bounded');

  it('Markdown that micromark takes minutes over is stopped 5 s past --max-seconds, as too-large', async ({ expect }) => {
    const path = join(dir, 'brackets.md');
    writeFileSync(path, `${'['.repeat(100_000)}a${']'.repeat(100_000)}\n`);
    const run = await boundedCli(['extract', path, '--max-seconds', '2', '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toEqual({
      code: 'too-large',
      message: `${path} was still being read after 7 s and was stopped: the file may be damaged or built to hang readers; check it, or raise the limit with --max-seconds.`,
    });
  });

  it('a line of half a million table cells is stopped at --max-memory, and cse check says so too', async ({ expect }) => {
    const path = join(dir, 'pipes.md');
    writeFileSync(path, `${'|a'.repeat(500_000)}\n`);
    const extract = await boundedCli(['extract', path, '--max-memory', '64MB', '--json']);
    expect(extract.status).toBe(2);
    expect(JSON.parse(extract.stdout).error.message).toBe(
      `${path} needed more than the 64 MB of memory cse gives one file's reader and was stopped: the file may be damaged or built to exhaust readers; check it, or raise the limit with --max-memory.`,
    );
    const check = await boundedCli(['check', path, '--max-memory', '64MB']);
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(/needed more than the 64 MB .* --max-memory\.\n$/);
  });

  it('a reader that V8 aborts at its heap limit takes only its own file: eight files of 2.5 MB lines, all too-large, the batch finishes', { timeout: 120_000 }, async ({ expect }) => {
    // When files were read in worker threads, one allocation past the heap limit's leeway (a line
    // of table cells held as one string) aborted the whole process, now and then: this batch did
    // in two runs of three. Each file is now read in a child process.
    const many = scratchDir('heap-abort');
    const report = readFileSync('fixtures/reports/melton.md', 'utf8');
    const line = `${report.slice(0, 2000)}\n${'|a'.repeat(1_250_000)}\n${report.slice(2000)}`;
    for (let i = 1; i <= 8; i++) writeFileSync(join(many, `line-${i}.md`), line);
    const run = await boundedCli(['batch', many, '--out', scratchDir('heap-abort-out'), '--jobs', '2', '--json'], 110);
    expect(run.stderr).not.toMatch(/FATAL ERROR|node::|Aborted/);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ files: 8, failedByCode: { 'too-large': 8 } });
  });

  it('a Word table of 5,000 rows over --max-memory fails as too-large, and the batch goes on', async ({ expect }) => {
    const zip = await JSZip.loadAsync(readFileSync('fixtures/word/melton.docx'));
    const row = '<w:tr><w:tc><w:p><w:r><w:t>1.1.1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Compliance</w:t></w:r></w:p></w:tc></w:tr>';
    const xml = (await zip.file('word/document.xml')!.async('string')).replace('<w:body>', `<w:body><w:tbl>${row.repeat(5_000)}</w:tbl>`);
    zip.file('word/document.xml', xml);
    const path = join(dir, 'big-table.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const run = await boundedCli(['batch', path, 'fixtures/reports/melton.md', '--out', scratchDir('big-out'), '--max-memory', '32MB', '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).entries.map((e: { error: string | null }) => e.error)).toEqual(['too-large', null]);
  });

  it('quotes nested thousands deep are too-large, not "damaged"', async ({ expect }) => {
    const path = join(dir, 'quotes.md');
    writeFileSync(path, `${Array.from({ length: 12_000 }, () => '>').join('')} text\n`);
    const run = await boundedCli(['extract', path, '--json']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.code).not.toBe('corrupt');
  });
});

describe('cse search on any text', () => {
  const db = join(scratchDir('search'), 'cse.sqlite');
  const imported = runCli(['import', 'fixtures/reports/stockton.md', '--db', db]);

  it.each(['"', '*', '**', '', ' '])('%j, with nothing to search for, is a one-line usage error (exit 2) saying how to write a query', (query) => {
    expect(imported.status).toBe(0);
    for (const args of [[], ['--json']]) {
      const run = runCli(['search', query, '--db', db, ...args]);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^cse: search for some words: .* "a phrase" in double quotes, a prefix as inclus\*.*\n$/);
    }
  });

  it.each(['"unbalanced', 'customer"', 'customer* "', 'col:x', 'NOT', 'a:b'])('%j, which FTS5 refuses, is searched for as its words, and the syntax said to be wrong', (query) => {
    const run = runCli(['search', query, '--db', db, '--json']);
    expect(run.status).toBe(0);
    expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
    const plain = runCli(['search', query, '--db', db]);
    expect(plain.stdout).toMatch(/Nothing found|match/);
    expect(plain.stderr).toBe(`cse: ${JSON.stringify(query)} is not a query cse can read as written, so its words were searched for instead; write words (all must match), "a phrase" in double quotes, a prefix as inclus*, or digital OR online.\n`);
  });
});

describe.concurrent('manifest rows that disagree on an opt-out', () => {
  // Melton's Markdown and Word copies are one assessment, by Lorna Bainbridge.
  const rows = {
    holderYes: 'Melton Borough Council,,,,yes',
    holderNo: 'Melton Borough Council,,,,no',
    markdownYes: 'Melton Borough Council,melton.md,,,yes',
    markdownNo: 'Melton Borough Council,melton.md,,,no',
    wordYes: 'Melton Borough Council,melton.docx,,,yes',
    wordNo: 'Melton Borough Council,melton.docx,,,no',
  };
  const orders: [string, string][] = [
    [rows.holderYes, rows.markdownNo],
    [rows.markdownNo, rows.holderYes],
    [rows.holderNo, rows.markdownYes],
    [rows.markdownYes, rows.holderNo],
    [rows.markdownYes, rows.wordNo],
    [rows.wordNo, rows.markdownYes],
  ];

  it.each(orders)('%s then %s: the opt-out wins, with a warning naming both lines', async (first, second) => {
    const dir = scratchDir('opt-out');
    copyFileSync('fixtures/reports/melton.md', join(dir, 'melton.md'));
    copyFileSync('fixtures/word/melton.docx', join(dir, 'melton.docx'));
    writeFileSync(join(dir, 'manifest.csv'), `organisation,file,sector,region,opt_out\n${first}\n${second}\n`);
    const db = join(dir, 'cse.sqlite');
    const run = await boundedCli(['import', dir, '--db', db, '--manifest', join(dir, 'manifest.csv')]);
    expect(run.status).toBe(0);
    const [yes, no] = first.endsWith('yes') ? [2, 3] : [3, 2];
    expect(run.stdout).toContain(`Melton Borough Council has opt_out yes on line ${yes} and no on line ${no}; the opt-out is kept, so its assessors are not published.`);
    expect(runCli(['export', '--directory', '--db', db, '--out', join(dir, 'export')]).status).toBe(0);
    const directory = parse(readFileSync(join(dir, 'export', 'directory.csv'), 'utf8'), { columns: true, bom: true });
    expect(directory).toMatchObject([{ organisation: 'Melton Borough Council', assessors: '' }]);
  });
});

describe('a Word file whose XML is broken', () => {
  it("says in cse's words what is wrong and what to do; the library's words only with --verbose", async () => {
    const zip = await JSZip.loadAsync(readFileSync('fixtures/word/melton.docx'));
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.slice(0, xml.length / 2));
    const path = join(scratchDir('xml'), 'broken.docx');
    writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

    const plain = runCli(['extract', path, '--json']);
    expect(plain.status).toBe(2);
    const { error } = JSON.parse(plain.stdout);
    expect(error).toEqual({
      code: 'corrupt',
      message: `${path} could not be read: a part of the Word file is damaged or not well-formed; open it and save it again, then give cse the new copy (--verbose shows the reader's own message).`,
    });
    expect(plain.stderr).toBe(`cse: ${error.message}\n`);
    const verbose = runCli(['extract', path, '--verbose']);
    expect(verbose.stderr).toMatch(/\ncse: {3}the reader said: .*xmldom/);
  });
});
