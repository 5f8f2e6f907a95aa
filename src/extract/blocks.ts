/**
 * Finding things in a Document by what they say: labelled values, sections under headings,
 * the text around a table. Shared by every template's extractor.
 */
import { blockText, type Block, type SourceLocation } from '../document/model.js';
import { FIELD_LABELS } from '../standard/field-labels.js';
import { findDates } from '../parse/dates.js';
import { normaliseLabel, tidy } from '../parse/text.js';

export interface LabelledValue {
  label: string;
  /** The label as `normaliseLabel` gives it, for matching. */
  key: string;
  value: string;
  loc: SourceLocation;
  /** The index of the block that states it. */
  index: number;
}

/** "Label: value", or a label and its value set apart by a tab. */
const LABELLED = /^([^:\t]{2,60}?)\s*(?::|\t)\s*(.*)$/;
/** A text read as "Label: value" (the many with neither mark settled before the pattern runs). */
const labelled = (text: string) => (text.includes(':') || text.includes('\t') ? LABELLED.exec(text.trim()) : null);

// Extractors look up several labels in the same blocks: the pairs are found once per block list.
const PAIRS = new WeakMap<readonly Block[], LabelledValue[]>();

/**
 * Label/value pairs a document states: table rows laid out as label, value, label, value…;
 * lines "Label: value", several to a line where " | " or " · " parts them; and a line that is only a
 * label followed by its value on the next line.
 */
export function labelledValues(blocks: readonly Block[]): LabelledValue[] {
  const known = PAIRS.get(blocks);
  if (known) return known;
  const pairs: LabelledValue[] = [];
  let at = 0;
  const pair = (label: string, value: string, loc: SourceLocation) => pairs.push({ label, key: normaliseLabel(label), value, loc, index: at });
  blocks.forEach((block, index) => {
    at = index;
    if (block.kind === 'table') {
      const swapped = labelsOnTheRight(block.rows) || firstRowOfRightLabelled(blocks, index);
      for (const row of block.rows) {
        if (swapped) {
          pair(row.cells[1]!, row.cells[0]!, row.loc);
          continue;
        }
        // "Visit: 14th–15th January 2025 | Report date: 31 January 2025 | Assessor: Ewan Macleod":
        // a label and its value in each cell, where each label is a known field's.
        const filled = row.cells.filter((c) => c.trim() !== '');
        const inCells = filled.length > 1 ? filled.map(labelled) : [];
        if (inCells.length > 1 && inCells.every((m) => m !== null && isFieldLabel(m[1]!))) {
          for (const m of inCells) pair(m![1]!, m![2]!, row.loc);
          continue;
        }
        for (let i = 0; i + 1 < row.cells.length; i += 2) {
          pair(row.cells[i]!, row.cells[i + 1]!, row.loc);
        }
      }
      return;
    }
    const lines = blockText(block).split('\n');
    lines.forEach((line, i) => {
      // "Visit: 7/8 October 2010 | Report date: 1st November 2010 | Assessor: Alan Whitcombe": several on one line.
      const segments = /[|·]/.test(line) ? line.split(/\s+[|·]\s+/).map(labelled) : [];
      if (segments.length > 1 && segments.every((m) => m !== null)) {
        for (const m of segments) pair(m![1]!, m![2]!, block.loc);
        return;
      }
      const m = labelled(line) ?? dashed(line.trim()) ?? dateAfterLabel(line.trim());
      if (m) for (const [label, value] of runOnLabels(m[1]!, m[2]!)) pair(label, value, block.loc);
      // A line of prose is no label (most paragraphs of a report are one line): only a short one is looked at.
      else if (line.length > LONGEST_TERM) return;
      // "Lead assessor" over ":   Siobhan Keane": a definition list's term over its definition.
      else if (i + 1 < lines.length) pair(line, lines[i + 1]!.replace(DEFINITION_MARK, ''), block.loc);
      else if (i === lines.length - 1 && lines.length === 1) {
        const next = blocks[index + 1];
        if (next && next.kind !== 'table') pair(line, blockText(next).split('\n')[0] ?? '', block.loc);
      }
    });
  });
  PAIRS.set(blocks, pairs);
  return pairs;
}

