/**
 * The holder named by a report's cover or title where no field names it: "KESTREL VALLEY
 * HOUSING ASSOCIATION" over a committee paper, "Barnfield City Council – Customer Service
 * Excellence Assessment Report" on a cover. Only the first title lines are read, before the
 * report's body begins; a line that is a section heading ("5.5 Criterion 5 – Timeliness…"), names
 * the standard or the report itself, or names an assessment body, is not the holder.
 */
import { blockText, type Block } from '../../document/model.js';
import { ORGANISATION_NOUN, TITLE_ORGANISATION_NOUN, tidyOrganisationName } from '../../parse/organisation.js';
import { tidy, withoutEndRemark } from '../../parse/text.js';
import { isBodyName } from '../../standard/bodies.js';
import { titleText } from '../blocks.js';
import { criterionOfHeader } from '../score-table.js';

/** Title lines read at the top of a document, before its body. */
const COVER_BLOCKS = 15;
/** A name ends with its noun ("Barnfield City Council"), or starts with it ("University of Northbridge"). */
const nameWith = (noun: string) => new RegExp(String.raw`\b${noun}$|^(?:the\s+)?${noun}\s+(?:of|for)\b`, 'i');
const NAME_END = nameWith(TITLE_ORGANISATION_NOUN);
const HOLDER_END = nameWith(ORGANISATION_NOUN);
const NOT_HOLDER = /\b(?:customer service excellence|cse|assessment report|report|standard|re-?assessment|re-?certification|surveillance|criteri(?:on|a)|elements?|compliance|contents|section|appendix|summary|introduction|assessor|assessment|review|recommendations?|purpose|background|agenda|item|page)\b/i;

/** The holder's label at the start of a line that lost its colon ("Organisation assessed Redbrook and Vale Police"). */
const UNCOLONED_LABEL = /^(?:[Nn]ame of (?:the )?organi[sz]ation|[Oo]rgani[sz]ation(?: name| assessed)?|[Cc]lient(?: name| organi[sz]ation)?|[Cc]ertificate holder)\s+(?=\p{Lu})/u;

/** A line that says it names an assessment body. */
const BODY_LINE = /\b(?:assessment|certification|certifying|accreditation|licensed)\s+(?:body|bodies|organisation|provider)\b|\blicensed\s+(?:by|to)\b/i;

