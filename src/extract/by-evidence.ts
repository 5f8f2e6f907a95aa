/**
 * Any CSE report, read by what it holds rather than by whose template it follows: each
 * recogniser finds one kind of evidence anywhere in the document (score and totals tables,
 * element rating tables and matrices, elements listed under a rating, ratings and counts in
 * prose, labelled fields, the holder on the cover, stage titles), then each piece is placed in
 * the stage whose part of the document holds it. What a recogniser could not read is said in a
 * finding, never filled in.
 */
import { BOLD_TITLE_LEVEL, blockText, type Block, type Document, type TableRow } from '../document/model.js';
import { codesInText, leadingCode } from '../parse/codes.js';
import { parseRatingCell, ratingMentions } from '../parse/ratings.js';
import { statesRestCompliant } from '../parse/rest-compliant.js';
import { criteriaStatedMet } from '../parse/criterion-met.js';
import { criteriaLabelledNotAssessed, criteriaNotAssessed } from '../parse/unassessed-criteria.js';
import { tidy } from '../parse/text.js';
import type { CriterionTotals, ProseCount, Rating, Stage, StatedTotals } from '../schema/report.js';
import { assembleAssessment } from './assemble.js';
import { deriveCriteriaMet, deriveKeptRatings, deriveRestCompliant } from './derive.js';
import { statesRatingsKept, wholePositionIn } from '../parse/kept-ratings.js';
import { allText, captionAbove, documentTitle, titleText } from './blocks.js';
import { findAssessmentBody } from './body.js';
import { locationOf, type DraftReport, type FindingDraft } from './draft.js';
import { parseAssessorComments, type RatedElement } from './element-tables.js';
import { byCriterionFromProse, carriedOverInProse, keyStrengthsIn, proseCountsIn, recommendationIn, totalsFromProse } from './narrative.js';
import { previousVisitIn } from './previous-visit.js';
import { codeLedRatings } from './recognise/code-led-ratings.js';
import { ratedInElementSections } from './recognise/element-sections.js';
import { ratingRows } from './recognise/rating-rows.js';
import { actionPlanRatings } from './recognise/action-plan-ratings.js';
import { otherVisitColumn, stagedRatings, stagedScoreTables, visitColumns, visitTotalsColumns } from './recognise/staged-ratings.js';
import { totalsRows, type TotalsRow } from './recognise/totals-rows.js';
import { visitSchedule, type ScheduledVisit } from './recognise/visit-schedule.js';
import { headerOnly, readElementRatingTable, type ElementTableReading } from './recognise/element-ratings.js';
import { recogniseFields, type Field } from './recognise/fields.js';
import { assessorsInProse, letterDate, reportDateInProse, signOffDate, stageInProse, visitDateInProse } from './recognise/prose-facts.js';
import { inSectionForReference, restatesAnotherVisit } from './recognise/other-visit-tables.js';
import { illustratesRatings } from './recognise/example-tables.js';
import { isGridHeader, subCriterionGrid } from './recognise/sub-criterion-grid.js';
import { codeStrips } from './recognise/code-strips.js';
import { countsFullCompliance, scoreWithoutCompliance, totalsWithoutCompliance } from './full-compliance-counts.js';
import { fullComplianceIncludesPlus } from '../parse/full-compliance.js';
import { subCriterionNumberLists } from './recognise/sub-criterion-number-lists.js';
import { recordAsRow } from './recognise/record-tables.js';
import { isSubCriterionTitle, withSplitCodesJoined, withSubCriterionCodes, withSubCriterionRows } from './recognise/split-codes.js';
import { ratedInRunningText } from './recognise/prose-ratings.js';
import { listedElements } from './recognise/rated-lists.js';
import { ABOUT_ANOTHER, partClosers, stageTitles, type StageTitle } from './recognise/stage-scopes.js';
import { stageNamedBy } from '../parse/stages.js';
import { organisationFromTitle } from './recognise/title-organisation.js';
import { letterAddressee } from './recognise/letter-addressee.js';
import { criterionOfHeader, parseTotalsTable, readScoreTable, type ScoreTable } from './score-table.js';

