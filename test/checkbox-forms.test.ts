/**
 * Forms whose choices are checkboxes (fixtures/blind8/README.md): a rating cell printing all four
 * ratings with one box ticked, a stage field printing every stage, a Markdown task list. The
 * ticked box's label is the choice; an empty box's label is not a statement of anything; boxes
 * that cannot be told apart give nothing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block } from '../src/document/model.js';
import { withBoxesRead, withCheckboxesRead } from '../src/extract/checkboxes.js';
import { headerOnly, readElementRatingTable } from '../src/extract/recognise/element-ratings.js';
import { recogniseFields } from '../src/extract/recognise/fields.js';
import { readMarkdown } from '../src/read/markdown.js';

const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const para = (text: string): Block => ({ kind: 'paragraph', text, loc: { line: 1 } });
const list = (...items: string[]): Block => ({ kind: 'list', items, loc: { line: 1 } });
const document = (...blocks: Block[]) => ({ blocks, diagnostics: [] });

describe('checkboxes in a text', () => {
  it('reads the one ticked box, whatever draws the tick, a label wrapped over lines included', () => {
    expect(withBoxesRead('☐ Exceeds\n☒ Meets\n☐ Partly meets')).toBe('Meets');
    expect(withBoxesRead('□ Compliance Plus ■ Compliance □ Partial Compliance □ Non-Compliance')).toBe('Compliance');
    expect(withBoxesRead('[ ] Compliance Plus [x] Partial\nCompliance [ ] Compliance')).toBe('Partial Compliance');
    // A reader gives a crossed box as a cross: beside empty boxes it is the tick.
    expect(withBoxesRead('Visit: ✗ First review ☐ Second review')).toBe('Visit: First review');
    expect(withBoxesRead('☑ Second review ☐ Reassessment')).toBe('Second review');
  });

  it('keeps nothing of the choices where none or two are ticked, or of an empty box alone', () => {
    expect(withBoxesRead('☐ Compliance Plus ☐ Compliance ☐ Partial Compliance')).toBe('');
    expect(withBoxesRead('☒ Compliance Plus ☒ Compliance ☐ Partial Compliance')).toBe('');
    expect(withBoxesRead('the evidence seen. ☐ Non-Compliance')).toBe('the evidence seen.');
  });

  it('leaves marks that are not boxes with labels: a matrix cell, ticks alone, a key to the boxes', () => {
    for (const text of ['☐', '✓', '✓ Compliance', '☒ Checked by the quality team', 'Key: ☒ = ticked; ☐ = not ticked.', 'A [ref] in prose']) expect(withBoxesRead(text)).toBe(text);
  });
});

describe('checkboxes in a document', () => {
  it('reads a task list as its ticked item, joined to the field label above it', () => {
    const read = withCheckboxesRead(document(para('Outcome:'), list('☐ Compliance Plus', '☒ Compliance', '☐ Partial Compliance'), para('Comments: good.')));
    expect(read.blocks).toEqual([para('Outcome: Compliance'), para('Comments: good.')]);
    // Nothing certain: the label stays, without a choice.
    expect(withCheckboxesRead(document(para('Outcome:'), list('☐ Compliance', '☐ Partial Compliance'))).blocks).toEqual([para('Outcome:')]);
    // An item that was only an empty box is dropped from its list.
    expect(withCheckboxesRead(document(list('Seen: the minutes', '☐ Partial Compliance'))).blocks).toEqual([list('Seen: the minutes')]);
  });

  it('keeps a Markdown task list\'s boxes', async () => {
    const doc = await readMarkdown('Stage\n\n- [ ] Initial\n- [x] Annual review\n\nA list:\n\n- plain item\n');
    expect(doc.blocks.filter((b) => b.kind === 'list').map((b) => (b as Extract<Block, { kind: 'list' }>).items)).toEqual([['☐ Initial', '☒ Annual review'], ['plain item']]);
  });

  it('reads a rating column whose header carries a form\'s instruction, in tables below a header of its own', () => {
    const header = headerOnly(table(['Ref', 'Statement', 'Rating (please tick one)', 'Notes']));
    expect(header?.columns?.rating).toBe(2);
    const rows = table(['3.1.1', 'We publish our services.', 'Compliance', ''], ['3.1.2', 'We publish our charges.', 'Partial Compliance', 'Not online.']);
    expect(readElementRatingTable(rows, [], header)?.rated.map((r) => [r.code, r.rating])).toEqual([
      ['3.1.1', 'compliance'],
      ['3.1.2', 'partial-compliance'],
    ]);
  });

  it('reads a document review date whose label says how it was done', () => {
    const fields = recogniseFields([table(['Document review (desk-top) completed', '3 March 2019'])]);
    expect(fields.filter((f) => f.kind === 'documentReviewDate').map((f) => f.value)).toEqual(['2019-03-03']);
  });
});

describe('a checkbox form end to end', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-checkbox-forms-'));

  it('reads the ticked stage and ratings, not the labels of empty boxes, nor ratings named in comments', async () => {
    const element = (code: string, ticked: number, comment: string) =>
      `#### ${code}\n\nJudgement:\n\n${['Compliance Plus', 'Compliance', 'Partial Compliance', 'Non-Compliance'].map((r, i) => `- [${i === ticked ? 'x' : ' '}] ${r}`).join('\n')}\n\nComments: ${comment}\n`;
    const path = join(dir, 'form.md');
    writeFileSync(
      path,
      `# Customer Service Excellence Assessment Report\n\n**Organisation:** Ashby Fen Library Service\n\n**Type of assessment**\n\n- [ ] Initial assessment\n- [x] First annual review\n- [ ] Reassessment\n\n**Lead assessor:** Hilary Brandwood\n\n**Date of report:** 12/05/2016\n\n` +
        element('1.1.1', 1, 'Hopes to reach Compliance Plus next year.') +
        element('1.1.2', 0, 'Outstanding.') +
        element('1.1.3', 2, 'See 1.1.1, which is compliant.') +
        `#### 1.2.1\n\nJudgement:\n\n- [x] Compliance Plus\n- [x] Compliance\n- [ ] Partial Compliance\n- [ ] Non-Compliance\n\nComments: two boxes ticked.\n`,
    );
    const report = await extract(path);
    const [stage] = report.assessments;
    expect(stage?.stage).toBe('review-1');
    expect(stage?.elements.map((e) => [e.code, e.rating, e.basis])).toEqual([
      ['1.1.1', 'compliance', 'stated'],
      ['1.1.2', 'compliance-plus', 'stated'],
      ['1.1.3', 'partial-compliance', 'stated'],
    ]);
  });
});