/** Longest line read as a label over its value on the next line ("Date(s) of the on-site assessment visit (Stage 2)" is 49). */
const LONGEST_TERM = 100;

/** The mark that opens a definition under its term, in Markdown's definition lists. */
const DEFINITION_MARK = /^\s*:\s+/;

/** More letters and marks than any field's label holds (the longest, "pre-assessment desk-top review of the documentation (desk-based) date", has 62). */
const LONGEST_LABEL = 100;

const isFieldLabel = (text: string) => {
  // Cells of prose (an assessor's report beside each element) are asked too: they are settled before they are normalised.
  if (text.length > LONGEST_LABEL && text.replace(/\s+/g, '').length > LONGEST_LABEL) return false;
  const key = normaliseLabel(text);
  return FIELD_LABELS.some((f) => f.label.test(key));
};

/**
 * A table of two columns whose labels stand on the right ("Corvedale Constabulary | Organisation",
 * "2019-06-03 | Report issued"): known labels fill most of its right column's rows and none of
 * its left's.
 */
function labelsOnTheRight(rows: readonly { cells: readonly string[] }[]): boolean {
  if (rows.length < 2 || rows.some((r) => r.cells.length !== 2)) return false;
  let right = 0;
  for (const [n, row] of rows.entries()) {
    if (isFieldLabel(row.cells[0]!)) return false;
    if (isFieldLabel(row.cells[1]!)) right += 1;
    // Most two-column tables are not such a table: stop once most rows cannot be labelled on the right.
    else if ((right + rows.length - n - 1) * 2 <= rows.length) return false;
  }
  return right * 2 > rows.length;
}

/** Blocks between a table's first row a PDF's reader cut off and the rest of the table (a row it read as a paragraph). */
const CUT_ROWS_REACH = 2;

/**
 * A table of one row, "Corvedale Constabulary | Organisation", cut from the table of labels on the
 * right just after it (a row between read as a paragraph): its label is on the right too. Alone,
 * one row cannot say which of its cells is the label.
 */
function firstRowOfRightLabelled(blocks: readonly Block[], index: number): boolean {
  const block = blocks[index]!;
  if (block.kind !== 'table' || block.rows.length !== 1 || block.rows[0]!.cells.length !== 2) return false;
  const [value, label] = block.rows[0]!.cells;
  if (!isFieldLabel(label!) || isFieldLabel(value!)) return false;
  const rest = blocks.slice(index + 1, index + 2 + CUT_ROWS_REACH).find((b) => b.kind === 'table');
  return rest?.kind === 'table' && labelsOnTheRight(rest.rows);
}

/** "Organisation — Mercia Valley Probation Trust": a dash parts a label from its value only where the label is a known field's (prose has dashes too). */
const DASHED = /^([^—–:]{2,40}?)\s+[—–]\s+(.+)$/;
function dashed(line: string): RegExpExecArray | null {
  if (!line.includes('—') && !line.includes('–')) return null;
  const m = DASHED.exec(line);
  return m && isFieldLabel(m[1]!) ? m : null;
}

const DATE_FIELDS = FIELD_LABELS.filter((f) => f.kind === 'reportDate' || f.kind === 'visitDate' || f.kind === 'documentReviewDate');
/** What may stand between the dates of one value: "22 and 23 February 2011", "Tuesday 3 March – Wednesday 4 March 2015". */
const BETWEEN_DATES = /^(?:[\s,.;&/\-–—]|\b(?:to|and|until|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)*$/i;
const ENDS_IN_NUMBER = /\d[\s,.;&/\-–—]*$/;
/** Most words of a label this reads without a mark after it. */
const MAX_UNMARKED_LABEL_WORDS = 6;

/**
 * "Date of report 14.03.2011": a date's label and the date with nothing between them (a row of a
 * key-facts table a PDF's reader took as a line, a plain-text report). Only a known date label
 * followed by dates and nothing else: prose ("Date of report was moved to 3 May") is not a field.
 */
function dateAfterLabel(line: string): [string, string, string] | null {
  // The value is dates alone, each with its year: a line that does not end in a number is no such field (most lines of a report).
  if (!ENDS_IN_NUMBER.test(line)) return null;
  const words = line.split(/\s+/);
  for (let n = Math.min(MAX_UNMARKED_LABEL_WORDS, words.length - 1); n >= 1; n--) {
    const label = words.slice(0, n).join(' ');
    const key = normaliseLabel(label);
    if (!DATE_FIELDS.some((f) => f.label.test(key))) continue;
    const value = words.slice(n).join(' ');
    const dates = findDates(value);
    let rest = value;
    for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + rest.slice(d.index + d.text.length);
    return dates.length > 0 && BETWEEN_DATES.test(rest) ? [line, label, value] : null;
  }
  return null;
}

/** The label of a visit's facts that ends where `text` ends: its last one to four words, capitalised. */
function labelEnding(text: string): string | null {
  const words = text.split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const label = words.slice(-n).join(' ');
    if (/^[A-Z]/.test(label) && isFieldLabel(label)) return label;
  }
  return null;
}