interface Placed<T> {
  index: number;
  value: T;
  /** The stage the evidence itself names (a score table's stage column), which wins over the part of the document. */
  stage?: Stage;
  /** Titled as a revision of the report's results ("Revised summary of results", under an addendum): it supersedes the others. */
  revised?: boolean;
}

/** A title that says what follows revises what came before: "Revised summary of results:", "Addendum: factual accuracy check", "Erratum". */
const REVISION = /\b(?:revised|amended|corrected|re-?issued|addendum|errat(?:um|a)|corrigendum)\b/i;

/** Is the table at `index` titled as a revision, by its caption or by the heading of its part? */
function titledAsRevision(blocks: readonly Block[], index: number): boolean {
  const caption = captionAbove(blocks, index, 120);
  if (caption !== null && REVISION.test(caption)) return true;
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind === 'heading' && block.level < BOLD_TITLE_LEVEL) return REVISION.test(block.text);
  }
  return false;
}

/** Everything the recognisers found, each piece with the block that holds it. */
interface Evidence {
  scores: Placed<ScoreTable>[];
  totals: Placed<CriterionTotals>[];
  rated: RatedElement[];
  comments: Placed<Map<string, string>>[];
  /** Visits a schedule table lists, each with its stage. */
  schedule: ScheduledVisit[];
  /** Tables some recogniser read. */
  read: Set<number>;
  /** An earlier visit's ratings kept beside this visit's in an element table ("AR2 rating | Rating at this visit"). */
  besideThisVisit: (RatedElement & { stage: Stage })[];
}

/** Totals rows as evidence, each with the visit its column or row names. */
function placedTotals(rows: readonly TotalsRow[] | undefined, index: number): Placed<CriterionTotals>[] {
  return (rows ?? []).map(({ totals, stage }) => ({ index, value: totals, ...(stage ? { stage } : {}) }));
}

