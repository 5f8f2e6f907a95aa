/**
 * The documentation a newcomer reads: every link from the README (and from the pages it links to)
 * resolves inside the repository, to a file that exists and, with a #fragment, to a heading that
 * exists; nothing sends a reader outside the repository; and every `$ cse …` example in the README
 * prints what the README says it prints, run as written in a clone after `npm start`.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';
import { IMPORT_HOOK_TIMEOUT_MS } from './import-helpers.js';

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of withoutCode(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.*)$/.exec(line);
    if (!m) continue;
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

/** The text outside fenced code blocks, where a `[x](y)` is not a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
}

function linksOf(markdown: string): string[] {
  return [...withoutCode(markdown).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

/** The Markdown pages reachable from the README through relative links. */
function pagesFromReadme(): string[] {
  const pages = [join(ROOT, 'README.md')];
  for (let i = 0; i < pages.length; i++) {
    for (const link of linksOf(readFileSync(pages[i]!, 'utf8'))) {
      if (/^[a-z]+:/i.test(link) || link.startsWith('#')) continue;
      const target = resolve(dirname(pages[i]!), link.split('#')[0]!);
      if (target.endsWith('.md') && existsSync(target) && !pages.includes(target)) pages.push(target);
    }
  }
  return pages;
}

describe('links in the README and the pages it leads to', () => {
  const pages = pagesFromReadme();

  it('reach the docs/ pages', () => {
    const reached = pages.map((p) => relative(ROOT, p));
    for (const page of ['docs/usage.md', 'docs/record.md', 'docs/rules.md', 'docs/benchmarks.md', 'docs/architecture.md', 'docs/output-contract.md', 'docs/domain.md', 'docs/database.md']) {
      expect(reached).toContain(page);
    }
  });

  it.each(pages.map((p) => [relative(ROOT, p), p]))('%s: every link resolves inside the repository', (_name, page) => {
    const text = readFileSync(page, 'utf8');
    const broken: string[] = [];
    for (const link of linksOf(text)) {
      if (/^(https?|mailto):/i.test(link)) continue;
      const [path, fragment] = link.split('#') as [string, string | undefined];
      const target = path ? resolve(dirname(page), path) : page;
      if (relative(ROOT, target).startsWith('..')) broken.push(`${link}: outside the repository`);
      else if (!existsSync(target)) broken.push(`${link}: no such file`);
      else if (fragment && statSync(target).isFile() && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(fragment)) {
        broken.push(`${link}: no heading #${fragment}`);
      }
    }
    expect(broken).toEqual([]);
    // Not as a link either: a reader of the repository has nothing beside it.
    expect(text).not.toMatch(/\.\.\/shared|shared\/docs/);
  });

  it('the README runs cse as an installed command, not through npx (an unrelated npm package has that name)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/npx cse/);
    expect(readme).toMatch(/^## Install$/m);
    expect(readme.split('\n').length).toBeLessThan(300);
  });
});

/** Each `$ cse …` line of the README's code blocks, with the lines it shows after it. */
function readmeExamples(): { command: string; shown: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const examples: { command: string; shown: string }[] = [];
  for (const block of readme.matchAll(/^```\n([\s\S]*?)^```$/gm)) {
    const lines = block[1]!.replace(/\n$/, '').split('\n');
    lines.forEach((line, i) => {
      if (!line.startsWith('$ cse ')) return;
      const next = lines.findIndex((l, j) => j > i && l.startsWith('$ '));
      examples.push({ command: line.slice(2), shown: lines.slice(i + 1, next === -1 ? undefined : next).join('\n') });
    });
  }
  return examples;
}

/** What changes from run to run: timings, the summary file's time stamp, the cores of the machine. */
function steady(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
    .replace(/\d+\.\d s with \d+ jobs?/g, 'N s with N jobs')
    .replace(/import-[\dT-]+Z-run/g, 'import-TIME-run');
}

/** A command line as a shell splits it: words, and "quoted words". */
function words(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

describe('the README examples, run as written after npm start', () => {
  // A clone of its own: the examples write out/ where they run.
  const clone = mkdtempSync(join(tmpdir(), 'cse-readme-'));
  const env = { CSE_DB: undefined };

  beforeAll(() => {
    symlinkSync(join(ROOT, 'fixtures'), join(clone, 'fixtures'));
    const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start as string;
    const args = start.replace(/^node dist\/cli\/main\.js /, '').split(' ');
    // npm start's shell expands fixtures/zoo/*-*.md; cse expands the same patterns itself.
    const run = runCli(args, { cwd: clone, env });
    expect(run.status).toBe(0);
  }, IMPORT_HOOK_TIMEOUT_MS);

  const examples = readmeExamples();

  it('has an example of every command', () => {
    const commands = new Set(examples.map((e) => e.command.split(' ')[1]));
    expect([...commands].sort()).toEqual(['batch', 'bench', 'check', 'export', 'extract', 'import', 'search']);
  });

  it.each(examples.map((e) => [e.command, e]))('$ %s', (_command, { command, shown }) => {
    const run = runCli(words(command).slice(1), { cwd: clone, env });
    // Progress lines go to stderr; a refusal is all there is, and is on stderr.
    const printed = run.stdout || run.stderr;
    expect(steady(printed)).toBe(steady(shown));
  });
});
