/**
 * What a report's narrative says beyond its tables, for the rules that compare the two: the
 * recommendation, counts stated in prose, elements praised as strengths, elements said to keep
 * their rating. Shared by every template's extractor; each passes the blocks of one stage.
 */
import { allElementCodes } from '../standard/catalogue.js';
import { BOLD_TITLE_LEVEL, type Block, placedItems, type SourceLocation } from '../document/model.js';
import { codesInText } from '../parse/codes.js';
import { countsInProse, criterionNamed } from '../parse/counts.js';
import { labelCountRun } from '../parse/label-count-runs.js';
import { fullComplianceIncludesPlus, namesFullCompliance } from '../parse/full-compliance.js';
import { ratingMentions } from '../parse/ratings.js';
import { remainingInProse } from '../parse/prose-ratings.js';
import { recommendedOutcome } from '../parse/recommendation.js';
import { sentences, tidy } from '../parse/text.js';
import type { CarriedOver, CitedElement, CriterionTotals, ProseCount, Recommendation, Stage, StatedTotals } from '../schema/report.js';
import { criterionOfHeader, emptyTotals, RATING_KEY } from './score-table.js';
import { parseStage } from '../parse/stages.js';
import { locationOf } from './draft.js';
import { inSectionForReference } from './recognise/other-visit-tables.js';
import { allText } from './blocks.js';

interface Passage {
  text: string;
  loc: SourceLocation;
}

/** A line set in bold whose label a dash parts from counts: a criterion's summary box, "Criterion 3 – 1 C+, 11 C". */
function countsAfterDash(block: Extract<Block, { kind: 'heading' }>): boolean {
  return block.level >= BOLD_TITLE_LEVEL && /^[^–—:]{2,40}\s[–—-]\s+\d/.test(block.text);
}

/** The most rows a strip of chips (a web page's filter chips, read by a PDF's reader as a table) is read in. */
const CHIP_STRIP_ROWS = 3;

/**
 * A row of chips a PDF's reader made a table of ("All 57 | Compliance Plus 4 | Compliance 51 | …"),
 * its cells joined as the one line of counts they are; a small table's other rows are not narrative.
 */
function chipRows(block: Extract<Block, { kind: 'table' }>): Passage[] {
  if (block.rows.length > CHIP_STRIP_ROWS) return [];
  return block.rows.flatMap((row) => {
    const text = row.cells.map((c) => tidy(c)).filter((c) => c !== '').join(' | ');
    return labelCountRun(text) ? [{ text, loc: row.loc }] : [];
  });
}

/**
 * Running text: paragraphs and list items, each where it starts, a line set as a title that is
 * labelled ("**Summary: 6 CP | 50 C | 1 PC**") or a count box set in bold ("Criterion 3 – 1 C+, 11 C"),
 * and a strip of chips set as a table; other headings and tables are not narrative.
 */
function narrative(blocks: readonly Block[]): Passage[] {
  return blocks.flatMap((block): Passage[] => {
    if (block.kind === 'paragraph' || (block.kind === 'heading' && (/^[^:]{2,40}:\s+\S/.test(block.text) || countsAfterDash(block)))) return [{ text: block.text, loc: block.loc }];
    if (block.kind === 'list') return placedItems(block);
    if (block.kind === 'table') return chipRows(block);
    return [];
  });
}

/** The first sentence that recommends an outcome. */
export function recommendationIn(blocks: readonly Block[]): Recommendation | null {
  for (const { text, loc } of narrative(blocks)) {
    for (const sentence of sentences(text)) {
      const outcome = recommendedOutcome(sentence);
      if (outcome) return { outcome, text: tidy(sentence), location: locationOf(loc) };
    }
  }
  return null;
}

/**
 * The overall counts prose states: the first count of each rating for the whole standard; a later
 * sentence that gives another number is kept in proseCounts, where prose-counts-agree reports it.
 */
export function totalsFromProse(counts: readonly ProseCount[]): { totals: CriterionTotals; location: ProseCount['location'] } | null {
  const totals = emptyTotals();
  let first: ProseCount | null = null;
  for (const prose of counts) {
    const key = RATING_KEY[prose.rating];
    if (prose.criterion !== null || totals[key] !== null) continue;
    totals[key] = prose.count;
    first ??= prose;
  }
  return first ? { totals, location: first.location } : null;
}

