/**
 * A holder's committee paper reporting its result to members: counts in words, the
 * compliance-plus (and partial) elements listed by code, the assessor and visit in prose.
 */
import { blockText, type Block, type Document } from '../document/model.js';
import { codesInText, leadingCode } from '../parse/codes.js';
import { findDates, parseDate, parseDayMonth } from '../parse/dates.js';
import { looksLikePersonName, PERSON_NAME_PATTERN } from '../parse/names.js';
import { tidyOrganisationName } from '../parse/organisation.js';
import { ratingNamedBy } from '../parse/ratings.js';
import { parseStage } from '../parse/stages.js';
import { sentences, tidy } from '../parse/text.js';
import type { ProseCount, Rating, Stage, StatedTotals } from '../schema/report.js';
import { ASSESSMENT_BODIES } from '../standard/bodies.js';
import { ELEMENTS } from '../standard/catalogue.js';
import { assembleAssessment } from './assemble.js';
import { allText } from './blocks.js';
import { findAssessmentBody } from './body.js';
import { locationOf, type DraftReport, type FindingDraft } from './draft.js';
import { ratedInProse, type RatedElement } from './element-tables.js';
import { carriedOverInProse, keyStrengthsIn, proseCountsIn, recommendationIn } from './narrative.js';
import { previousVisitIn } from './previous-visit.js';
import { emptyTotals, RATING_KEY } from './score-table.js';
import { headingsNamingOtherStage } from './stage-headings.js';
import { OTHER_VISIT } from '../parse/other-visit.js';

const ORGANISATION_NOUN = String.raw`(?:Council|Authority|Trust|University|College|Association|Police|Constabulary|Services?|Library|Libraries|Agency|Board|Partnership|Academy|Hospital|Commission|Foundation|Society|Federation)`;

function isBodyName(text: string): boolean {
  return ASSESSMENT_BODIES.some((b) => b.aliases.some((a) => text.toLowerCase().includes(a.toLowerCase())));
}

/** A title naming an organisation, or a capitalised name that recurs in the text; null when the paper only says "the Authority". */
function organisationName(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.kind !== 'heading' || block.level > 2) continue;
    if (new RegExp(String.raw`\b${ORGANISATION_NOUN}\b`, 'i').test(block.text) && !isBodyName(block.text) && !/customer service excellence/i.test(block.text)) {
      return tidyOrganisationName(block.text);
    }
  }
  const name = new RegExp(String.raw`\b((?:[A-Z][\w'’&-]*\s+(?:(?:of|on|upon|and|for|the)\s+)?){1,5}${ORGANISATION_NOUN})\b`, 'g');
  const seen = new Map<string, number>();
  for (const m of allText(blocks).matchAll(name)) {
    const candidate = m[1]!.replace(/^(The|This|Our|That)\s+/, '');
    if (candidate.split(/\s+/).length < 2 || isBodyName(candidate) || /customer service/i.test(candidate)) continue;
    seen.set(candidate, (seen.get(candidate) ?? 0) + 1);
  }
  const [best] = [...seen.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
  return best ? tidyOrganisationName(best[0]) : null;
}

