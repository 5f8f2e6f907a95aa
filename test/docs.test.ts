/**
 * The documentation a newcomer reads: every link from the README (and from the pages it links to)
 * resolves inside the repository, to a file that exists and, with a #fragment, to a heading that
 * exists; nothing sends a reader outside the repository; and every `$ cse …` example in the README
 * prints what the README says it prints, run as written in a clone after `npm start`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examplesOf, runIn, startedClone, steady } from '../scripts/doc-examples.mjs';
import { ROOT } from './helpers.js';
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

describe('the README examples, run as written after npm start', () => {
  const examples = examplesOf(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  let clone: string;

  beforeAll(() => {
    clone = startedClone();
  }, IMPORT_HOOK_TIMEOUT_MS);

  it('has an example of every command', () => {
    const commands = new Set(examples.map((e) => e.command.split(' ')[1]));
    expect([...commands].sort()).toEqual(['batch', 'bench', 'check', 'export', 'extract', 'import', 'search']);
  });

  // After a change to what cse prints: npm run docs:examples
  it.each(examples.map((e) => [e.command, e]))('$ %s', (_command, { command, shown }) => {
    expect(steady(runIn(clone, command).printed)).toBe(steady(shown));
  });
});