function recogniseTables(blocks: readonly Block[], notes: FindingDraft[], fullIncludesPlus: boolean, text: string): Evidence {
  const evidence: Evidence = { scores: [], totals: [], rated: [], comments: [], schedule: [], read: new Set(), besideThisVisit: [] };
  let previous: ElementTableReading | null = null;
  // A header row standing alone over tables of no header of their own (one per criterion, a title between).
  let visitHeader: TableRow | null = null;
  // A grid's header standing alone over the grid's pieces, one per criterion.
  let gridHeader: TableRow[] | null = null;
  /** A table a recogniser read whole: its ratings and what it could not read, placed at the table. */
  const readWhole = (reading: { rated: (RatedElement & { stage?: Stage })[]; notes: FindingDraft[] }, index: number) => {
    evidence.rated.push(...reading.rated.map((r) => ({ ...r, index })));
    notes.push(...reading.notes.map((n) => ({ ...n, index })));
    evidence.read.add(index);
  };
  blocks.forEach((block, index) => {
    // Only a short lead-in ("the following 4 additional elements") or a title inside the table (a criterion's
    // or a sub-criterion's name on a row merged across it) may stand between a table and its continuation.
    if ((block.kind === 'heading' && block.level < BOLD_TITLE_LEVEL && criterionOfHeader(block.text) === null && !isSubCriterionTitle(block.text)) || (block.kind !== 'table' && blockText(block).length > 200)) {
      previous = null;
      visitHeader = null;
      gridHeader = null;
    }
    if (block.kind !== 'table') return;
    if (restatesAnotherVisit(blocks, index) || illustratesRatings(blocks, index)) {
      evidence.read.add(index);
      return;
    }
    const staged = stagedScoreTables(block);
    if (staged) {
      evidence.scores.push(...staged.map(({ stage, table }) => ({ index, value: table, stage })));
      evidence.read.add(index);
      return;
    }
    const read = readScoreTable(block);
    const score = read && fullIncludesPlus && countsFullCompliance(block) ? scoreWithoutCompliance(read) : read;
    if (score) {
      evidence.scores.push({ index, value: score, ...(titledAsRevision(blocks, index) ? { revised: true } : {}) });
      evidence.read.add(index);
      return;
    }
    const byRating = ratingRows(block);
    if (byRating) {
      evidence.rated.push(...byRating.rated.map((r) => ({ ...r, index })));
      if (byRating.totals) evidence.totals.push({ index, value: byRating.totals, ...(titledAsRevision(blocks, index) ? { revised: true } : {}) });
      evidence.read.add(index);
      return;
    }
    const parsedTotals = parseTotalsTable(block);
    const totals = parsedTotals && fullIncludesPlus && countsFullCompliance(block) ? totalsWithoutCompliance(parsedTotals) : parsedTotals;
    if (totals) {
      evidence.totals.push({ index, value: totals, ...(titledAsRevision(blocks, index) ? { revised: true } : {}) });
      evidence.read.add(index);
      return;
    }
    // "Totals | AR1 | 2 | 52 | 3 | 0" over "Totals | AR2 | 3 | 53 | 1 | 0": each visit's totals.
    // Only in a table of totals alone: an element table's totals row is read with its elements.
    const perVisitTotals = block.rows.some((r) => leadingCode(r.cells[0] ?? '') !== null) ? undefined : totalsRows(block);
    if (perVisitTotals && perVisitTotals.length > 1 && perVisitTotals.every((t) => t.stage)) {
      evidence.totals.push(...placedTotals(perVisitTotals, index));
      evidence.read.add(index);
      return;
    }
    const byVisit = visitTotalsColumns(block);
    if (byVisit) {
      evidence.totals.push(...byVisit.map(({ stage, totals }) => ({ index, value: totals, stage })));
      evidence.read.add(index);
      return;
    }
    const visits = visitSchedule(block);
    if (visits) {
      evidence.schedule.push(...visits);
      evidence.read.add(index);
      return;
    }
    if (block.rows.length === 1 && visitColumns(block.rows[0]!.cells)) {
      visitHeader = block.rows[0]!;
      evidence.read.add(index);
      return;
    }
    const headed = visitHeader && visitHeader.cells.length === block.rows[0]!.cells.length && !visitColumns(block.rows[0]!.cells) ? { ...block, rows: [visitHeader, ...block.rows] } : block;
    const perVisit = stagedRatings(headed);
    if (perVisit) {
      evidence.rated.push(...perVisit.map((r) => ({ ...r, index })));
      evidence.totals.push(...placedTotals(totalsRows(block), index));
      evidence.read.add(index);
      return;
    }
    const strips = codeStrips(block);
    if (strips) return readWhole(strips, index);
    if (isGridHeader(block)) {
      gridHeader = block.rows;
      evidence.read.add(index);
      return;
    }
    const numberLists = subCriterionNumberLists(block);
    if (numberLists) return readWhole(numberLists, index);
    const underGridHeader = gridHeader !== null && gridHeader[0]!.cells.length === block.rows[0]!.cells.length;
    const grid = subCriterionGrid(underGridHeader ? { ...block, rows: [...gridHeader!, ...block.rows] } : block, underGridHeader);
    if (grid) {
      // A grid split by a criterion's title ("Criterion 2: …" set as a line of its own) carries on under its header.
      if (!underGridHeader && grid.header.length > 0) gridHeader = grid.header;
      evidence.rated.push(...grid.rated.map((r) => ({ ...r, index })));
      notes.push(...grid.notes.map((n) => ({ ...n, index })));
      evidence.read.add(index);
      return;
    }
    const header = headerOnly(block);
    if (header) {
      previous = header;
      evidence.read.add(index);
      return;
    }
    const tableNotes: FindingDraft[] = [];
    const elements = readElementRatingTable(recordAsRow(withSplitCodesJoined(withSubCriterionRows(blocks, index, withSubCriterionCodes(blocks, index, block)))), tableNotes, previous ?? undefined);
    previous = null;
    if (elements) {
      previous = elements;
      evidence.rated.push(...elements.rated.map((r) => ({ ...r, index })));
      evidence.besideThisVisit.push(...(otherVisitColumn(block) ?? []).map((r) => ({ ...r, index })));
      evidence.totals.push(...placedTotals(totalsRows(block, elements.columns?.matrix), index));
      notes.push(...tableNotes.map((n) => ({ ...n, location: n.location ?? locationOf(block.loc), index })));
      evidence.read.add(index);
      return;
    }
    const planned = actionPlanRatings(block, text);
    if (planned) {
      evidence.rated.push(...planned.map((r) => ({ ...r, index })));
      evidence.read.add(index);
      return;
    }
    const comments = parseAssessorComments(block, notes);
    if (comments) {
      evidence.comments.push({ index, value: comments });
      evidence.read.add(index);
    }
  });
  // A table of the assessor's comments may also be the list of a rating's elements ("Element | What the assessor recognised" under a count of them).
  const commentTables = new Set(evidence.comments.map((c) => c.index));
  const listed = listedElements(blocks, new Set([...evidence.read].filter((i) => !commentTables.has(i))));
  evidence.rated.push(...listed.rated);
  for (const i of listed.tables) evidence.read.add(i);
  evidence.rated.push(...codeLedRatings(blocks));
  evidence.rated.push(...ratedInElementSections(blocks));
  evidence.rated.push(...ratedInRunningText(blocks));
  return evidence;
}

