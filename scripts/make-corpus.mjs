#!/usr/bin/env node
/**
 * Makes a corpus of distinct reports for load tests and the import benchmark: each Markdown
 * report fixture copied N times, copy k naming its organisation "<name> <k>" (in the case the
 * report writes it), so every copy has its own bytes and its own organisation and assessments.
 * A report that never names its organisation gets a closing line instead, and its copies are
 * copies of one assessment.
 *
 *   node scripts/make-corpus.mjs DIR COPIES
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPORTS = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));

function replaceAll(text, from, to) {
  return text.split(from).join(to);
}

/** Writes the corpus into `dir` and returns the paths written. */
export function makeCorpus(dir, copies) {
  mkdirSync(dir, { recursive: true });
  const written = [];
  for (const file of readdirSync(REPORTS).filter((f) => f.endsWith('.md')).sort()) {
    const text = readFileSync(join(REPORTS, file), 'utf8');
    const { organisation } = JSON.parse(readFileSync(join(REPORTS, file.replace(/\.md$/, '.expected.json')), 'utf8'));
    for (let k = 1; k <= copies; k++) {
      const copy = organisation
        ? replaceAll(replaceAll(text, organisation, `${organisation} ${k}`), organisation.toUpperCase(), `${organisation.toUpperCase()} ${k}`)
        : `${text}\nCopy ${k} of this paper.\n`;
      const path = join(dir, file.replace(/\.md$/, `-${String(k).padStart(4, '0')}.md`));
      writeFileSync(path, copy);
      written.push(path);
    }
  }
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, copies] = process.argv.slice(2);
  if (!dir || !Number(copies)) {
    process.stderr.write('usage: node scripts/make-corpus.mjs DIR COPIES\n');
    process.exit(1);
  }
  process.stdout.write(`${makeCorpus(dir, Number(copies)).length} reports written to ${dir}\n`);
}
