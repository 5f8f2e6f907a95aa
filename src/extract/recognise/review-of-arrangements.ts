/**
 * A document about a holder's CSE arrangements written by someone other than its assessment body
 * (the holder's internal auditors, its own staff, a consultant): an internal audit, a
 * self-assessment, a gap analysis, a health check. It quotes the assessor's counts and codes, and
 * may judge elements on a scale of its own, but it is not an assessment report. It is told by two
 * things it says of itself, never by words that merely appear: it names itself as that kind of
 * review (in its title, or "This is an internal audit report"), and it says it does not assess
 * the holder against the standard, or that its judgements are not CSE ratings. A report that
 * quotes an audit, or a committee paper that reports an assessment, says neither of itself.
 */
import { blockText, type Block } from '../../document/model.js';
import { allText, documentTitle } from '../blocks.js';
import { sentences } from '../../parse/text.js';

/** Kinds of review of a holder's arrangements that are not an assessment body's. */
const KIND = String.raw`(?:internal\s+audit|self[- ]?(?:assessment|evaluation|review)|gap\s+analysis|readiness\s+(?:review|assessment|check)|health[- ]?check|mock\s+(?:assessment|audit)|peer\s+review|benchmarking\s+(?:exercise|study|review))`;
const KIND_IN = new RegExp(String.raw`\b${KIND}\b`, 'i');
/** "This is an internal audit report", "This document is our self-assessment". */
const NAMES_ITSELF = new RegExp(String.raw`\b(?:this|it)(?:\s+(?:report|document|paper|review|work))?\s+(?:is|was)\s+(?:an?|our|the)\s+(?:[\w-]+\s+){0,2}${KIND}\b`, 'i');
/** A disclaimer whose subject names the kind: "This gap analysis does not …", "Our self-assessment is not …". */
const KIND_AS_SUBJECT = new RegExp(String.raw`^\W*(?:this|our)\s+${KIND}\b`, 'i');

const APOSTROPHE = `['’]`;
/** The document, or its authors, as the subject: "It", "This audit", "We", "Our review". */
const ITSELF = String.raw`(?:it|we|this(?:\s+[\w-]+){0,3}|our\s+(?:[\w-]+\s+){0,2}(?:audit|review|work|testing|analysis|assessment))`;
const NOT = String.raw`(?:(?:does|do|did|will|can)\s*not|doesn${APOSTROPHE}t|don${APOSTROPHE}t|didn${APOSTROPHE}t|cannot|(?:is|are|was)\s+not)`;
/** "does not (re-)assess …", "is not an assessment", "does not replace the assessment". */
const DOES_NOT_ASSESS = new RegExp(
  String.raw`\b${ITSELF}\s+${NOT}\s+(?:(?:re-?)?(?:assess|rate|grade|score|certify|accredit)\b|(?:(?:constitute|replace|amount\s+to|form\s+part\s+of)\s+)?(?:an?|the|any)\s+(?:formal\s+|cse\s+|external\s+)?(?:re-?)?(?:assessment|certification)\b)`,
  'i',
);
/** What the standard is: a disclaimer must be about assessing against it, not about something else the document does not do. */
const ABOUT_THE_STANDARD = /\b(?:standard|elements?|cse|customer service excellence|ratings?|certification|accreditation|assessment body|certification body)\b/i;
/** "our judgements … are not CSE ratings", "These are our views, not the assessor's". */
const NOT_RATINGS = new RegExp(
  String.raw`\b(?:(?:is|are)\s+not\s+(?:cse|the\s+assessor${APOSTROPHE}?s?${APOSTROPHE}?|formal|official)\s+(?:ratings?|judge?ments?|scores?|gradings?)|(?:ratings?|judge?ments?|views?|opinions?)\s*,?\s+not\s+(?:those\s+of\s+)?(?:the|an?)\s+assessor(?:${APOSTROPHE}s|s${APOSTROPHE})?)\b`,
  'i',
);
/** "only the Council's certification body can rate the elements". */
const ONLY_THE_BODY = /\bonly\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}(?:certification|assessment|accredited|licensed)\s+bod(?:y|ies)\s+(?:can|may|is\s+able\s+to|are\s+able\s+to)\s+(?:re-?)?(?:rate|assess|certify|award)/i;

export interface ReviewOfArrangements {
  /** The kind of review, as the document names itself. */
  kind: string;
  /** Its sentence saying it does not assess. */
  disclaimer: string;
}

/** The document's own word that it is another kind of review of the holder's arrangements, with its disclaimer; null for any other document. */
export function reviewOfArrangements(blocks: readonly Block[]): ReviewOfArrangements | null {
  // Every way of naming itself names the kind: a document that never does is read no further (most of them).
  if (!KIND_IN.test(allText(blocks))) return null;
  let kind: string | null = KIND_IN.exec(documentTitle(blocks) ?? '')?.[0] ?? null;
  let disclaimer: string | null = null;
  for (const block of blocks) {
    if (block.kind === 'table') continue;
    for (const sentence of sentences(blockText(block))) {
      if (kind === null && NAMES_ITSELF.test(sentence)) kind = KIND_IN.exec(sentence)![0];
      if (disclaimer === null && ((DOES_NOT_ASSESS.test(sentence) && ABOUT_THE_STANDARD.test(sentence)) || NOT_RATINGS.test(sentence) || ONLY_THE_BODY.test(sentence))) {
        disclaimer = sentence;
        if (kind === null && KIND_AS_SUBJECT.test(sentence)) kind = KIND_IN.exec(sentence)![0];
      }
      if (kind !== null && disclaimer !== null) return { kind: kind.toLowerCase(), disclaimer };
    }
  }
  return null;
}
