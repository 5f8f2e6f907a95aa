/**
 * A section per element, its rating on a labelled line of its own below the element's title and
 * the assessor's paragraphs: "Element 1.1.1 – Characteristics of customer groups" over the
 * standard's statement, "Evidence: …" and "Judgement: Compliance" (or "Rating:", "Outcome:",
 * "Assessment outcome:", an outliner's property "outcome:: Compliance"). The label must stand at
 * the start of its line and the rating right after it, and the section ends at the next element's
 * title, a heading or a table: a rating word in the evidence is not one. A section with two
 * labelled ratings that differ rates nothing.
 *
 * A report that writes no code may title each section by the element's requirement in the
 * standard's words instead ("We have an in-depth understanding of the characteristics of our
 * current and potential customer groups …" in bold, then the findings): a paragraph, heading or
 * list item that is one statement, whole (elementOfStatement: nearly all its words and nearly all
 * the statement's), titles that element as its code would.
 */
import { blockText, type Block, type SourceLocation } from '../../document/model.js';
import { splitLeadingCode } from '../../parse/codes.js';
import { parseRatingCell, ratingMentions } from '../../parse/ratings.js';
import { restatesStandard } from '../../parse/restates-standard.js';
import { elementOfStatement } from '../../parse/statement-match.js';
import { tidy } from '../../parse/text.js';
import type { Rating } from '../../schema/report.js';
import type { RatedElement } from '../element-tables.js';
import { codeLedRating } from './code-led-ratings.js';

/** "Judgement: Compliance", "Overall rating – Partial Compliance", "Assessor's judgement: C+": a label that rates the section's element. */
const RATING_LINE = /^(?:(?:the\s+)?(?:assessor(?:'s|’s|s')?|overall|final|element|our|assessment)\s+)?(?:judge?ment|rating|grade|grading|outcome|result|assessment|conclusion|decision|compliance\s+level|level\s+of\s+compliance)\s*(?:::|[:=–—-])\s*(.+)$/i;
/** A title's words after its code: a few words, not a sentence. */
const SHORT_TITLE = /^[^.;:]{0,90}$/;

/** The element a line titles ("Element 1.1.1 – Characteristics of customer groups", "1.1.1 Customer insight"), or null. */
function titledElement(text: string): string | null {
  const line = tidy(text);
  if (line.includes('\n') || codeLedRating(line)) return null;
  const opening = splitLeadingCode(line);
  if (!opening) return null;
  const title = opening.rest.replace(/^[\s–—:.-]+/, '');
  return SHORT_TITLE.test(title) || restatesStandard(opening.code, title) ? opening.code : null;
}

/**
 * The element whose statement a text is, and the lines after it: the whole text, or its first
 * lines when a labelled rating follows them in the same paragraph or item ("We set challenging
 * and stretching targets …" / "outcome:: Partial Compliance").
 */
function statementTitled(text: string): { code: string; rest: string[] } | null {
  const all = text.split('\n').map(tidy);
  const whole = elementOfStatement(all.join(' '));
  if (whole) return { code: whole, rest: [] };
  const rated = all.findIndex((line, i) => i > 0 && labelledRating(line) !== null);
  if (rated < 0) return null;
  const code = elementOfStatement(all.slice(0, rated).join(' '));
  return code ? { code, rest: all.slice(rated) } : null;
}

/** The rating a labelled line gives ("Judgement: Partial Compliance."), or null. */
function labelledRating(line: string): Rating | null {
  const m = RATING_LINE.exec(tidy(line));
  if (!m) return null;
  const value = m[1]!.trim();
  const first = ratingMentions(value)[0];
  if (first && first.index === 0) {
    // Only the rating, or the rating and a reason after a stop: not "Compliance Plus in part, Compliance elsewhere".
    const after = value.slice(first.text.length);
    return /^\s*(?:$|[.;]|[–—-]\s)/.test(after) ? first.rating : null;
  }
  return parseRatingCell(value.split(/[.;]\s|\s[–—-]\s/)[0]!);
}

/** The lines of the blocks that may hold a section's rating: a paragraph's lines (a PDF may join them), a heading. */
function lines(block: Block): string[] {
  return block.kind === 'table' ? [] : blockText(block).split('\n');
}

/** Every element rated by a labelled line in its own section. */
export function ratedInElementSections(blocks: readonly Block[]): RatedElement[] {
  const rated: RatedElement[] = [];
  let current: { code: string; start: number; ratings: { rating: Rating; loc: SourceLocation }[]; reason: string[] } | null = null;
  const close = () => {
    if (current && current.ratings.length > 0 && new Set(current.ratings.map((r) => r.rating)).size === 1) {
      const { rating, loc } = current.ratings[0]!;
      const reasoned = rating === 'compliance-plus' || rating === 'partial-compliance';
      rated.push({ code: current.code, rating, justification: reasoned ? tidy(current.reason.join(' ')) || null : null, loc, index: current.start });
    }
    current = null;
  };
  const read = (texts: readonly string[], loc: SourceLocation) => {
    if (!current) return;
    for (const line of texts) {
      const rating = labelledRating(line);
      if (rating) current.ratings.push({ rating, loc });
      // The reason is what stands between the title and the rating: a sub-criterion's title after it is not.
      else if (current.ratings.length === 0 && !restatesStandard(current.code, line)) current.reason.push(line.replace(/^(?:evidence|findings?|comments?)\s*:\s*/i, ''));
    }
  };
  const open = (code: string, index: number) => {
    // The statement under its own code's title ("Element 1.1.1 – …" over the requirement) goes on with that section.
    if (current?.code === code) return;
    close();
    current = { code, start: index, ratings: [], reason: [] };
  };
  blocks.forEach((block, index) => {
    if (block.kind === 'list') {
      // Each item of an outline may be a statement that titles its element, its rating in the item or after it.
      for (const item of block.items) {
        const titled = statementTitled(item);
        if (titled) open(titled.code, index);
        read(titled ? titled.rest : item.split('\n'), block.loc);
      }
      return;
    }
    const code = block.kind === 'table' ? null : titledElement(blockText(block));
    const titled = code || block.kind === 'table' ? null : statementTitled(blockText(block));
    if (code ?? titled) {
      open((code ?? titled!.code), index);
      if (titled) read(titled.rest, block.loc);
      return;
    }
    if (!current) return;
    // A heading that titles no element, or a table, ends the section: "Criterion 2", "6. Conclusion".
    if (block.kind === 'table' || (block.kind === 'heading' && labelledRating(block.text) === null)) {
      close();
      return;
    }
    read(lines(block), block.loc);
  });
  close();
  return rated;
}
