/**
 * A Mermaid pie chart in a Markdown page (a fenced block of language `mermaid` that opens with
 * `pie`): its title and its slices, `"Compliance Plus" : 3`, are data the page states, as a
 * table of two columns would state them. A wiki that draws the count of each rating as a pie
 * holds those counts nowhere else. The chart becomes its title, as a line of text, and a table of
 * label | value. A slice given as a share (a decimal value, or a title or label that says per
 * cent) keeps a "%" after its value, so that nothing reads it as a count.
 */
import type { Block, SourceLocation } from '../document/model.js';

const PIE = /^\s*pie\b/;
const TITLE = /^\s*title\s+(.+?)\s*$/;
/** `"Label" : 12`, `'Label': 12.5`. */
const SLICE = /^\s*(["'])(.+?)\1\s*:\s*(\d+(?:\.\d+)?)\s*$/;
const SHARE = /%|\bper\s?cent\b|\bpercentage\b|\bshare\b|\bproportion\b/i;

/** The blocks a Mermaid pie chart's source states, or null when the source is no pie chart or has no slice. */
export function mermaidPieBlocks(source: string, line: number | undefined): Block[] | null {
  const lines = source.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('%%'));
  if (first < 0 || !PIE.test(lines[first]!)) return null;
  const at = (i: number): SourceLocation => (line === undefined ? {} : { line: line + 1 + i });
  // `pie title Ratings` may give the title on the chart's first line.
  let title = /^\s*pie(?:\s+showData)?\s+title\s+(.+?)\s*$/.exec(lines[first]!)?.[1] ?? null;
  const slices: { label: string; value: string; i: number }[] = [];
  lines.forEach((l, i) => {
    if (i <= first) return;
    const t = TITLE.exec(l);
    if (t && title === null) title = t[1]!;
    const s = SLICE.exec(l);
    if (s) slices.push({ label: s[2]!, value: s[3]!, i });
  });
  if (slices.length === 0) return null;
  const shares = SHARE.test(title ?? '') || slices.some((s) => SHARE.test(s.label) || s.value.includes('.'));
  const blocks: Block[] = [];
  if (title) blocks.push({ kind: 'paragraph', text: title, loc: at(first) });
  blocks.push({ kind: 'table', rows: slices.map((s) => ({ cells: [s.label, shares ? `${s.value}%` : s.value], loc: at(s.i) })), loc: at(slices[0]!.i) });
  return blocks;
}
