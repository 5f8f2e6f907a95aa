/**
 * Facts of a visit stated in running text rather than under a label: "Our assessor, Helen Marsh,
 * …", "This year's assessment was our second annual review", "the assessor visited on 4 June
 * 2024", "In her report dated 18 June 2024". Sentences about another visit give nothing.
 */
import { blockText, type Block } from '../../document/model.js';
import { findDates, parseDate, parseDayMonth } from '../../parse/dates.js';
import { looksLikePersonName, PERSON_NAME_PATTERN, withoutTitles } from '../../parse/names.js';
import { OTHER_VISIT } from '../../parse/other-visit.js';
import { parseStage } from '../../parse/stages.js';
import { escapeRegExp, sentences, tidy } from '../../parse/text.js';
import type { Stage } from '../../schema/report.js';
import { ASSESSMENT_BODIES, isBodyName } from '../../standard/bodies.js';

const BODY_NAMES = ASSESSMENT_BODIES.flatMap((b) => b.aliases).map(escapeRegExp).join('|');

/** A name whose first word is written out ("Catherine Doyle", not "C. Doyle"): a signature's initial is not the assessor's name. */
const FULL_NAME_PATTERN = String.raw`(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*(?:[ \t]+(?:Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*)){1,2})`;

/** Words between "the" and "assessor": "our regular lead assessor", "the emqc assessor" (a body's name). */
const QUALIFIERS = String.raw`(?:(?:regular|lead|CSE|external|${BODY_NAMES})\s+)*`;

