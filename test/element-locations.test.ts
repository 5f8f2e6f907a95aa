/**
 * Where each element was read (`location` on a stated rating): the line of a Markdown report it
 * points at names the element, and every stated rating of every fixture, in every format, says
 * where it was read. The app's report page shows the source at this place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { ROOT } from './helpers.js';

const FOLDERS = ['fixtures/reports/', 'fixtures/zoo/'];
const files = FOLDERS.flatMap((folder) => readdirSync(`${ROOT}${folder}`).filter((f) => /\.(md|docx|pdf)$/.test(f) && f !== 'README.md').map((f) => `${folder}${f}`));
const markdown = files.filter((f) => f.endsWith('.md'));

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
/** The element's code as a line may write it: "1.2.3", "1 2 3", "123", "I.2.3". */
const namesElement = (line: string, code: string) => {
  const [c, s, e] = code.split('.').map(Number) as [number, number, number];
  return new RegExp(`(?:${c}|${ROMAN[c - 1]})\\s*[.\\s]?\\s*${s}\\s*[.\\s]?\\s*${e}(?!\\d)`).test(line);
};

describe('where each element was read', () => {
  it.each(markdown)('%s: the line of each stated rating names its element', async (file) => {
    const lines = readFileSync(`${ROOT}${file}`, 'utf8').split('\n');
    const report = await extract(`${ROOT}${file}`);
    const wrong = report.assessments.flatMap((a) =>
      a.elements.filter((e) => e.location?.line !== undefined && !namesElement(lines[e.location.line - 1] ?? '', e.code)).map((e) => `${e.code} at line ${e.location!.line}: ${lines[e.location!.line - 1]}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(files)('%s: every stated rating says where it was read', async (file) => {
    const report = await extract(`${ROOT}${file}`);
    const stated = report.assessments.flatMap((a) => a.elements.filter((e) => e.basis === 'stated'));
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.filter((e) => !e.location).map((e) => e.code)).toEqual([]);
  });
});