/** The parts of a title line a separator splits: "Barnfield City Council – CSE Report" gives two. */
function partsOf(line: string): string[] {
  return line.split(/\s+[–—|:-]\s+|\s*[|:]\s+|\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * The holder on the cover: a name ending in a holder's word (Council, Trust, Authority…) first,
 * then one ending in a company's (Ltd, Group…), since a cover may also carry the assessing
 * company's own name ("Meridian Service Standards Ltd") above the holder's.
 */
/**
 * A title part and its tails from each capitalised word on, longest first: the holder may close a
 * longer title ("Report on the CSE Reassessment of Fernvale District Council").
 */
function tails(part: string): string[] {
  const words = part.split(/\s+/);
  const out = [part];
  // The holder before the report's own words, where a title's line break was lost ("Lowther Leisure Trust Combined report").
  const reportWords = words.findIndex((w, i) => i >= 2 && REPORT_WORDS.test(words.slice(i).join(' ')));
  if (reportWords > 0) out.push(words.slice(0, reportWords).join(' '));
  // Only after a joining word ("… Reassessment of Fernvale District Council"): never the tail of a name ("Services Ltd").
  // Or after the report's own words, where the title lost its separator ("Reassessment Report Eastmere Fire and Rescue Service", "Assessment Record Penhallow National Park Authority").
  for (let i = 1; i < words.length; i++) if (/^[A-Z]/.test(words[i]!) && /^(?:of|for|on|to|at|by|in|report|record|letter)$/i.test(words[i - 1]!)) out.push(words.slice(i).join(' '));
  return out;
}

/** What a title calls the report, after the holder's name: "Combined report", "Cumulative Assessment Record", "Annual Review Report", "Customer Service Excellence Assessment", or the standard's name closing the title's part ("Kilnsea Harbour Commissioners Customer Service Excellence: …"). */
const REPORT_WORDS = /^(?:(?:combined|cumulative|final|draft|interim|annual|assessment|re-?assessment|review|surveillance|certification|customer service excellence|cse)\s+)+(?:report|assessment|review|record)\b|^(?:customer service excellence|cse)$/i;

/** Sentences, not a title: a long paragraph ending as a sentence ends. */
const isProse = (text: string) => text.length >= PROSE_LENGTH && /[.!?]["”’)]?$/.test(text.trim());
const PROSE_LENGTH = 100;

/** A unit of an organisation, named as one: "Revenues and Benefits Service", "Student and Academic Services", "Adult Social Care Contact Centre". */
const UNIT_NAME = /^(?:[A-Z][\p{L}'’-]*|and|of|for|the|&)(?:\s+(?:[A-Z][\p{L}'’-]*|and|of|for|the|&))*\s+(?:Services?|Department|Directorate|Division|Unit|Team|(?:Contact|Call|Customer|Advice|Service|Visitor|Information)\s+Centre)$/u;

/** A title line naming a holder and, after a dash, the unit of it the report is about; null otherwise. */
function holderWithUnit(line: string, nameEnd: RegExp): string | null {
  const parts = line.split(/\s+[–—-]\s+/).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const [holder, unit] = parts as [string, string];
  if (!nameEnd.test(holder) || NOT_HOLDER.test(holder.replace(nameEnd, '')) || isBodyName(holder)) return null;
  // A criterion's title ("Timeliness and Quality of Service") reads like a unit, and is none.
  if (!UNIT_NAME.test(unit) || NOT_HOLDER.test(unit.replace(/\s+\S+$/, '')) || /customer service/i.test(unit) || criterionOfHeader(unit) !== null) return null;
  const name = tidyOrganisationName(`${holder} – ${unit}`);
  return name && holder.split(/\s+/).length >= 2 ? name : null;
}

/** The subject line of an e-mail or a letter. */
const SUBJECT_LINE = /^(?:subject|re|title)\s*:\s*(.+)$/i;

/** The subject an e-mail's or a letter's header gives, on a line of a paragraph or in a row of a table ("Subject: | …"). */
function subjectOf(block: Block): string | undefined {
  if (block.kind === 'paragraph') return block.text.split('\n').map((l) => SUBJECT_LINE.exec(tidy(l))?.[1]).find((t) => t);
  if (block.kind !== 'table') return undefined;
  const row = block.rows.find((r) => r.cells.length === 2 && /^(?:subject|re|title)\s*:?$/i.test(tidy(r.cells[0]!)) && tidy(r.cells[1]!) !== '');
  return row ? tidy(row.cells[1]!) : undefined;
}

/** When a page was printed, as a browser's print header gives it: "21/02/2025, 11:02", "3/7/24 14:05". */
const PRINTED_AT = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?$/i;

/**
 * The page's title in a browser's print header that a PDF's reader made a one-row table of
 * ("21/02/2025, 11:02 | Annual review 1 (2025) – Harbury … – Client Portal"): the title, not the start of the body.
 */
function printHeaderTitle(block: Block): string | undefined {
  if (block.kind !== 'table' || block.rows.length !== 1) return undefined;
  const cells = block.rows[0]!.cells.map((c) => tidy(c)).filter((c) => c !== '');
  return cells.length === 2 && PRINTED_AT.test(cells[0]!) ? cells[1] : undefined;
}

/** A labelled line: "Review type: Annual Review", "Assessor: Anthony Brennan". */
const LABELLED_LINE = /^[^:]{2,40}:\s/;

/**
 * The title lines of a cover block: all of a short one, or those over the labelled lines of a
 * longer one ("Westshire Constabulary" over "Review type: …", "Assessor: …"); null otherwise.
 */
function coverLines(lines: readonly string[]): readonly string[] | null {
  if (lines.length <= 4) return lines;
  const labelled = lines.findIndex((l) => LABELLED_LINE.test(l.trim()));
  return labelled > 0 && labelled <= 4 ? lines.slice(0, labelled) : null;
}

/** A line in capitals: letters, and none of them small. */
const isCapitals = (line: string) => /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line);

export function organisationFromTitle(blocks: readonly Block[]): { name: string; index: number } | null {
  return coverName(blocks, HOLDER_END) ?? coverName(blocks, NAME_END) ?? reportAbout(blocks);
}

/** "Our report about Speak Up Calderside", "The report for Open Door Lewisham": the holder the title names after the report. */
const REPORT_ABOUT = /^(?:(?:[Oo]ur|[Tt]he|[Tt]his|[Aa]n?)\s+)?(?:[Ee]asy[- ][Rr]ead\s+)?[Rr]eport\s+(?:about|for|on)\s+((?:\p{Lu}[\p{L}'’&-]*)(?:\s+\p{Lu}[\p{L}'’&-]*){1,5})$/u;
/** Times the body of the report must name a holder that a title names without a holder's word. */
const NAMED_AGAIN = 2;

/**
 * A holder whose name has no holder's word (a charity called "Speak Up Calderside"), named by a
 * cover title that says the report is about it: taken only where the report's body names it again
 * (its sentences say what the holder does), never a name the title alone gives.
 */
function reportAbout(blocks: readonly Block[]): { name: string; index: number } | null {
  const cover = blocks.slice(0, COVER_BLOCKS);
  for (let index = 0; index < cover.length; index++) {
    const block = cover[index]!;
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const m = REPORT_ABOUT.exec(tidy(block.text));
    if (!m || isBodyName(m[1]!) || NOT_HOLDER.test(m[1]!)) continue;
    const name = m[1]!;
    const again = blocks.filter((b, i) => i !== index && b.kind !== 'heading' && blockText(b).replace(/\s+/g, ' ').includes(name)).length;
    const tidied = tidyOrganisationName(name);
    if (again >= NAMED_AGAIN && tidied) return { name: tidied, index };
  }
  return null;
}

function coverName(blocks: readonly Block[], nameEnd: RegExp): { name: string; index: number } | null {
  const cover = blocks.slice(0, COVER_BLOCKS);
  for (let index = 0; index < cover.length; index++) {
    const block = cover[index]!;
    // The report's body has begun at its first table (but an e-mail's header set as a table, its
    // subject a row of it) or its first paragraph of prose.
    const printed = printHeaderTitle(block);
    if ((block.kind === 'table' && subjectOf(block) === undefined && printed === undefined) || (block.kind === 'paragraph' && isProse(block.text))) break;
    // A short cover block of a few lines ("Harbour Lights Carers Trust / Registered charity no. …"): its first line is its title.
    // A name in capitals wrapped over lines ("STANMOOR AND DISTRICT" over "CITIZENS ADVICE BUREAU") is those lines together.
    const split = block.kind === 'paragraph' && block.text.includes('\n') ? coverLines(block.text.split('\n')) : null;
    // "University of Wendlebury" over "Library and Archive Services": the holder and, on the line under it, the unit the report is about.
    const overUnit = split && split.length >= 2 ? holderWithUnit(`${tidy(split[0]!)} – ${tidy(split[1]!)}`, nameEnd) : null;
    if (overUnit) return { name: overUnit, index };
    const capitals = split ? split.findIndex((l) => !isCapitals(l)) : -1;
    const lines = split ? split.slice(0, capitals < 0 ? split.length : Math.max(1, capitals)).join(' ') : null;
    // An e-mail's or a letter's subject line is its title ("Subject: Hartwell Homes – CSE AR1 – outcome summary").
    const subject = subjectOf(block);
    const title = subject ?? printed ?? lines ?? titleText(block);
    // A numbered section heading, or a labelled line ("Meeting: Board of …"), whose label the fields recogniser reads.
    if (!title || /^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s/.test(title) || (block.kind !== 'heading' && !subject && LABELLED_LINE.test(title))) continue;
    // "Organisation assessed Redbrook and Vale Police": a label whose colon the layout lost.
    // "Lydmouth Libraries and Archives (Lydmouth County Council)": what the brackets say the holder is part of is not its name.
    const unlabelled = withoutEndRemark(title.replace(UNCOLONED_LABEL, ''));
    // "Meridian Standards Ltd — licensed Customer Service Excellence assessment body": the body's own line.
    if (BODY_LINE.test(title)) continue;
    // "Kestrelford City Council – Revenues and Benefits Service": the service within the holder holds the certificate.
    const withUnit = holderWithUnit(unlabelled, nameEnd);
    if (withUnit) return { name: withUnit, index };
    for (const part of partsOf(unlabelled).filter((p) => !isBodyName(p)).flatMap(tails)) {
      if (!nameEnd.test(part) || NOT_HOLDER.test(part.replace(nameEnd, '')) || isBodyName(part)) continue;
      if (part.split(/\s+/).length < 2 || part.split(/\s+/).length > 10) continue;
      const name = tidyOrganisationName(part);
      if (name) return { name, index };
    }
  }
  return null;
}