/**
 * "Visit: 14th–15th January 2025 Report date: 31 January 2025 Assessor: Ewan Macleod": facts run on
 * in one line with no mark between them, parted where a label of a visit's facts ends in a colon.
 */
function runOnLabels(label: string, value: string): [string, string][] {
  const cuts = [...value.matchAll(/:\s+/g)].flatMap((m) => {
    const inner = labelEnding(value.slice(0, m.index));
    return inner ? [{ label: inner, start: m.index - inner.length, end: m.index + m[0].length }] : [];
  });
  if (cuts.length === 0) return [[label, value]];
  const out: [string, string][] = [[label, value.slice(0, cuts[0]!.start).trim()]];
  cuts.forEach((cut, k) => out.push([cut.label, value.slice(cut.end, cuts[k + 1]?.start ?? value.length).trim()]));
  return out;
}

/** The first value whose label matches, tidied; null when the label is absent or its value blank. */
export function valueOf(blocks: readonly Block[], label: RegExp): LabelledValue | null {
  for (const pair of labelledValues(blocks)) {
    if (label.test(pair.key)) {
      const value = tidy(pair.value);
      return value ? { ...pair, value } : { ...pair, value: '' };
    }
  }
  return null;
}

export interface Section {
  heading: Block;
  blocks: Block[];
}

/** Splits blocks into sections, each starting at a block the predicate picks; blocks before the first are dropped. */
export function sectionsStartingAt(blocks: readonly Block[], starts: (block: Block) => boolean): Section[] {
  const sections: Section[] = [];
  for (const block of blocks) {
    if (starts(block)) sections.push({ heading: block, blocks: [] });
    else sections.at(-1)?.blocks.push(block);
  }
  return sections;
}

/** Is this block a title: a heading, or a one-line paragraph or list item short enough to be one? */
export function titleText(block: Block): string | null {
  if (block.kind === 'heading') return block.text;
  if (block.kind === 'paragraph' && !block.text.includes('\n') && block.text.length <= 120) return block.text;
  if (block.kind === 'list' && block.items.length === 1 && block.items[0]!.length <= 120) return block.items[0]!;
  return null;
}

/** The nearest block before `index` for which `pick` returns a value, not looking past a block `stop` accepts. */
export function lookBack<T>(blocks: readonly Block[], index: number, pick: (block: Block) => T | null, stop?: (block: Block) => boolean): T | null {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    const value = pick(block);
    if (value !== null) return value;
    if (stop?.(block)) return null;
  }
  return null;
}

/** All the text of some blocks, one block a line. */
/** A document's title: the first heading of the top two levels among its first blocks. */
export function documentTitle(blocks: readonly Block[]): string | null {
  const heading = blocks.slice(0, 6).find((b) => b.kind === 'heading' && b.level <= 2);
  return heading?.kind === 'heading' ? heading.text : null;
}

export function allText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

/** The caption of the table at `index`: the short line or heading just above it, or null (none, a table, a list, or running text longer than `maxLength`). */
export function captionAbove(blocks: readonly Block[], index: number, maxLength: number): string | null {
  const caption = blocks[index - 1];
  if (!caption || caption.kind === 'table' || caption.kind === 'list') return null;
  const text = blockText(caption);
  return text.length <= maxLength ? text : null;
}