/** A table that holds ratings or names criteria, which no recogniser could read. */
function looksLikeEvidence(block: Block): boolean {
  if (block.kind !== 'table') return false;
  const cells = block.rows.flatMap((r) => r.cells);
  const ratings = cells.filter((c) => c.length <= 40 && parseRatingCell(c) !== null).length;
  const criteria = (block.rows[0]?.cells ?? []).filter((c) => criterionOfHeader(c) !== null).length;
  return ratings >= 2 || criteria >= 3;
}

/** The stage each block reports on, and the stages the document has parts for. */
function placeStages(blocks: readonly Block[], fields: readonly Field[], evidence: Evidence): { stageAt: (index: number) => Stage | null; titles: StageTitle[]; multi: boolean; documentStage: { stage: Stage; words: string | null } } {
  const titles = stageTitles(blocks);
  const evidenceAt = [...evidence.scores.map((s) => s.index), ...evidence.totals.map((t) => t.index), ...evidence.rated.map((r) => r.index ?? -1)];
  const titleBefore = (index: number) => titles.filter((t) => t.index <= index).at(-1) ?? null;
  const stagesWithEvidence = new Set(evidenceAt.map((i) => titleBefore(i)?.named.stage).filter((s): s is Stage => s !== undefined));
  // Evidence that names its own stage (a column per visit, a schedule of visits) makes the document one of several stages.
  for (const r of [...evidence.rated, ...evidence.scores]) if (r.stage) stagesWithEvidence.add(r.stage);
  const multi = stagesWithEvidence.size >= 2;
  const field = fields.find((f): f is Field<'stage'> => f.kind === 'stage');
  const single = stagesWithEvidence.size === 1 ? titles.find((t) => t.named.stage === [...stagesWithEvidence][0]) : undefined;
  const cover = titles.find((t) => t.index < 15) ?? topTitleStage(blocks);
  const documentStage = ((): { stage: Stage; words: string | null } => {
    if (field) return { stage: field.value.stage, words: field.value.words };
    if (single) return { stage: single.named.stage, words: single.named.words };
    if (cover && cover.named.stage !== 'unknown') return { stage: cover.named.stage, words: cover.named.words };
    // Read from the whole text only when no field or title settles it; a title's unclear label stands if the text says no more.
    const prose = stageInProse(allText(blocks));
    return cover && prose === 'unknown' ? { stage: cover.named.stage, words: cover.named.words } : { stage: prose, words: null };
  })();
  // A part that merges the visits ("Part C – Position after both visits") is no visit's: its evidence is placed nowhere.
  const closers = multi ? partClosers(blocks, titles) : [];
  const closed = (index: number) => {
    const closer = closers.filter((c) => c <= index).at(-1);
    return closer !== undefined && closer > (titleBefore(index)?.index ?? -1);
  };
  const stageAt = (index: number): Stage | null => (multi ? (closed(index) ? null : (titleBefore(index)?.named.stage ?? documentStage.stage)) : documentStage.stage);
  return { stageAt, titles, multi, documentStage };
}