/** Where a sentence turns to what it compares with: "…, against 2 out of 57 at the 2008 initial assessment". */
const COMPARED_WITH = /[,;(]?\s*\b(?:against|compared\s+(?:with|to)|up\s+from|down\s+from|versus|vs\.?|as\s+opposed\s+to)\b/i;

/**
 * The stage a sentence's counts are of, where it names one. A stage named only in what the
 * counts are compared with, after every rating the sentence names ("Compliance Plus was awarded
 * for 4 out of 57 elements, against 2 out of 57 at the 2008 initial assessment"), is not theirs.
 */
function stageCounted(sentence: string): Stage | null {
  const turn = COMPARED_WITH.exec(sentence);
  const counted = turn && ratingMentions(sentence.slice(turn.index)).length === 0 ? sentence.slice(0, turn.index) : sentence;
  return parseStage(counted);
}

/**
 * Counts the narrative states for a stage. Given the stage, a sentence that names another stage
 * ("At the Year 1 review in July 2017 the Trust was awarded nine Compliance Plus…" in a Year 2
 * paper) counts for that visit, not this one, and is left out.
 */
export function proseCountsIn(blocks: readonly Block[], stage?: Stage, fullIncludesPlus = fullComplianceIncludesPlus(allText(blocks))): ProseCount[] {
  return blocks.flatMap((block, index) => {
    if (inSectionForReference(blocks, index)) return [];
    const boxed = boxedCriterion(blocks, index);
    return narrative([block]).flatMap(({ text, loc }) =>
      countsInProse(text)
        .filter(({ sentence }) => !stage || stage === 'unknown' || (stageCounted(sentence) ?? stage) === stage)
        // "Full compliance with 54 of the 57" where full compliance includes the compliance plus: no compliance count.
        .filter(({ rating, words }) => !(fullIncludesPlus && rating === 'compliance' && words !== undefined && namesFullCompliance(words)))
        .map(({ rating, count, criterion, sentence }) => ({ rating, count, criterion: criterion ?? boxed, text: tidy(sentence), location: locationOf(loc) })),
    );
  });
}

/** A box's lines, each a rating and its count ("Compliant Plus: 1 (1.2.1)", "Non-Compliant: 0"). */
const BOX_LINE = /^[^:\d]{1,40}:\s*\d{1,2}\b(?:\s*\([^()]*\))?\.?$/;

/**
 * The criterion a box of counts is under: "rating: count" lines (one paragraph, or a paragraph a
 * line as a PDF may set them, two lines at least) right after one or two short blocks that name
 * one criterion ("Criterion 1" over "Customer Insight"). Null otherwise.
 */
function boxedCriterion(blocks: readonly Block[], index: number): number | null {
  const boxLines = (b: Block | undefined) => {
    if (b?.kind !== 'paragraph') return 0;
    const lines = b.text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    return lines.length > 0 && lines.every((l) => BOX_LINE.test(l)) ? lines.length : 0;
  };
  if (boxLines(blocks[index]) === 0) return null;
  let start = index;
  while (start > 0 && boxLines(blocks[start - 1]) > 0) start -= 1;
  let end = index + 1;
  while (boxLines(blocks[end]) > 0) end += 1;
  if (blocks.slice(start, end).reduce((n, b) => n + boxLines(b), 0) < 2) return null;
  const title = (b: Block | undefined) => ((b?.kind === 'paragraph' || b?.kind === 'heading') && b.text.length <= 80 ? b.text : null);
  const last = title(blocks[start - 1]);
  if (last === null) return null;
  const above = title(blocks[start - 2]);
  for (const text of above === null ? [last] : [last, `${above}\n${last}`]) {
    const named = criterionNamed(text);
    if (named !== null) return named;
    const titled = text.split('\n').map(criterionOfHeader).filter((c): c is number => c !== null);
    if (new Set(titled).size === 1) return titled[0]!;
  }
  return null;
}

/** Per-criterion totals from prose that gives all four counts of a criterion (its box), or null. */
export function byCriterionFromProse(counts: readonly ProseCount[]): ByCriterion | null {
  const by: ByCriterion = {};
  for (const c of counts) {
    if (c.criterion === null) continue;
    const totals = (by[String(c.criterion) as keyof ByCriterion] ??= emptyTotals());
    totals[RATING_KEY[c.rating]] ??= c.count;
  }
  // A criterion's counts stand when all four are stated, or when those stated account for every
  // element of it ("C1: 11 elements – 10 Compliant, 1 Partially Compliant"); a count in passing does not.
  for (const [k, totals] of Object.entries(by)) {
    const stated = Object.values(totals).filter((v): v is number => v !== null);
    const whole = allElementCodes().filter((code) => code.startsWith(`${k}.`)).length;
    if (stated.length < 4 && stated.reduce((a, b) => a + b, 0) !== whole) delete by[k as keyof ByCriterion];
  }
  return Object.keys(by).length > 0 ? by : null;
}

type ByCriterion = NonNullable<StatedTotals['byCriterion']>;

const STRENGTHS_HEADING = /\bstrengths?\b/i;
const KEY_STRENGTH = /\bkey\s+strengths?\b/i;

/** Elements cited under a "Strengths" heading (until the next heading of its level or above), or in a sentence calling them key strengths. */
export function keyStrengthsIn(blocks: readonly Block[]): CitedElement[] {
  const cited: CitedElement[] = [];
  const add = (codes: string[], loc: SourceLocation) => {
    for (const code of codes) if (!cited.some((c) => c.code === code)) cited.push({ code, location: locationOf(loc) });
  };
  let strengthsLevel: number | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (strengthsLevel !== null && block.level <= strengthsLevel) strengthsLevel = null;
      if (STRENGTHS_HEADING.test(block.text)) strengthsLevel = block.level;
      continue;
    }
    for (const { text, loc } of narrative([block])) {
      if (strengthsLevel !== null) add(codesInText(text), loc);
      else for (const sentence of sentences(text)) if (KEY_STRENGTH.test(sentence)) add(codesInText(sentence), loc);
    }
  }
  return cited;
}

export function carriedOverInProse(blocks: readonly Block[]): CarriedOver[] {
  return narrative(blocks).flatMap(({ text, loc }) => remainingInProse(text).map(({ code, rating }) => ({ code, rating, location: locationOf(loc) })));
}
