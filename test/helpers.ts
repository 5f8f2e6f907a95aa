import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = `${ROOT}dist/cli/main.js`;

export interface ExpectedFinding {
  rule: string;
  severity: string;
  stage: string | null;
  criterion: number | null;
  elements: string[];
}

/** The report fixtures, each with its hand-checked expected record. */
export function reportFixtures(): { stem: string; path: string; expected: Record<string, any> }[] {
  return readdirSync(`${ROOT}fixtures/reports`)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const stem = f.replace('.expected.json', '');
      return {
        stem,
        path: `fixtures/reports/${stem}.md`,
        expected: JSON.parse(readFileSync(`${ROOT}fixtures/reports/${f}`, 'utf8')),
      };
    });
}

export function runCli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A record as the same report in another format must give it: everything but where it came from. */
export function formatIndependent(report: Record<string, any>): Record<string, unknown> {
  const { source: _source, findings, ...rest } = report;
  return { ...rest, findings: findings.map(({ location: _location, ...finding }: Record<string, unknown>) => finding) };
}
