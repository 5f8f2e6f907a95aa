/** `cse check` as a pipeline step: the exit status by --fail-on, and severities changed by --config. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('cse check --fail-on', () => {
  it('exits 0 on warnings by default and 1 with --fail-on warning', () => {
    expect(runCli(['check', 'fixtures/reports/melton.md']).status).toBe(0);
    expect(runCli(['check', 'fixtures/reports/melton.md', '--fail-on', 'warning']).status).toBe(1);
  });

  it('exits 0 with --fail-on warning when there are only info findings', () => {
    expect(runCli(['check', 'fixtures/reports/northbridge-library.md', '--fail-on', 'warning']).status).toBe(0);
  });
});

const configs = mkdtempSync(join(tmpdir(), 'cse-config-'));
function config(name: string, text: string): string {
  const path = join(configs, name);
  writeFileSync(path, text);
  return path;
}

describe('cse check --config', () => {
  it.each([
    ['a Markdown report, read in the main thread', 'fixtures/reports/harrowfield-nhs.md'],
    ['a PDF, read in a worker thread', 'fixtures/pdf/harrowfield-nhs.pdf'],
  ])('turns a rule off and changes the severity of another (%s)', (_name, report) => {
    const path = config('relaxed.json', JSON.stringify({ rules: { 'partial-compliance-within-tolerance': 'warning', 'achievement-level': 'off' } }));
    const { status, stdout } = runCli(['check', report, '--config', path, '--json']);
    expect(status).toBe(0);
    const findings = JSON.parse(stdout).findings.map((f: { rule: string; severity: string }) => [f.rule, f.severity]);
    expect(findings).toEqual([['partial-compliance-within-tolerance', 'warning']]);
  });

  it('can raise an extraction finding and set failOn, which --fail-on overrides', () => {
    const path = config('strict.json', JSON.stringify({ failOn: 'warning', rules: { 'unreadable-element-code': 'error' } }));
    const strict = runCli(['check', 'fixtures/reports/melton.md', '--config', path, '--json']);
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toHaveLength(3);
    const northbridge = config('info-only.json', JSON.stringify({ failOn: 'warning', rules: { 'changes-between-stages': 'warning' } }));
    expect(runCli(['check', 'fixtures/reports/northbridge-library.md', '--config', northbridge]).status).toBe(1);
    expect(runCli(['check', 'fixtures/reports/northbridge-library.md', '--config', northbridge, '--fail-on', 'error']).status).toBe(0);
  });

  it('refuses an invalid file with exit 2 and a message naming the file (the reasons: test/check-config.test.ts)', () => {
    const path = config('bad.json', JSON.stringify({ rules: { 'totals-add-upp': 'off' } }));
    const { status, stdout, stderr } = runCli(['check', 'fixtures/reports/melton.md', '--config', path]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${path} is not a valid cse configuration`);
  });
});
