/**
 * Correspondence from a holder (or anyone assessed) to its assessment body about an assessment:
 * an appeal against a rating, a complaint about the assessment, a request that a rating be
 * reviewed. It quotes the report it is about (the assessor, the visit's dates, the counts, the
 * codes), so its evidence reads like a report's, but it is not one. It is told by what it says it
 * is, in its own voice and near its start, where a letter says why it is written: "I write to
 * appeal against one rating", "We wish to lodge a formal appeal", "This letter is our request for a
 * review of the rating". A report that tells the holder how to appeal ("If you wish to appeal …"),
 * records an appeal ("the Council appealed and the appeal was upheld"), quotes one ("wrote: 'we
 * wish to appeal …'"), or an assessor's covering letter or e-mail, says none of these of itself.
 */
import { blockText, type Block } from '../../document/model.js';
import { sentences } from '../../parse/text.js';

/** What the writer asks for: an appeal, a complaint, a review of a rating. */
const ASK = String.raw`(?:appeal|complain|challenge|contest|dispute|(?:request|ask\s+for|seek)\s+(?:an?\s+)?(?:formal\s+)?(?:review|reconsideration|re-?examination)|(?:lodge|make|submit|register|raise)\s+(?:an?\s+|our\s+)?(?:formal\s+)?(?:appeal|complaint))`;
const FIRST_PERSON = String.raw`(?:I|we)`;
/** "I write, under section 9 of the rules, to appeal", "We are writing to request a review". */
const WRITES_TO = new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:write|am\s+writing|are\s+writing)\b[^.;]{0,120}?\bto\s+(?:formally\s+)?${ASK}\b`, 'i');
/** "We wish to appeal", "I would like formally to request a review". */
const WISHES_TO = new RegExp(
  String.raw`\b${FIRST_PERSON}\s+(?:(?:would|should)\s+(?:like|wish)|wish|want|intend|hereby\s+wish)\s+(?:formally\s+)?to\s+(?:formally\s+)?${ASK}\b`,
  'i',
);
/** "We hereby appeal against", "I formally appeal against". */
const APPEALS = new RegExp(String.raw`\b${FIRST_PERSON}\s+(?:(?:hereby|formally|now)\s+)*(?:appeal|complain)\s+(?:against|about)\b`, 'i');
/** "This letter is our formal appeal", "This e-mail constitutes a request for review". */
const THIS_IS = new RegExp(
  String.raw`\bthis\s+(?:letter|e-?mail|message|note)\s+(?:is|constitutes|forms|serves\s+as)\s+(?:an?|our|my)\s+(?:formal\s+)?(?:appeal|complaint|request\s+for\s+(?:an?\s+)?(?:formal\s+)?(?:review|reconsideration))\b`,
  'i',
);
/** What it is about: the assessment, not a customer's complaint about a service. */
const ABOUT_THE_ASSESSMENT = /\b(?:ratings?|rated|report|assessment|reassessment|review\s+visit|assessor['’]?s?|elements?|decision|outcome|findings?|judge?ments?|certificat(?:e|ion))\b/i;
/** A letter states its purpose early: only its opening blocks are read. */
const OPENING_BLOCKS = 20;

export interface HolderCorrespondence {
  /** What the writer asks for, in its words. */
  sentence: string;
}

/** Is the match inside a quotation (a quote mark opened before it and not closed)? */
function quoted(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** The document's own word that it is an appeal, complaint or request for review about an assessment; null for any other document. */
export function holderCorrespondence(blocks: readonly Block[]): HolderCorrespondence | null {
  let seen = 0;
  for (const block of blocks) {
    if (block.kind === 'table') continue;
    if (++seen > OPENING_BLOCKS) break;
    for (const sentence of sentences(blockText(block))) {
      for (const pattern of [WRITES_TO, WISHES_TO, APPEALS, THIS_IS]) {
        const m = pattern.exec(sentence);
        if (m && !quoted(sentence, m.index) && ABOUT_THE_ASSESSMENT.test(sentence)) return { sentence };
      }
    }
  }
  return null;
}
