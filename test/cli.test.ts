/** The command line as a person and a program use it: exit codes, stdout JSON, messages for bad input. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractOutput } from '../src/schema/report.js';
import { runCli } from './helpers.js';

describe('cse extract --json', () => {
  it('prints exactly one JSON object that matches the schema, and exits 0', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/reports/stockton.md', '--json']);
    expect(status).toBe(0);
    const record = JSON.parse(stdout);
    expect(ExtractOutput.safeParse(record).success).toBe(true);
    expect(record.organisation).toBe('Stockton-on-Tees Borough Council');
  });

  it('prints a readable summary without --json', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/reports/melton.md']);
    expect(status).toBe(0);
    expect(stdout).toContain('Melton Borough Council');
    expect(stdout).toContain('First annual (12-month) review');
  });
});

const scratch = mkdtempSync(join(tmpdir(), 'cse-bad-'));
writeFileSync(join(scratch, 'notes.xyz'), 'hello');

describe.each([
  ['an empty file', 'fixtures/bad/empty.md', 'empty', /empty \(0 bytes\)/],
  ['binary bytes behind a .md name', 'fixtures/bad/binary-renamed.md', 'corrupt', /not a text file/],
  ['an old binary Word file', 'fixtures/bad/old-word.doc', 'unsupported-format', /save it as \.docx/],
  ['an empty Word file', 'fixtures/bad/empty.docx', 'empty', /empty \(0 bytes\)/],
  ['a text file renamed .docx', 'fixtures/bad/text-renamed.docx', 'corrupt', /is a text file although its name ends \.docx/],
  ['a truncated Word file', 'fixtures/bad/truncated.docx', 'corrupt', /damaged Word file .*truncated/],
  ['another Office file renamed .docx', 'fixtures/bad/spreadsheet-renamed.docx', 'corrupt', /not a Word document \(it has no word\/document\.xml\)/],
  ['a password-protected Word file', 'fixtures/bad/password-protected.docx', 'encrypted', /password-protected: open it in Word/],
  ['an old binary Word file renamed .docx', 'fixtures/bad/old-word-renamed.docx', 'unsupported-format', /old binary Word \(\.doc\) file .* save it as \.docx/],
  ['a zip bomb', 'fixtures/bad/zip-bomb.docx', 'too-large', /expands to more than 200 MiB .* --max-unpacked/],
  ['an empty PDF', 'fixtures/bad/empty.pdf', 'empty', /empty \(0 bytes\)/],
  ['a text file renamed .pdf', 'fixtures/bad/text-renamed.pdf', 'corrupt', /is not a PDF although its name ends \.pdf/],
  ['a truncated PDF', 'fixtures/bad/truncated.pdf', 'corrupt', /damaged PDF .*truncated/],
  ['a PDF with a damaged page', 'fixtures/bad/damaged-page.pdf', 'corrupt', /damaged at page 2 of 3: .* export or print it to PDF again/],
  ['a password-protected PDF', 'fixtures/bad/password-protected.pdf', 'encrypted', /password-protected/],
  ['a scanned PDF', 'fixtures/bad/scanned.pdf', 'no-text', /looks scanned.*OCR/],
  ['an unknown extension', join(scratch, 'notes.xyz'), 'unsupported-format', /not a format cse reads/],
  ['a missing path', 'fixtures/reports/no-such-report.md', 'not-found', /does not exist/],
  ['a directory', 'fixtures/reports', 'not-a-file', /is a folder/],
  ['the CSE standard itself', 'fixtures/not-reports/cse-standard.md', 'not-a-report', /not a Customer Service Excellence assessment report/],
  ['terms and conditions', 'fixtures/not-reports/terms-and-conditions.md', 'not-a-report', /not a Customer Service Excellence assessment report/],
])('bad input: %s', (_name, path, code, message) => {
  it(`exits 2 with error code ${code} and a message naming the file, no stack trace`, () => {
    const { status, stdout, stderr } = runCli(['extract', path, '--json']);
    expect(status).toBe(2);
    const output = JSON.parse(stdout);
    expect(output.error.code).toBe(code);
    expect(output.error.message).toMatch(message);
    expect(output.error.message).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('cse check', () => {
  it('exits 0 when no finding is an error, showing the warnings by stage', () => {
    const { status, stdout } = runCli(['check', 'fixtures/reports/stockton.md']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/First annual \(12-month\) review: meets the standard/);
    expect(stdout).toContain('the scoring table gives 6 compliance-plus elements for criterion 2');
  });

  it('exits 1 when a finding is an error, so it can gate a report', () => {
    const { status, stdout } = runCli(['check', 'fixtures/reports/harrowfield-nhs.md']);
    expect(status).toBe(1);
    expect(stdout).toMatch(/Reassessment: does not meet the standard: 4 partial compliances in criterion 4 \(at most 3 allowed\)/);
  });

  it('prints findings as data with --json', () => {
    const { stdout } = runCli(['check', 'fixtures/reports/melton.md', '--json']);
    const rules = JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain('named-elements-match-totals');
  });

  it('exits 2 for a usage error, with one line and where to read more', () => {
    expect(runCli(['check']).status).toBe(2);
    expect(runCli(['check', 'fixtures/reports/melton.md', '--fail-on', 'info']).status).toBe(2);
  });

  it("prints each stage's verdict as data with --json", () => {
    const { stdout } = runCli(['check', 'fixtures/reports/harrowfield-nhs.md', '--json']);
    const { stages, failOn } = JSON.parse(stdout);
    expect(failOn).toBe('error');
    expect(stages).toEqual([{ stage: 'reassessment', status: 'completed', meets: false, verdict: expect.stringMatching(/^does not meet the standard/) }]);
  });
});

describe('cse batch', () => {
  it('goes on past bad files (a PDF damaged at page 2 among them) and summarises by outcome', () => {
    const out = mkdtempSync(join(tmpdir(), 'cse-batch-'));
    const { status, stdout } = runCli(['batch', 'fixtures/reports', 'fixtures/bad', '--out', out, '--json']);
    expect(status).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.extracted).toBe(6);
    expect(summary.failedByCode).toEqual({ corrupt: 7, empty: 3, encrypted: 2, 'no-text': 1, 'too-large': 1, 'unsupported-format': 2 });
  });
});

describe('read limits', () => {
  it('--max-unpacked lowers the limit on what a Word file may expand to', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/word/stockton.docx', '--json', '--max-unpacked', '20kB']);
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/more than 20 kB/) });
  });

  it('--max-pages refuses a PDF with more pages', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/pdf/stockton.pdf', '--json', '--max-pages', '3']);
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/has 12 pages, over the limit of 3/) });
  });

  it('--max-size refuses a file over the limit before reading it', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/word/stockton.docx', '--json', '--max-size', '10kB']);
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/over the 10 kB limit/) });
  });

  it('a Word report within the limits is extracted, with the reader\'s messages on its source', () => {
    const { status, stdout } = runCli(['extract', 'fixtures/word/harrowfield-nhs.docx', '--json']);
    expect(status).toBe(0);
    const record = JSON.parse(stdout);
    expect(record.source.format).toBe('docx');
    expect(record.source.diagnostics).toEqual([{ severity: 'info', message: "Word reader: Unrecognised paragraph style: 'Report Body' (Style ID: ReportBody)" }]);
  });
});
