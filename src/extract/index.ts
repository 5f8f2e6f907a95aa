/**
 * Document → draft record. A document in one of the three house styles cse knows well is read by
 * that family's extractor; any other, or one the family's extractor reads only in part, is read
 * by its evidence (by-evidence.ts), and the fuller reading is kept. `not-a-report` when the
 * document holds no CSE evidence at all, or says it is another kind of review of the holder's
 * arrangements (an internal audit, a self-assessment) that does not assess, or is correspondence
 * about an assessment (an appeal against a rating). Every record then says what it did not get (coverage).
 */
import type { Document } from '../document/model.js';
import { englishHalf } from './bilingual.js';
import { withFullNames } from './full-names.js';
import { withLegend } from './legend.js';
import { withoutPictureText } from './picture-text.js';
import { withCheckboxesRead } from './checkboxes.js';
import { withWrappedCodeRowsJoined } from './wrapped-code-rows.js';
import { withColumnGroupsStacked } from './column-groups.js';
import { withStackedRowsParted } from './stacked-rows.js';
import { withStandardCodeSpellings } from './code-spellings.js';
import { withLetteredElementsCoded } from './lettered-elements.js';
import { CseError } from '../errors.js';
import type { Template } from '../schema/report.js';
import { extractAssessmentServices } from './assessment-services.js';
import { extractByEvidence } from './by-evidence.js';
import { extractCentreForAssessment } from './centre-for-assessment.js';
import { classify } from './classify.js';
import { reviewOfArrangements } from './recognise/review-of-arrangements.js';
import { holderCorrespondence } from './recognise/holder-correspondence.js';
import { extractCommitteeSummary } from './committee-summary.js';
import { coverageFindings } from './coverage.js';
import { withLayoutTablesAsParagraphs } from './layout-tables.js';
import { withSpreadsheetGridsRead } from './spreadsheet-grid.js';
import { withDelimitedExportsRead } from './delimited-exports.js';
import type { DraftReport } from './draft.js';
import { allElementCodes } from '../standard/catalogue.js';

const FAMILIES: Record<Exclude<Template, 'other'>, (document: Document) => DraftReport> = {
  'centre-for-assessment': extractCentreForAssessment,
  'assessment-services': extractAssessmentServices,
  'committee-summary': extractCommitteeSummary,
};

/** How much of the standard a draft rates, over its completed stages. */
function ratedCount(draft: DraftReport): number {
  return draft.assessments.reduce((n, a) => n + a.elements.length, 0);
}

function contradictions(draft: DraftReport): number {
  return draft.notes.filter((n) => n.rule === 'element-rated-twice').length;
}

/** Does a draft rate every element of each completed stage (what coverage would otherwise report)? */
function isComplete(draft: DraftReport): boolean {
  const all = allElementCodes().length;
  return draft.assessments.every((a) => a.status !== 'completed' || a.elements.length >= all);
}

/**
 * What a document says it is, where that is not a report but quotes one (its counts and codes an
 * assessor's, second-hand): another kind of review of the holder's arrangements, or correspondence
 * about an assessment (an appeal, a complaint). Null for any other document.
 */
function saysItIsAnotherKind(blocks: Document['blocks']): { what: string; sentence: string } | null {
  const review = reviewOfArrangements(blocks);
  if (review) return { what: `${/^[aeiou]/.test(review.kind) ? 'an' : 'a'} ${review.kind} of the holder's arrangements`, sentence: review.disclaimer };
  const letter = holderCorrespondence(blocks);
  return letter ? { what: 'correspondence about an assessment', sentence: letter.sentence } : null;
}

function draftOf(document: Document, path: string): DraftReport {
  const other = saysItIsAnotherKind(document.blocks);
  if (other) {
    throw new CseError(
      'not-a-report',
      path,
      `${path} reads fine but is not a Customer Service Excellence assessment report: it is ${other.what}, and says so ("${other.sentence.slice(0, 160)}"). The ratings it quotes are from an assessor's report: read that report instead.`,
    );
  }
  const { template, evidence } = classify(document);
  const family = template && template !== 'other' ? FAMILIES[template](document) : null;
  if (family && isComplete(family)) return family;
  const general = extractByEvidence(document);
  if (family && (!general || general.assessments.length < family.assessments.length || ratedCount(general) < ratedCount(family))) return family;
  // As complete either way: the reading that does not contradict itself (a family's extractor
  // reading another layout rates elements twice).
  if (family && general && ratedCount(general) === ratedCount(family) && contradictions(general) >= contradictions(family)) return family;
  if (general) return general;
  throw new CseError(
    'not-a-report',
    path,
    `${path} reads fine but is not a Customer Service Excellence assessment report: it has ${evidence.join(' and ')}. If it is a report, its layout is one cse does not know yet: please send it to the cse maintainers.`,
  );
}

/**
 * An element the report rates twice, differently, in one stage has no rating in the record: which
 * the assessor meant cannot be told (a table's "Partial" and a later "is now rated Compliance"),
 * and a rating kept by its place in the document may be the wrong one. element-rated-twice says
 * so, and coverage counts the element as not read.
 */
function withoutConflicts(draft: DraftReport): DraftReport {
  const conflicts = draft.notes.filter((n) => n.rule === 'element-rated-twice');
  if (conflicts.length === 0) return draft;
  const conflicted = (stage: string, code: string) => conflicts.some((n) => n.stage === stage && n.elements.includes(code));
  return { ...draft, assessments: draft.assessments.map((a) => ({ ...a, elements: a.elements.filter((e) => !conflicted(a.stage, e.code)) })) };
}

/**
 * What the document's own conventions say, made plain before any recogniser reads it, in this
 * order: its English half, picture descriptions dropped, data exports and spreadsheet grids read
 * as tables, codes spelt the standard's way, lettered elements coded, wrapped rows of codes
 * joined, groups of columns side by side stacked, rows of several elements parted, ticked boxes
 * and a key's marks read as ratings.
 */
const PLAIN_DOCUMENT: readonly ((document: Document) => Document)[] = [
  englishHalf,
  withoutPictureText,
  withDelimitedExportsRead,
  withSpreadsheetGridsRead,
  withStandardCodeSpellings,
  withLetteredElementsCoded,
  withWrappedCodeRowsJoined,
  withColumnGroupsStacked,
  withStackedRowsParted,
  withCheckboxesRead,
  withLegend,
];

export function extractDraft(document: Document, path: string): DraftReport {
  const english = PLAIN_DOCUMENT.reduce((d, step) => step(d), document);
  const draft = withFullNames(withoutConflicts(draftOf(withLayoutTablesAsParagraphs(english), path)), english);
  return { ...draft, notes: [...draft.notes, ...coverageFindings(draft)] };
}