function assessorNames(text: string): string[] {
  const patterns = [
    new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he)\s+(?:(?:regular|lead|CSE|external)\s+)*assessor,?\s+(?:was\s+)?${PERSON_NAME_PATTERN}`, 'g'),
    new RegExp(String.raw`${PERSON_NAME_PATTERN}\s+(?:is|was)\s+[^.]{0,100}?\b(?:our|the)\s+(?:(?:regular|lead|CSE|external)\s+)*assessor\b`, 'g'),
  ];
  const names: string[] = [];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!.trim();
      if (looksLikePersonName(name) && !isBodyName(name) && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** "This year's assessment was our second annual review". */
function stageOf(text: string): Stage {
  for (const sentence of sentences(text)) {
    const m = /\b(?:assessment|visit|review)\s+(?:was|is)\s+(?:our|the|a)\s+([^.;,]+)/i.exec(sentence);
    const stage = m ? parseStage(m[1]!) : null;
    if (stage) return stage;
  }
  return 'unknown';
}

function visitDate(blocks: readonly Block[]): string | null {
  let year: number | null = null;
  for (const block of blocks) {
    const text = blockText(block);
    if (block.kind === 'heading' || block.kind === 'paragraph') {
      const y = /\b(19|20)\d{2}\b/.exec(block.kind === 'heading' ? text : '');
      if (y) year = Number(y[0]);
    }
    for (const sentence of sentences(text)) {
      if (!/\bvisit(ed|s)?\b/i.test(sentence) || /\bnext\b|\bwill\b/i.test(sentence)) continue;
      const full = findDates(sentence)[0];
      if (full) return full.iso;
      if (year) {
        const partial = parseDayMonth(sentence, year);
        if (partial) return partial;
      }
    }
  }
  return null;
}

function reportDate(text: string): string | null {
  const m = /\breport\s+(?:was\s+)?dated\s+(.{6,30})/i.exec(text);
  return m ? parseDate(m[1]!) : null;
}

/**
 * The paper's counts for the whole standard, each the first the prose gives; a later sentence
 * that gives another number is kept in proseCounts, where prose-counts-agree reports it.
 */
function statedTotals(counts: readonly ProseCount[]): StatedTotals {
  const totals = emptyTotals();
  let first: ProseCount | null = null;
  for (const prose of counts) {
    const key = RATING_KEY[prose.rating];
    if (prose.criterion !== null || totals[key] !== null) continue;
    totals[key] = prose.count;
    first ??= prose;
  }
  return { byCriterion: null, overall: first ? totals : null, location: { byCriterion: null, overall: first?.location ?? null } };
}

/** Words of a sentence, lower case, without punctuation. */
const wordsOf = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, ' ').split(/\s+/).filter((w) => w.length > 0);
const significant = (words: readonly string[]) => words.filter((w) => w.length > 3);

/**
 * Does the text after a code restate the standard's statement for it (a quotation, not a
 * reason)? It does when it opens with the statement's first three words, or when most of its
 * words are the statement's and it gives most of the statement. Sharing words alone is not
 * enough: "Performance against the timeliness standards is not published" is a reason, though
 * nearly all its words are in 5.3.1's statement.
 */
function restatesStandard(code: string, text: string): boolean {
  const statement = wordsOf(ELEMENTS.find((e) => e.code === code)?.statement ?? '');
  const given = wordsOf(text);
  const givenSignificant = new Set(significant(given));
  if (givenSignificant.size === 0) return true;
  if (statement.length >= 3 && statement.slice(0, 3).every((w, i) => given[i] === w)) return true;
  const own = new Set(significant(statement));
  const shared = [...givenSignificant].filter((w) => own.has(w)).length;
  return shared / givenSignificant.size >= 0.6 && shared / own.size >= 0.6;
}

/** Elements listed by code, block by block, after a sentence that names their rating ("… Compliance Plus criteria are as follows"). */
function listedElements(blocks: readonly Block[]): RatedElement[] {
  const rated: RatedElement[] = [];
  let context: Rating | null = null;
  for (const block of blocks) {
    const items = block.kind === 'list' ? block.items : [blockText(block)];
    for (const item of items) {
      const text = tidy(item.replace(/^[•·\-*]\s*/, ''));
      const code = leadingCode(text);
      if (code && context && block.kind !== 'heading') {
        const rest = text.replace(/^\(?[\dI.\s]+?\)?\s*[–—:-]?\s+/, '').trim();
        rated.push({ code, rating: context, justification: restatesStandard(code, rest) ? null : rest, loc: block.loc });
        continue;
      }
      if (/^https?:\/\/\S+$/.test(text)) continue; // page furniture between list items
      if (/^[a-z]/.test(text) && context) continue; // a wrapped line continuing the item above
      context = null;
      for (const sentence of sentences(text)) {
        if (OTHER_VISIT.test(sentence)) continue;
        const rating = ratingNamedBy(sentence);
        if (rating && /\bfollows?\b|:\s*$|;\s*$/i.test(sentence)) context = rating;
        // "The two Partial Compliances (2.2.3 and 4.3.5) were …": codes named beside one rating.
        if (rating) {
          for (const named of codesInText(sentence)) rated.push({ code: named, rating, justification: null, loc: block.loc });
        }
      }
    }
  }
  return rated;
}

export function extractCommitteeSummary(document: Document): DraftReport {
  const notes: FindingDraft[] = [];
  const blocks = document.blocks;
  const text = allText(blocks);
  const organisation = organisationName(blocks);
  if (!organisation) {
    notes.push({
      rule: 'organisation-not-named',
      severity: 'info',
      message: 'The paper never names the organisation it reports on (it says only "the Authority", "the Council" or similar); organisation is left empty. Give it in an import manifest.',
      stage: null,
      criterion: null,
      elements: [],
      location: locationOf(blocks[0]?.loc),
    });
  }
  const stage = stageOf(text);
  const proseCounts = proseCountsIn(blocks);
  const assessment = assembleAssessment(
    {
      stage,
      reportDate: reportDate(text),
      visitDate: visitDate(blocks),
      documentReviewDate: null,
      assessors: assessorNames(text),
      statedTotals: statedTotals(proseCounts),
      rated: [...listedElements(blocks), ...ratedInProse(blocks)],
      recommendation: recommendationIn(blocks),
      proseCounts,
      keyStrengths: keyStrengthsIn(blocks),
      carriedOver: carriedOverInProse(blocks),
      previousVisit: previousVisitIn(blocks, stage),
    },
    notes,
  );
  notes.push(...headingsNamingOtherStage(blocks, stage));
  return {
    template: 'committee-summary',
    organisation,
    assessmentBody: findAssessmentBody(text),
    assessments: [assessment],
    notes: notes.map((n) => ({ ...n, stage: n.stage ?? stage })),
  };
}
