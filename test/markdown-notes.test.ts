/**
 * Markdown written in a note app or for a static site (first met in blind set 10): front matter,
 * callouts, wikilinks, comments and highlights read as the rendered note shows them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import { BOLD_TITLE_LEVEL } from '../src/document/model.js';
import { readMarkdown } from '../src/read/markdown.js';

const note = [
  '---',
  'title: "Annual review: Kestle Library Service"',
  'tags:',
  '  - cse',
  "holder: 'Kestle Library Service'",
  '---',
  '',
  '> [!note]+ Visit details',
  '> - **Assessor:** Mr Owen Price',
  '',
  'Every element is listed in [[#Ratings]]; see also [[Reports/2023 review|last year]] and ![[logo.png]].',
  '',
  '%% check 2.2.1 with the',
  'lead assessor %%',
  '',
  '==The service remains compliant.==',
  '',
  '> [!warning]- Partial Compliance – 1 element',
  '> - [[Elements/3.2.4|3.2.4]] – Letters not reviewed',
].join('\n');

describe('a note app\'s Markdown', () => {
  it('reads what the rendered note shows, line for line', async () => {
    const { blocks } = await readMarkdown(note);
    expect(blocks[0]).toMatchObject({ kind: 'list', items: ['title: Annual review: Kestle Library Service', 'holder: Kestle Library Service'], loc: { line: 2 } });
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: BOLD_TITLE_LEVEL, text: 'Visit details', loc: { line: 8 } });
    expect(blocks[3]).toMatchObject({ kind: 'paragraph', text: 'Every element is listed in Ratings; see also last year and .' });
    expect(blocks[4]).toMatchObject({ kind: 'paragraph', text: 'The service remains compliant.', loc: { line: 16 } });
    expect(blocks[5]).toMatchObject({ kind: 'heading', text: 'Partial Compliance – 1 element' });
    expect(blocks[6]).toMatchObject({ kind: 'list', items: ['3.2.4 – Letters not reviewed'] });
    expect(blocks.map((b) => JSON.stringify(b)).join('')).not.toContain('2.2.1');
  });

  it('reads the holder from front matter without YAML\'s quotation marks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cse-notes-'));
    const path = join(dir, 'note.md');
    writeFileSync(path, `---\norganisation: "Kestle Library Service – Branches"\n---\n\n# CSE Annual Review\n\n> [!info] Details\n> - **Assessor:** Mr Owen Price\n\nFour elements are rated Compliance Plus, 51 Compliance and two Partial Compliance.\n\n> [!warning]- Partial Compliance – 2 elements\n> - [[Elements/3.2.4|3.2.4]] – Letters not reviewed\n> - [[Elements/4.3.6|4.3.6]] – Learning not shared\n`);
    const report = await extract(path);
    expect(report.organisation).toBe('Kestle Library Service – Branches');
    expect(report.assessments[0]?.elements.filter((e) => e.rating === 'partial-compliance').map((e) => e.code)).toEqual(['3.2.4', '4.3.6']);
  });
});