/** Each way running text names the assessor (the names in its groups). */
const ASSESSOR_PATTERNS = [
  new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he)\s+${QUALIFIERS}assessor,?\s+(?:was\s+)?${PERSON_NAME_PATTERN}`, 'gu'),
  new RegExp(String.raw`${PERSON_NAME_PATTERN}\s+(?:is|was)\s+[^.]{0,100}?\b(?:our|the)\s+${QUALIFIERS}assessor\b`, 'gu'),
  new RegExp(String.raw`${PERSON_NAME_PATTERN},\s+(?:our|the)\s+${QUALIFIERS}assessor\b`, 'gu'),
  // "It was carried out by Jane Holloway of the Centre for Assessment": a person of an assessment body.
  new RegExp(String.raw`\b(?:led|carried out|conducted|undertaken|assessed)\s+by\s+${PERSON_NAME_PATTERN}\s+(?:of|from)\s+(?:the\s+)?(?=${BODY_NAMES})`, 'gu'),
  // "It was led by SGS assessor Priya Ramanathan, with Daniel Osei": the lead, then who was with them.
  new RegExp(String.raw`\b(?:led|carried out|conducted|undertaken|assessed)\s+by\s+(?:[A-Z][\w&]*\s+){0,3}?(?:lead\s+)?assessors?\s+${PERSON_NAME_PATTERN}(?:,?\s+(?:with|and|supported by|assisted by)\s+${PERSON_NAME_PATTERN})?`, 'gu'),
  // A name and its role as one item of a line of people: "Josephine Larkworthy, Lead Assessor · Tomasz Wierzbicki, Assessor".
  new RegExp(String.raw`(?:^|[\n·•|;]|\band\s)[ \t]*${FULL_NAME_PATTERN},[ \t]+(?:(?:Lead|Principal|CSE|External|Co)[ \t-]*)?[Aa]ssessor\b(?=[ \t]*(?:$|[\n·•|;,(]))`, 'gu'),
  // A signature: the name, in full, on a line of its own, the role on the next ("Catherine Doyle / Lead Assessor, emqc").
  new RegExp(String.raw`(?:^|\n)[ \t]*${FULL_NAME_PATTERN}[ \t]*\n[ \t]*(?:(?:Lead|Principal|CSE|External|Co)[ \t-]*)?[Aa]ssessor\b`, 'gu'),
];

export function assessorsInProse(text: string): string[] {
  const names: string[] = [];
  // Every pattern names an assessor in words: a text that never says "assessor" names none.
  if (!/assessor/i.test(text)) return names;
  for (const re of ASSESSOR_PATTERNS) {
    for (const m of text.matchAll(re)) {
      for (const found of m.slice(1)) {
        if (!found) continue;
        const name = withoutTitles(found.trim());
        if (looksLikePersonName(name) && !isBodyName(name) && !names.includes(name)) names.push(name);
      }
    }
  }
  return names;
}

/** "This year's assessment was our second annual review", "This letter is the report of the reaccreditation assessment". */
export function stageInProse(text: string): Stage {
  for (const sentence of sentences(text)) {
    const m = /\b(?:(?:assessment|visit|review)\s+(?:was|is)\s+(?:our|the|a)|(?:this|the)\s+(?:letter|document|paper)\s+is\s+(?:the|our|my)\s+report\s+(?:of|on)\s+(?:the|your|this))\s+([^.;,]+)/i.exec(sentence);
    const stage = m ? parseStage(m[1]!) : null;
    if (stage) return stage;
  }
  // "The first annual surveillance visit under the new certificate took place on 3 and 4 February 2016."
  for (const sentence of sentences(text)) {
    const m = /^(?:\d+(?:\.\d+)*\s+)?(?:the|our|this(?:\s+year's)?)\s+(.{3,60}?)\s+(?:\w+\s+){0,5}?(?:took\s+place|was\s+(?:carried\s+out|held|conducted|undertaken))\b/i.exec(sentence);
    const stage = m && !OTHER_VISIT.test(sentence) ? parseStage(m[1]!) : null;
    if (stage) return stage;
  }
  return 'unknown';
}

// "Pre-visit evidence review: 1 March 2021" dates what came before the visit, not the visit.
const VISITED = /(?<!\bpre[-\s]?)\bvisit(ed|s)?\b|\bon[\s-]site\b|\bhost(?:ed|ing)\s+(?:the|our|your|its|their)\b|\bspent\s+\w+\s+days?\s+with\b|\b(?:assessment|review|reassessment)\s+(?:took\s+place|(?:was\s+)?(?:carried\s+out|held|conducted|undertaken))\b|\b(?:assessment|review|reassessment)\b[^.;]{0,80}?,\s+which\s+(?:took\s+place|was\s+(?:carried\s+out|held|conducted|undertaken))\b/i;
/** How far (characters) before and after the words that say a visit took place its date may stand. */
const NEAR_BEFORE = 40;
const NEAR_AFTER = 120;

export function visitDateInProse(blocks: readonly Block[]): string | null {
  let year: number | null = null;
  let sent: string | null = null;
  for (const block of blocks) {
    // An e-mail's or a letter's header dates it ("Sent: Monday, 4 November 2024"): the year of a
    // visit it gives by day and month, the year before where that day would come after the date.
    // The header's own lines are no sentences about the visit ("Date: 10 December 2015" over "Subject: … the AR2 visit").
    const dated = headerDate(block);
    if (dated) {
      [year, sent] = [Number(dated.slice(0, 4)), dated];
      continue;
    }
    // A table's rows are not sentences: "Type of visit … Document review completed 6 February 2012" is no visit date.
    if (block.kind === 'table') continue;
    const text = blockText(block);
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      const y = /\b(19|20)\d{2}\b/.exec(block.kind === 'heading' ? text : '');
      if (y) year = Number(y[0]);
    }
    for (const sentence of sentences(text)) {
      const said = VISITED.exec(sentence);
      if (!said || /\bnext\b|\bwill\b/i.test(sentence) || OTHER_VISIT.test(sentence)) continue;
      // The date the sentence gives the visit, near the words that say it: not "Date: 10 December 2015 Subject: … outcome of the AR2 visit".
      const full = findDates(sentence).find((d) => d.index + d.text.length >= said.index - NEAR_BEFORE && d.index <= said.index + said[0].length + NEAR_AFTER);
      if (full) return full.iso;
      if (year) {
        const partial = parseDayMonth(sentence, year);
        if (partial && sent && partial > sent) return parseDayMonth(sentence, year - 1);
        if (partial) return partial;
      }
    }
  }
  return null;
}

/** The date an e-mail's or a letter's header line ("Sent:", "Date:"), or a row of a header table, gives. */
function headerDate(block: Block): string | null {
  const lines = block.kind === 'table' ? block.rows.map((r) => r.cells.join(' ')) : block.kind === 'paragraph' ? block.text.split('\n') : [];
  for (const line of lines) {
    const m = /^(?:sent|date)\s*:?\s+(.+)$/i.exec(tidy(line));
    const date = m ? findDates(m[1]!)[0] : undefined;
    if (date) return date.iso;
  }
  return null;
}

export function reportDateInProse(text: string): string | null {
  const m = /\breport,?\s+(?:was\s+)?(?:dated|issued\s+on|issued|published\s+on|sent\s+on)\s+(.{6,30})|\bissued\s+(?:its|the|their|her|his)\s+(?:final\s+)?report\s+(?:on\s+)?(.{6,30})/i.exec(text);
  return m ? parseDate(m[1] ?? m[2]!) : null;
}

/**
 * The date of a report written as a letter: a line that is a date and nothing else, above the
 * letter's greeting ("1 October 2018" over "Our ref: …" over "Dear Ms Pritchard"). A letter is
 * dated on the day it is sent.
 */
export function letterDate(blocks: readonly Block[]): string | null {
  const greeting = blocks.findIndex((b) => b.kind === 'paragraph' && /^Dear\s+\S/.test(b.text.trim()));
  if (greeting < 0) return null;
  for (const block of blocks.slice(0, greeting)) {
    if (block.kind !== 'paragraph') continue;
    const line = tidy(block.text);
    const dates = findDates(line);
    if (dates.length === 1 && line.replace(dates[0]!.text, '').replace(/[\s,.]/g, '') === '') return dates[0]!.iso;
  }
  return null;
}

/** A line that signs a report by name and role: "Bethan Lloyd-Rees, Assessor, Centre for Assessment", "J. Smith, Lead Assessor". */
const SIGNATURE_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s*(?:(?:[Ll]ead|[Rr]egistered|CSE)\s+)*[Aa]ssessor\b/u;
/** A line that is a date and its label alone: "Date: 3 July 2017". */
const DATE_LINE = /^Date[d]?\s*:?\s+(.+)$/i;

/**
 * The date under a signature line ("Bethan Lloyd-Rees, Assessor, Centre for Assessment" over
 * "Date: 3 July 2017"), on the next line, in the same paragraph or the next.
 */
function signatureLineDate(blocks: readonly Block[]): string | null {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind !== 'paragraph') continue;
    const lines = block.text.split('\n').map(tidy);
    const signs = lines.findIndex((line) => SIGNATURE_LINE.test(line));
    if (signs < 0) continue;
    // The signature's own line may wrap ("… Centre for" / "Assessment"): the date is on one of the next two lines.
    const next = blocks[b + 1];
    const after = [...lines.slice(signs + 1, signs + 3), ...(next?.kind === 'paragraph' ? [tidy(next.text.split('\n')[0]!)] : [])];
    for (const line of after) {
      const date = DATE_LINE.exec(line);
      if (!date) continue;
      const found = findDates(date[1]!);
      return found.length === 1 && date[1]!.replace(found[0]!.text, '').replace(/[\s,.]/g, '') === '' ? found[0]!.iso : null;
    }
  }
  return null;
}

/** The date beside a signature: "Signed … Registered CSE Assessor … Date 24th February 2017". */
export function signOffDate(blocks: readonly Block[]): string | null {
  const signed = signatureLineDate(blocks);
  if (signed) return signed;
  for (const block of blocks) {
    // A sign-off table: "Signed | …", "Lead Assessor | …", "Date | 12th June 2017".
    if (block.kind === 'table' && block.rows.some((r) => /^\s*(?:signed|signature)\s*$/i.test(r.cells[0] ?? ''))) {
      const date = block.rows.find((r) => /^\s*date(?:\s+signed)?\s*$/i.test(r.cells[0] ?? ''));
      const iso = date ? parseDate(date.cells.slice(1).join(' ')) : null;
      if (iso) return iso;
    }
    if (block.kind !== 'paragraph' || !/\b(?:signed|signature|registered\s+(?:cse\s+)?assessor)\b/i.test(block.text)) continue;
    const m = /\bDate[d]?\b[:\s]*(.+)$/i.exec(tidy(block.text));
    if (m) return parseDate(m[1]!);
  }
  return null;
}
