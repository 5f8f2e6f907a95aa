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

export interface RunOptions {
  /** The working folder (default: the repository). */
  cwd?: string;
  /** Variables added to the environment. */
  env?: Record<string, string | undefined>;
  /** Standard input. */
  input?: string | Buffer;
}

export function runCli(args: string[], options: RunOptions = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, ...options.env },
    input: options.input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A record as the same report in another format must give it: everything but where it came
 * from (`source`) and where in that file each fact was read (every `location`: a line in one
 * format, a page or a paragraph in another).
 */
export function formatIndependent(report: Record<string, any>): unknown {
  const { source: _source, ...rest } = report;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'location').map(([key, v]) => [key, strip(v)]));
    }
    return value;
  };
  return strip(rest);
}

/**
 * Element ratings without where each was read: the expected records were written by hand from
 * the document's ratings and justifications, not its line numbers (locations are tested apart).
 */
export function withoutLocations<T extends { location?: unknown }>(elements: readonly T[] | undefined): Omit<T, 'location'>[] | undefined {
  return elements?.map(({ location: _location, ...rest }) => rest);
}