/** Every assessor the stage's fields name ("Lead assessor", "Co-assessor"), each once. */
function allAssessors(fields: readonly Field[], inStage: (index: number) => boolean): string[] | null {
  const names = [...new Set(fields.filter((f): f is Field<'assessors'> => f.kind === 'assessors' && inStage(f.index)).flatMap((f) => f.value))];
  return names.length > 0 ? names : null;
}

/** The stage the document's own title names ("Report on the Customer Service Excellence Reassessment of …"). */
function topTitleStage(blocks: readonly Block[]): StageTitle | undefined {
  const heading = blocks.findIndex((b) => b.kind === 'heading');
  // Or, where the document opens with a line of its own before any heading (plain text, Markdown with no "#"), that line.
  const candidates = [...(heading >= 0 && heading <= 3 ? [heading] : []), ...(heading !== 0 ? [0] : [])];
  for (const index of candidates) {
    const top = blocks[index]!;
    const text = top.kind === 'heading' ? top.text : titleText(top);
    if (!text || ABOUT_ANOTHER.test(text)) continue;
    const named = stageNamedBy(text);
    if (named) return { index, named, heading: top.kind === 'heading' };
  }
  return undefined;
}

function firstField<K extends Field['kind']>(fields: readonly Field[], kind: K, inStage: (index: number) => boolean): Field<K>['value'] | null {
  const field = fields.find((f) => f.kind === kind && inStage(f.index));
  return field ? (field.value as Field<K>['value']) : null;
}

function statedTotalsOf(blocks: readonly Block[], stated: readonly Placed<ScoreTable>[], statedTotals: readonly Placed<CriterionTotals>[], proseCounts: readonly ProseCount[]): StatedTotals {
  // A revised table (an addendum's) supersedes the report's first one.
  const revisedFirst = <T,>(placed: readonly Placed<T>[]) => [...placed.filter((p) => p.revised), ...placed.filter((p) => !p.revised)];
  const scores = revisedFirst(stated);
  const totals = revisedFirst(statedTotals);
  const score = scores.find((s) => s.value.byCriterion !== null) ?? scores[0];
  const withOverall = scores.find((s) => s.value.overall !== null);
  const table = totals[0];
  const overall = table ? { value: table.value, index: table.index } : withOverall ? { value: withOverall.value.overall!, index: withOverall.index } : null;
  // Beside a score table, prose states overall totals only where it gives the result ("44 compliant, 13 compliance
  // plus and 0 partial"), not where it mentions one count in passing ("only one partial compliance, in …").
  const fromProse = totalsFromProse(proseCounts);
  const prose = fromProse && (!score || Object.values(fromProse.totals).filter((n) => n !== null).length >= 2) ? fromProse : null;
  // A table's totals win; a count the table leaves out ("There were no non-compliant elements") is taken from the prose.
  const merged = overall && prose ? Object.fromEntries(Object.entries(overall.value).map(([k, v]) => [k, v ?? prose.totals[k as keyof CriterionTotals]])) as CriterionTotals : null;
  return {
    byCriterion: score?.value.byCriterion ?? byCriterionFromProse(proseCounts),
    overall: merged ?? overall?.value ?? prose?.totals ?? null,
    location: {
      byCriterion: score?.value.byCriterion ? locationOf(blocks[score.index]!.loc) : null,
      overall: overall ? locationOf(blocks[overall.index]!.loc) : (prose?.location ?? null),
    },
  };
}


/**
 * A document whose title says it is another kind ("Invitation to Tender …", "Self-assessment
 * template", "Action plan", "Improvement Plan 2017/18", "Customer Charter"): its counts and tables are someone else's results or blanks to fill.
 */
