/**
 * Which stage each part of a document reports on. A title that is only a stage's name (with
 * section numbers, dates and words like "report" or "scores" around it: "Section C: 12 Month
 * Review Report", "Annual Review 1 (AR1) – March 2023") opens that stage's part; a heading that
 * names a stage inside a longer phrase ("Progress since the initial assessment", "Compliance
 * against the standard Year 2") does not. The document's own stage comes from a field
 * ("Assessment type: AR1"), then from a cover title, then from prose ("This year's assessment
 * was our second annual review").
 *
 * A report of several visits in lettered or numbered parts ("Part A – Annual Review 2", "Part B –
 * Partial Reassessment") may close with a part of the same series that names no visit ("Part C –
 * Position after both visits"): what it says merges the visits and is neither's, so it closes the
 * part before it.
 */
import type { Block } from '../../document/model.js';
import { findDates, findMonths } from '../../parse/dates.js';
import { stageNamedBy, type StageNamed } from '../../parse/stages.js';
import { titleText } from '../blocks.js';

const FILLER = /\b(?:section|part|stage|full|partial|report|accreditation|review|annual|year|cycle|outcome|feedback|overview|details|record|visit|assessment|assessor'?s?|visit|findings|results?|scores?|scoring|summary|of|the|for|and|on|at|to|cse|customer|service|excellence|standard|table|ratings?|elements?|[a-e]|\d+(?:\.\d+)*)\b|[()[\]:.,–—\-/&|]/gi;
/** At most this many other words beside the stage's name in a stage title. */
const OTHER_WORDS = 0;
/** A title about another visit than the one it names: "Progress since the initial assessment". */
export const ABOUT_ANOTHER = /\b(?:since|from|previous(?:ly)?|last|next|after|before|progress|actions?|updates?|following|prior|changes?)\b/i;

export interface StageTitle {
  index: number;
  named: StageNamed;
  /** A heading (not a short paragraph set apart). */
  heading: boolean;
}

function stripDates(text: string): string {
  let out = text;
  for (const d of [...findDates(text), ...findMonths(text)]) out = out.replace(d.text, ' ');
  return out;
}

/** The title that opens a stage's part, or null. */
export function stageTitleOf(block: Block): StageNamed | null {
  const title = titleText(block);
  if (!title || title.length > 100) return null;
  const named = stageNamedBy(title);
  if (!named || ABOUT_ANOTHER.test(title)) return null;
  // The stage named twice ("Annual Review 1 (AR1)") is still only the stage's name.
  let rest = stripDates(title);
  // … and a label that names no visit by itself ("Surveillance visit — Year 1") beside one that does.
  for (let again = stageNamedBy(rest); again && (again.stage === named.stage || again.stage === 'unknown'); again = stageNamedBy(rest)) rest = rest.replace(again.words, ' ');
  rest = rest.replace(FILLER, ' ').trim();
  return rest === '' || rest.split(/\s+/).length <= OTHER_WORDS ? named : null;
}

export function stageTitles(blocks: readonly Block[]): StageTitle[] {
  const titles: StageTitle[] = [];
  blocks.forEach((block, index) => {
    const named = stageTitleOf(block);
    // A label that names no visit ("outcome of the 2016 surveillance visit") opens no part: the text may still say which visit it was.
    if (named && named.stage !== 'unknown') titles.push({ index, named, heading: block.kind === 'heading' });
  });
  return titles;
}

/** The label of a part in a series: "Part C", "Section 3", "Part II". */
const PART_LABEL = /^(part|section)\s+([A-Z]|\d{1,2}|[IVX]{1,4})\b/i;

/**
 * The blocks that close a visit's part: a title of the same series of parts as two or more of the
 * stage titles ("Part A – …", "Part B – …"), naming no visit itself. Empty where the stage titles
 * are not labelled as a series.
 */
export function partClosers(blocks: readonly Block[], titles: readonly StageTitle[]): number[] {
  const labelOf = (block: Block) => PART_LABEL.exec(titleText(block) ?? '');
  const seriesOf = (block: Block) => labelOf(block)?.[1]!.toLowerCase() ?? null;
  const series = titles.map((t) => seriesOf(blocks[t.index]!)).filter((s): s is string => s !== null);
  if (series.length < 2 || new Set(series).size !== 1) return [];
  // Each visit's title its own label ("Part A", "Part B"): a label the visits share ("Section A – Summary
  // at the initial assessment", "Section A – Summary at the 12-month review") numbers sections within each visit.
  const labels = titles.map((t) => labelOf(blocks[t.index]!)?.[2]!.toLowerCase());
  if (new Set(labels).size !== labels.length) return [];
  const titled = new Set(titles.map((t) => t.index));
  return blocks.flatMap((block, index) =>
    !titled.has(index) && seriesOf(block) === series[0] && !labels.includes(labelOf(block)![2]!.toLowerCase()) && stageNamedBy(titleText(block)!) === null ? [index] : [],
  );
}
