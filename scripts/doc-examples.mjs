#!/usr/bin/env node
/**
 * The `$ cse …` examples of the README and docs/usage.md, with what they print. test/docs.test.ts
 * runs the README's and compares; this script rewrites both files with what the examples print
 * now, after a change to what cse prints:
 *
 *   npm run docs:examples
 *
 * Each file's examples run in order in a folder of their own, after `npm start`'s import, as a
 * reader runs them in a fresh clone. Only blocks that start with `$ cse` are rewritten; the
 * comment after a command (`# exit 2`) is kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli/main.js');

/** A command line as a shell splits it: words, and "quoted words"; a trailing # comment dropped. */
export function words(command) {
  return [...command.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** What changes from run to run: timings, the summary file's time stamp, the machine's cores. */
export function steady(text) {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim()
    .replace(/\d+\.\d s with \d+ jobs?/g, 'N s with N jobs')
    .replace(/import-[\dT-]+Z-run/g, 'import-TIME-run');
}

/** Each `$ cse …` line of the plain code blocks, with the lines shown after it and where they are. */
export function examplesOf(markdown) {
  const lines = markdown.split('\n');
  const examples = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].startsWith('```')) continue;
    let end = i + 1;
    while (!lines[end].startsWith('```')) end++;
    if (lines[i] === '```' && lines[i + 1].startsWith('$ cse ')) {
      for (let j = i + 1; j < end; j++) {
        if (!lines[j].startsWith('$ ')) continue;
        let next = j + 1;
        while (next < end && !lines[next].startsWith('$ ')) next++;
        examples.push({ command: lines[j].slice(2), shown: lines.slice(j + 1, next).join('\n'), line: j, next });
      }
    }
    i = end;
  }
  return examples;
}

/** A folder laid out as a clone after `npm start`: the fixtures, and the database npm start makes. */
export function startedClone() {
  const clone = mkdtempSync(join(tmpdir(), 'cse-examples-'));
  symlinkSync(join(ROOT, 'fixtures'), join(clone, 'fixtures'));
  const start = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
  // npm start's shell expands fixtures/zoo/*-*.md; cse expands the same patterns itself.
  const run = runIn(clone, start.replace(/^node dist\/cli\/main\.js /, 'cse '));
  if (run.status !== 0) throw new Error(`npm start's import failed: ${run.printed}`);
  return clone;
}

/** Runs `cse …` as a reader would in `folder`; what it prints is stdout, or stderr when a refusal prints only there. */
export function runIn(folder, command) {
  const env = { ...process.env };
  delete env.CSE_DB;
  const result = spawnSync(process.execPath, [CLI, ...words(command).slice(1)], { cwd: folder, env, encoding: 'utf8' });
  return { status: result.status, printed: result.stdout || result.stderr };
}

function rewrite(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const clone = startedClone();
  try {
    // From the last example up, so each one's line numbers still hold when it is rewritten.
    const examples = examplesOf(lines.join('\n'));
    const printed = examples.map((e) => runIn(clone, e.command).printed.replace(/\n+$/, '').split('\n').map((l) => l.trimEnd()));
    for (let k = examples.length - 1; k >= 0; k--) {
      const e = examples[k];
      lines.splice(e.line + 1, e.next - e.line - 1, ...printed[k].filter((l, i, all) => l || all.length > 1));
    }
    writeFileSync(file, lines.join('\n'));
    process.stdout.write(`${file}: ${examples.length} examples\n`);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of ['README.md', 'docs/usage.md']) rewrite(join(ROOT, file));
}