const OTHER_DOCUMENT = /\b(?:invitation\s+to\s+(?:tender|quote)|assessment\s+plan|visit\s+plan|plan\s+(?:for|of)\s+the\s+(?:assessment|visit)|joining\s+instructions|tender\s+(?:document|specification)|request\s+for\s+(?:quotations?|proposals?|tenders?)|specification\s+of\s+requirements?|terms\s+and\s+conditions|self[- ]assessment\s+(?:template|tool|workbook|form)|(?:improvement\s+)?action\s+plan|improvement\s+plan|(?:customer\s+)?charter|guidance\s+(?:notes?|for)|newsletter|job\s+description|framework\s+agreement|price\s+schedule)\b/i;

function titledAsOtherDocument(blocks: readonly Block[]): boolean {
  return OTHER_DOCUMENT.test(documentTitle(blocks) ?? '');
}

/**
 * "It is not an assessment report", "This document is not a report", "the certificate and schedule
 * are not the assessment report": a document that says what it is not.
 */
const SAYS_NOT_A_REPORT =
  /\b(?:it|this(?:\s+(?:document|plan|paper|letter|pack|certificate|schedule|presentation|workbook))?|(?:the|these)\s+(?:certificate|schedule|letter|pack|documents?)(?:\s+and\s+(?:the\s+)?(?:certificate|schedule|letter|pack))?)\s+(?:is|are)\s+not\s+(?:an?\s+|the\s+)?(?:(?:assessment|assessor'?s?|cse)\s+)?report\b(?!\s+(?:on|of|about|into|for|to)\b)/i;

/**
 * Does the document hold any CSE evidence at all? A document titled as another kind (a plan,
 * an invitation to quote, a charter) cites ratings in passing, often another visit's: only a
 * stated result (a score or totals table) makes it a report.
 */
function hasEvidence(evidence: Evidence, proseCounts: () => readonly ProseCount[], text: string, blocks: readonly Block[]): boolean {
  if (SAYS_NOT_A_REPORT.test(text)) return false;
  if (titledAsOtherDocument(blocks)) return evidence.scores.length > 0 || evidence.totals.length > 0;
  if (evidence.rated.length > 0) return true;
  if (evidence.scores.length > 0 || evidence.totals.length > 0) return true;
  return proseCounts().length > 0 && (/\bcustomer service excellence\b/i.test(text) || codesInText(text).length > 0);
}

/** "… was found compliant, and it remains so": the rating said, after it, to hold still. */
const STILL_SO = /^\s*,?\s*(?:and|which)\s+(?:it|they|this|that)?\s*(?:still\s+)?(?:remains?|is\s+still|are\s+still|still\s+is|still\s+are)\s+so\b/i;
/** Words that put the rating after them at this visit: "is still", "are now", "remains". */
const HOLDS_NOW = /\b(?:(?:is|are)\s+(?:still|now)|remains?)\s+(?:fully\s+)?$/i;

/** The lines of a block that may label a part of the document: its text, or each table row's distinct cells. */
function labelsOf(block: Block): string[] {
  if (block.kind !== 'table') return [blockText(block)];
  return block.rows.map((r) => [...new Set(r.cells.map((c) => c.trim()).filter((c) => c !== ''))].join(' '));
}

/** The draft record of any report, or null when the document holds no CSE evidence at all. */
export function extractByEvidence(document: Document): DraftReport | null {
  const { blocks } = document;
  const notes: (FindingDraft & { index?: number })[] = [];
  const text = allText(blocks);
  const fullIncludesPlus = fullComplianceIncludesPlus(text);
  const evidence = recogniseTables(blocks, notes, fullIncludesPlus, text);
  const fields = recogniseFields(blocks);
  if (!hasEvidence(evidence, () => proseCountsIn(blocks, undefined, fullIncludesPlus), text, blocks)) return null;

  const { stageAt, titles, multi, documentStage } = placeStages(blocks, fields, evidence);
  const stages: Stage[] = multi
    ? // In the order the document gives them: a reassessment may come before the next cycle's first review.
      [
        ...new Set([
          ...evidence.schedule.map((v) => v.stage),
          ...titles.filter((t) => t.heading || evidence.rated.some((r) => r.index !== undefined && stageAt(r.index) === t.named.stage)).map((t) => t.named.stage),
          ...[...evidence.scores, ...evidence.rated].flatMap((r) => (r.stage ? [r.stage] : [])),
        ]),
      ]
    : [documentStage.stage];
  const firstTitle = titles[0]?.index ?? blocks.length;

  const assessments = stages.map((stage) => {
    const inStage = (index: number) => stageAt(index) === stage && (multi ? index >= firstTitle || stage === documentStage.stage : true);
    const stageBlocks = blocks.filter((_, i) => inStage(i));
    const stageNotes: FindingDraft[] = notes.filter((n) => n.index === undefined || inStage(n.index)).map(({ index: _index, ...n }) => n);
    const comments = new Map<string, string>();
    for (const c of evidence.comments.filter((c) => inStage(c.index))) for (const [code, t] of c.value) if (!comments.has(code)) comments.set(code, t);
    const assessorsField = allAssessors(fields, inStage);
    const reportField = firstField(fields, 'reportDate', inStage);
    const visitField = firstField(fields, 'visitDate', inStage);
    const scheduled = evidence.schedule.find((v) => v.stage === stage);
    let text: string | undefined;
    const stageText = () => (text ??= allText(stageBlocks));
    const reportDate = reportField ?? scheduled?.reportDate ?? (multi ? null : (signOffDate(stageBlocks) ?? letterDate(stageBlocks) ?? reportDateInProse(stageText())));
    const visitDate = visitField ?? scheduled?.visitDate ?? (multi ? null : visitDateInProse(stageBlocks));
    // A sentence that names a year before the visit's ("In 2020 we had one partial compliance") is about an earlier visit.
    const year = Number((visitDate ?? reportDate ?? '').slice(0, 4)) || null;
    // Only a year before the rating counts: "…nine elements were rated compliance plus, three more than in 2021" is this visit's.
    const earlier = (sentence: string | undefined, rating: Rating) => {
      if (year === null || sentence === undefined) return false;
      const mentions = ratingMentions(sentence);
      // "The second 2016 partial … (3.2.2) is still partially met": a rating said to hold still, or now, is this visit's, whatever years come before.
      if (mentions.some((m) => m.rating === rating && (HOLDS_NOW.test(sentence.slice(0, m.index)) || STILL_SO.test(sentence.slice(m.index + m.text.length))))) return false;
      const upTo = mentions[0]?.index ?? sentence.length;
      return [...sentence.slice(0, upTo).matchAll(/\b(?:19|20)\d{2}\b/g)].some((m) => Number(m[0]) < year);
    };
    // Criteria the visit says it did not look at ("Criteria 1, 2, 3 and 5 were not reassessed"): their elements are not rated by it.
    const unassessed = multi ? criteriaNotAssessed(stageText()) : [];
    // A criterion labelled not assessed (the band over its rows, its heading): the ratings under it are an earlier visit's, carried.
    const labelled = criteriaLabelledNotAssessed(stageBlocks.flatMap(labelsOf));
    const assessedHere = (code: string) =>
      !unassessed.includes(Number(code[0])) && (!labelled.criteria.includes(Number(code[0])) || labelled.except.includes(code));
    const rated = evidence.rated
      .filter((r) => assessedHere(r.code))
      .filter((r) => (r.stage ? r.stage === stage : r.index === undefined || inStage(r.index)) && !earlier(r.sentence, r.rating))
      .map((r) => ({ ...r, justification: r.justification ?? comments.get(r.code) ?? null }));
    // The visit's ratings another part restates beside its own ("AR2 rating (Nov 2017)" in the reassessment's table): this visit's, where the document has a part for it.
    if (multi && titles.some((t) => t.named.stage === stage)) rated.push(...evidence.besideThisVisit.filter((r) => r.stage === stage && r.index !== undefined && !inStage(r.index)).map((r) => ({ ...r, justification: null })));
    const proseCounts = proseCountsIn(stageBlocks, stage, fullIncludesPlus).filter((c) => !earlier(c.text, c.rating));
    let assessment = assembleAssessment(
      {
        stage,
        reportDate,
        visitDate,
        documentReviewDate: firstField(fields, 'documentReviewDate', inStage),
        assessors: assessorsField ?? (scheduled?.assessors.length ? scheduled.assessors : null) ?? (multi ? [] : assessorsInProse(stageText())),
        statedTotals: statedTotalsOf(
          blocks,
          evidence.scores.filter((s) => (s.stage ? s.stage === stage : inStage(s.index))),
          evidence.totals.filter((t) => (t.stage ? t.stage === stage : inStage(t.index))),
          proseCounts,
        ),
        rated,
        recommendation: recommendationIn(stageBlocks),
        proseCounts,
        keyStrengths: keyStrengthsIn(stageBlocks),
        carriedOver: carriedOverInProse(stageBlocks).filter((c) => assessedHere(c.code)),
        previousVisit: multi ? null : previousVisitIn(stageBlocks, stage),
      },
      stageNotes,
    );
    // A sentence set in bold alone ("All other elements of the standard were assessed as compliant.") reads as a bold title.
    const statement = (b: Block) => b.kind !== 'table' && (b.kind !== 'heading' || (b.level >= BOLD_TITLE_LEVEL && /[.!]$/.test(b.text.trim())));
    const statements = stageBlocks.filter(statement).map(blockText).join('\n');
    if (statesRestCompliant(statements)) assessment = deriveRestCompliant(assessment);
    assessment = deriveCriteriaMet(assessment, criteriaStatedMet(statements).filter((s) => !earlier(s.sentence, 'compliance')));
    if (statesRatingsKept(statements)) {
      // The earlier visit's position, restated in a section for reference.
      const earlier = wholePositionIn(stageBlocks.filter((b, i) => statement(b) && inSectionForReference(stageBlocks, i)).map(blockText).join('\n'));
      if (earlier) assessment = deriveKeptRatings(assessment, earlier);
    }
    return { assessment, notes: stageNotes.map((n) => ({ ...n, stage: n.stage ?? stage })) };
  });

  const out: FindingDraft[] = assessments.flatMap((a) => a.notes);
  for (const [index, block] of blocks.entries()) {
    if (evidence.read.has(index) || !looksLikeEvidence(block)) continue;
    const first = block.kind === 'table' ? tidy(block.rows[0]?.cells.join(' | ') ?? '').slice(0, 80) : '';
    out.push({
      rule: 'incomplete-reading',
      message: `A table that holds ratings could not be read ("${first}"); what it states is not in the record. Check it by hand, or send the report to the cse maintainers.`,
      stage: stages.find((s) => s === stageAt(index)) ?? null,
      criterion: null,
      elements: [],
      location: locationOf(block.loc),
    });
  }
  if (documentStage.stage === 'unknown' && !multi) {
    out.push({
      rule: 'stage-unknown',
      message: documentStage.words
        ? `The report calls its visit "${documentStage.words}", a label that does not say which visit of the certification cycle it is; the stage is left unknown. Give it in an import manifest.`
        : 'The report does not say which visit of the certification cycle it is (initial assessment, first or second annual review, reassessment); the stage is left unknown.',
      stage: 'unknown',
      criterion: null,
      elements: [],
      location: null,
    });
  }
  const organisation = firstField(fields, 'organisation', () => true) ?? organisationFromTitle(blocks)?.name ?? letterAddressee(blocks)?.name ?? null;
  if (!organisation) {
    out.push({
      rule: 'organisation-not-named',
      severity: 'info',
      message: 'The report names no organisation in a field or on its cover; organisation is left empty. Give it in an import manifest.',
      stage: null,
      criterion: null,
      elements: [],
      location: locationOf(blocks[0]?.loc),
    });
  }
  return {
    template: 'other',
    organisation,
    assessmentBody: findAssessmentBody(text),
    assessments: assessments.map((a) => a.assessment),
    notes: out,
  };
}
