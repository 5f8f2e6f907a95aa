/**
 * A form's checkboxes, read as the choice they record: "☐ Compliance Plus ☒ Compliance ☐ Partial
 * Compliance ☐ Non-Compliance" is "Compliance", "☒ Initial assessment ☐ Reassessment" is "Initial
 * assessment", a Markdown task list ("- [ ] Compliance Plus", "- [x] Compliance") the same. A form
 * prints every choice it offers, so an unticked box's label is not a statement of anything; left
 * in, a rating cell names all four ratings and a stage field every stage. Where the boxes cannot
 * be told apart (none ticked, two ticked, the glyphs lost to one shape) nothing is kept of the
 * choices: which the author meant cannot be known.
 *
 * Only boxes with short labels are read, one of them empty at least. A tick or a cross alone in a
 * matrix's cell is a matrix's mark (recognise/marks.ts), and a ticked line with no empty box beside
 * it ("☒ Completed by the quality team") says what it says. (❏ and ❑ are left alone: they are
 * bullets more often than boxes.)
 */
import { BOLD_TITLE_LEVEL, withEachText, type Block, type Document } from '../document/model.js';

/** An empty box, as fonts and plain text draw one. */
const UNTICKED = String.raw`[☐□⬜]|\[ \]`;
/**
 * A box with a mark in it, or a mark standing where a box stands: readers give a crossed box
 * (☒) as a cross (read/marks.ts), and beside empty boxes a cross is the form's tick.
 */
const TICKED = String.raw`[☒☑⊠▣■✓✔✗✘✅❎]|\[[xX✓✔]\]`;
/** A box where a label may start: at the start of the text or after white space, white space after it. */
const BOX = new RegExp(String.raw`(?<=^|\s)(?:(${TICKED})|(${UNTICKED}))(?:\s+|$)`, 'gu');

const AN_EMPTY_BOX = new RegExp(UNTICKED);

/** Longer than this, the words after a box are prose, not a choice's label. */
const MAX_LABEL_LENGTH = 120;

interface Choice {
  ticked: boolean;
  label: string;
}

interface BoxGroup {
  /** The words before the first box: a field's label, or nothing. */
  before: string;
  choices: Choice[];
}

/**
 * The boxes in a text and the label after each, when the text holds boxes with labels, one of
 * them empty at least; null otherwise (ticks alone, or a matrix's box with no label).
 */
function boxGroup(text: string): BoxGroup | null {
  // A group has an empty box: the many texts with none are settled before the boxes are looked for.
  if (!AN_EMPTY_BOX.test(text)) return null;
  const boxes = [...text.matchAll(BOX)];
  if (boxes.length === 0) return null;
  const choices = boxes.map((m, i) => ({
    ticked: m[1] !== undefined,
    label: text.slice(m.index + m[0].length, boxes[i + 1]?.index ?? text.length).replace(/\s+/g, ' ').trim(),
  }));
  if (!choices.some((c) => !c.ticked)) return null;
  // "☒ = ticked; ☐ = not ticked" is a key to the boxes, not a choice among them.
  if (choices.some((c) => c.label === '' || c.label.length > MAX_LABEL_LENGTH || /^[=:–—-]/.test(c.label))) return null;
  return { before: text.slice(0, boxes[0]!.index), choices };
}

/** The one label ticked, or null when none or more than one is. */
function chosen(group: BoxGroup): string | null {
  const ticked = group.choices.filter((c) => c.ticked);
  return ticked.length === 1 ? ticked[0]!.label : null;
}

/**
 * A text with its boxes read: the words before the boxes, then the ticked label. Where no box or
 * two are ticked, nothing of the choices is kept; an empty box alone (a form's cell a page break
 * split) is not kept either.
 */
export function withBoxesRead(text: string): string {
  const group = boxGroup(text);
  if (!group) return text;
  const label = chosen(group);
  return label === null ? group.before.trimEnd() : `${group.before}${label}`;
}

/** A form field's label standing above its boxes: a line ending in a colon ("Judgement:"), or a bold line of its own. */
function isFieldLabel(block: Block | undefined): block is Extract<Block, { kind: 'paragraph' | 'heading' }> {
  if (!block || (block.kind !== 'paragraph' && block.kind !== 'heading')) return false;
  if (block.text.includes('\n')) return false;
  return /:\s*$/.test(block.text) || (block.kind === 'heading' && block.level === BOLD_TITLE_LEVEL);
}

/**
 * The document with every group of boxes read. A list whose items are the boxes (a task list) is
 * one group; its choice joins the field's label above it into one line ("Judgement: Compliance"),
 * as a form's field and value are one statement, and with no certain choice the list is dropped.
 */
export function withCheckboxesRead(document: Document): Document {
  const blocks: Block[] = [];
  for (const block of document.blocks) {
    const group = block.kind === 'list' && block.items.length >= 2 ? boxGroup(block.items.join('\n')) : null;
    const itemized = group !== null && block.kind === 'list' && group.before.trim() === '' && group.choices.length === block.items.length;
    if (!itemized) {
      const read = withEachText(block, withBoxesRead);
      // An item that was only an empty box is gone, not an empty item.
      if (read.kind === 'list' && read.items.some((item) => item === '')) {
        const kept = read.items.map((_, i) => i).filter((i) => read.items[i] !== '');
        if (kept.length > 0) blocks.push({ ...read, items: kept.map((i) => read.items[i]!), ...(read.itemLocs ? { itemLocs: kept.map((i) => read.itemLocs![i]!) } : {}) });
      } else blocks.push(read);
      continue;
    }
    const label = chosen(group);
    const above = blocks[blocks.length - 1];
    if (isFieldLabel(above)) {
      const field = above.text.trim().replace(/:$/, '');
      blocks[blocks.length - 1] = { kind: 'paragraph', text: label === null ? `${field}:` : `${field}: ${label}`, loc: above.loc };
    } else if (label !== null) {
      blocks.push({ kind: 'paragraph', text: label, loc: block.loc });
    }
  }
  return { ...document, blocks };
}
