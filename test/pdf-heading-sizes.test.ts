/**
 * Headings in a PDF are told by size. Where lists set smaller than the paragraphs outweigh them,
 * the paragraphs' size is still the body's: a size that sets prose is not a heading's.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/document/model.js';
import type { TextLine } from '../src/read/pdf/fragments.js';
import { layoutBlocks } from '../src/read/pdf/layout.js';

let y = 800;
/** A line of `text` at `size`, `gap` points below the one before. */
function line(text: string, size: number, gap = size * 2): TextLine {
  y -= gap;
  return { fragments: [{ text, x: 56, right: 56 + text.length * size * 0.5, y, size, font: 'f1', bold: false, italic: false }], y, size, x: 56, right: 56 + text.length * size * 0.5, bold: false, italic: false };
}
/** The line with a bullet set apart before its text, as a word processor sets a list item. */
function bulleted(text: TextLine): TextLine {
  const bullet = { ...text.fragments[0]!, text: '•', x: 40, right: 44 };
  return { ...text, x: 40, fragments: [bullet, ...text.fragments] };
}
const kinds = (blocks: Block[]) => blocks.map((b) => `${b.kind}${b.kind === 'heading' ? b.level : ''}`);

describe('heading sizes in a PDF', () => {
  it('reads paragraphs set larger than the lists that outweigh them as paragraphs, and larger titles as headings', () => {
    y = 800;
    const lines: TextLine[] = [
      line('Overview', 16),
      line('The outcome of the assessment was 43 full compliance, three partial compliance and 11', 11),
      line('compliance plus elements.', 11, 13),
      line('I am pleased to recommend that the Council continues to be certified as meeting the', 11),
      line('Customer Service Excellence Standard.', 11, 13),
      line('Compliance plus', 13),
      ...Array.from({ length: 12 }, (_, i) => bulleted(line(`${(i % 5) + 1}.1.1 – Clear evidence of journey mapping with residents that led to a simpler process for planning.`, 10))),
    ];
    const blocks = layoutBlocks([{ page: 1, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }]);
    expect(kinds(blocks)).toEqual(['heading1', 'paragraph', 'paragraph', 'heading2', 'list']);
    expect(blocks[1]).toMatchObject({ text: 'The outcome of the assessment was 43 full compliance, three partial compliance and 11\ncompliance plus elements.' });
  });

  it('keeps a larger size that sets only titles as a heading size, though the body is smaller', () => {
    y = 800;
    const lines: TextLine[] = [
      line('Summary of results', 14),
      ...Array.from({ length: 6 }, () => line('The assessor found strong evidence of customer insight across the services seen.', 10, 13)),
      line('Element ratings', 14),
      line('Every element was rated compliant or better.', 10),
    ];
    const blocks = layoutBlocks([{ page: 1, items: lines.map((l) => ({ kind: 'line' as const, line: l })) }]);
    expect(kinds(blocks)).toEqual(['heading1', 'paragraph', 'heading1', 'paragraph']);
  });
});
