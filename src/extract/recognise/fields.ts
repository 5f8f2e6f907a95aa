/**
 * The facts of a visit a report states under a label, wherever it puts them: a key-information
 * table, "Label: value" lines, a bold label over its value, a list. A value is kept only when it
 * reads as what the label promises (a date, a person's name, a stage, an organisation that is not
 * the assessment body); anything else is left for the coverage check to report.
 */
import type { Block } from '../../document/model.js';
import { findDates, visitStart } from '../../parse/dates.js';
import { splitPersonNames } from '../../parse/names.js';
import { TITLE_ORGANISATION_NOUN, tidyOrganisationName } from '../../parse/organisation.js';
import { stageOfLabel, type StageNamed } from '../../parse/stages.js';
import { escapeRegExp, tidy, withoutEndRemark } from '../../parse/text.js';
import { ASSESSMENT_BODIES, isBodyName } from '../../standard/bodies.js';
import { FIELD_LABELS, type FieldKind } from '../../standard/field-labels.js';
import { labelledValues } from '../blocks.js';

/** A region, area or division of a body in brackets at the end of its name. */
const PART_OF_BODY = /\((?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Region|Area|Division|District|Branch|Command|Zone)\)\s*$/u;

export interface FieldValues {
  organisation?: string;
  assessors?: string[];
  reportDate?: string;
  visitDate?: string;
  documentReviewDate?: string;
  stage?: StageNamed;
}

export interface Field<K extends FieldKind = FieldKind> {
  kind: K;
  value: NonNullable<FieldValues[K]>;
  index: number;
}

/** A value that is only the word a holder's name ends with ("Council", "The Trust"). */
const BARE_NOUN = new RegExp(String.raw`^(?:the\s+)?${TITLE_ORGANISATION_NOUN}$`, 'i');

/** A value that gives the week of something, not its day. */
const A_WEEK = /^(?:w\/[ecb]|w\.[ecb]\.|(?:the\s+)?week\s+(?:ending|commencing|beginning|starting|of))(?![\w])/i;

function read(kind: FieldKind, raw: string): FieldValues[FieldKind] | null {
  const value = tidy(raw);
  if (!value) return null;
  switch (kind) {
    case 'organisation': {
      // "3. Information": a numbered section heading a broken table left under a cell that said "Organisation".
      if (/^(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s/.test(value)) return null;
      // "Brackenridge Homes (Housing Management, Repairs …)": the description in brackets is not the name.
      // The name as the field writes it ("Pennine Prisons Group – Visits and Family Services": a service holds the certificate).
      // But a bracket naming which part of it holds the certificate is the name's own: "(Northern Region)", "(North West Area)".
      const written = value.split(/\s+\|\s+/)[0]!;
      const name = tidyOrganisationName(PART_OF_BODY.test(written) ? written : withoutEndRemark(written));
      // "Council" alone, the tail of a name a broken table left under its label, names nobody.
      if (name && BARE_NOUN.test(name)) return null;
      return name && !isBodyName(name) && name.length <= 120 ? name : null;
    }
    case 'assessors': {
      const names = splitPersonNames(raw);
      return names.length > 0 ? names : null;
    }
    case 'stage':
      return stageOfLabel(value);
    case 'visitDate':
      return visitStart(value);
    default:
      // "w/e 23/08/19", "Week commencing 2 March": a week, whose day is not said.
      if (A_WEEK.test(value)) return null;
      return findDates(value)[0]?.iso ?? null;
  }
}

/** Every labelled fact the blocks state, in document order. */
/** A sign-off line with no colon: "Assessed by Margaret Ellison FCMI (lead assessor) and Dr Peter Harrop". */
const BY_LINE = /^(?:assessed|prepared|written|report(?:\s+prepared)?|reviewed)\s+by\s+(.+)$/i;

export function recogniseFields(blocks: readonly Block[]): Field[] {
  const fields: Field[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'paragraph') return;
    const by = BY_LINE.exec(tidy(block.text.split('\n')[0] ?? ''));
    const names = by ? splitPersonNames(by[1]!.replace(/[*_]/g, '')) : [];
    if (names.length > 0) fields.push({ kind: 'assessors', value: names, index });
  });
  const pairs = labelledValues(blocks);
  // A document's own header of metadata ("Title:", "Author:", "Date:", as MultiMarkdown and
  // Pandoc write it) dates the document with its bare "Date".
  const metadata = new Set(pairs.filter((p) => p.key === 'author').map((p) => p.index));
  for (const pair of pairs) {
    if (pair.key === 'date' && metadata.has(pair.index)) {
      const date = read('reportDate', pair.value);
      if (date) fields.push({ kind: 'reportDate', value: date, index: pair.index } as Field);
      continue;
    }
    // "Visit: AR1" is a stage, "Visit: 23 and 24 September 2020" a date: the first kind whose value reads.
    // "Lead Assessor (author)": a remark in brackets after a label is not part of it, unless the
    // label is known with it ("Stage 1 (document review)").
    const remarkless = withoutEndRemark(pair.key);
    const known = FIELD_LABELS.filter((f) => f.label.test(pair.key));
    for (const entry of known.length > 0 ? known : FIELD_LABELS.filter((f) => f.label.test(remarkless))) {
      const value = read(entry.kind, pair.value);
      if (value === null || value === undefined) continue;
      fields.push({ kind: entry.kind, value, index: pair.index } as Field);
      break;
    }
  }
  return withThreadDated(fields, pairs);
}

/** "Peter Quigley [mailto:peter.quigley@g4s.com]": a sender of an assessment body, by its name or its mail domain. */
const FROM_A_BODY = new RegExp(String.raw`\b(?:${ASSESSMENT_BODIES.flatMap((b) => b.aliases).map(escapeRegExp).join('|')})\b`, 'i');

/**
 * A thread of e-mails printed together has a "Sent:" line to each message. The report is the
 * message an assessment body sent (not the holder's forward of it, nor the question it answers):
 * its date is the report's where one such message is dated; else no "Sent:" line dates the report.
 */
function withThreadDated(fields: Field[], pairs: ReturnType<typeof labelledValues>): Field[] {
  let from = '';
  const sent: { index: number; date: string | null; byBody: boolean }[] = [];
  for (const pair of pairs) {
    if (pair.key === 'from') from = pair.value;
    if (pair.key === 'sent') sent.push({ index: pair.index, date: read('reportDate', pair.value) as string | null, byBody: FROM_A_BODY.test(from.replace(/[@.]/g, ' ')) });
  }
  if (new Set(sent.map((m) => m.date).filter((d) => d !== null)).size < 2) return fields;
  const body = new Set(sent.filter((m) => m.byBody && m.date !== null).map((m) => m.date));
  const sentAt = new Set(sent.map((m) => m.index));
  return fields.filter((f) => f.kind !== 'reportDate' || !sentAt.has(f.index) || (body.size === 1 && body.has(f.value as string)));
}
