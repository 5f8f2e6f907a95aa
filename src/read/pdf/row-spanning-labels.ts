/**
 * A label merged down two rows of a borderless table ("Totals" beside the rows "AR1 | 2 | 52 …"
 * and "AR2 | 3 | 53 …", as a report sets a group of rows under one label). A word processor
 * centres it top to bottom, so it prints on a baseline of its own midway between the two rows'
 * lines, and a reader of lines takes it for a line between the rows, or the three lines for one
 * row of centred cells. A grid table gives a merged cell's text to each row it spans; so does
 * this: the label joins both rows as their first cell, and its own line goes.
 *
 * Only a label of one piece, a few words, set wholly left of both rows' text, more than a space clear (a
 * column of its own, however narrow the padding, not a wrapped line of the rows' first cell, which starts where that cell
 * does), midway between two lines of three cells or more that start at the same places, with no
 * other line between them.
 */
import { type Fragment, lineOf, pieces, SAME_START, type TextLine } from './fragments.js';

/** The label stands this close (points) to midway between the rows. */
const MIDWAY = 0.5;
/** Two rows of one line each stand at most this many type sizes apart. */
const ROW_PITCH = 2.5;
/** A label of a group of rows is a few words. */
const LABEL_WORDS = 4;
/** Cells the rows have at least: a table's rows, not a paragraph hung from its number. */
const ROW_CELLS = 3;
/** The label ends this many type sizes clear of the rows' text at least: more than a space. */
const CLEAR = 0.3;

const sameSize = (a: TextLine, b: TextLine) => Math.abs(a.size - b.size) <= 0.5;

export function spreadRowSpanningLabels(lines: readonly TextLine[]): TextLine[] {
  const out = [...lines];
  for (let i = 1; i < out.length - 1; i++) {
    const [above, label, below] = [out[i - 1]!, out[i]!, out[i + 1]!];
    if (!spansBoth(above, label, below)) continue;
    const moved = (row: TextLine) =>
      lineOf([...label.fragments.map((f, k) => ({ ...f, y: row.y, ...(k === 0 ? { cellStart: true } : {}) })), ...row.fragments.map((f, k) => (k === 0 ? { ...f, cellStart: true } : f))], row.y);
    out.splice(i - 1, 3, moved(above), moved(below));
  }
  return out;
}

function spansBoth(above: TextLine, label: TextLine, below: TextLine): boolean {
  if (!sameSize(above, label) || !sameSize(below, label)) return false;
  if (pieces(label).length !== 1 || label.fragments.map((f) => f.text).join(' ').trim().split(/\s+/).length > LABEL_WORDS) return false;
  const [up, down] = [above.y - label.y, label.y - below.y];
  if (up <= 0 || down <= 0 || Math.abs(up - down) > MIDWAY || up + down > label.size * ROW_PITCH) return false;
  const [a, b] = [pieces(above), pieces(below)];
  if (a.length < ROW_CELLS || a.length !== b.length) return false;
  const starts = (ps: Fragment[][]) => ps.map((p) => p[0]!.x);
  if (starts(a).some((x, k) => Math.abs(x - starts(b)[k]!) > SAME_START)) return false;
  return label.right + label.size * CLEAR <= Math.min(above.x, below.x);
}
