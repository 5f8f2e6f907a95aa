/**
 * A table that shows how ratings are set out rather than giving any ("EXAMPLE ONLY – this is not
 * our result … using made-up findings", "for illustration only"): a staff briefing, a guide or a
 * template. Its caption, the short line just above it, says so; its ratings are no one's and are
 * not evidence. A table of "examples of good practice" is a report's own and stays evidence: only
 * words that deny the table is a result count.
 */
import type { Block } from '../../document/model.js';
import { captionAbove } from '../blocks.js';

/** A line longer than this above a table is running text, not its caption. */
const CAPTION_LENGTH = 300;
const NOT_A_RESULT =
  /\bexamples? only\b|\bfor (?:the purposes? of )?illustration\b|\billustrative (?:only|purposes?|examples?)\b|\bfor illustrative purposes\b|\bmade[- ]up\b|\bfictitious\b|\bhypothetical\b|\bdummy (?:data|ratings?|results?)\b|\bnot (?:our|their|your|the|an? (?:actual|real)) (?:actual |real )?(?:results?|ratings?|findings?|scores?)\b/i;

export function illustratesRatings(blocks: readonly Block[], index: number): boolean {
  const text = captionAbove(blocks, index, CAPTION_LENGTH);
  return text !== null && NOT_A_RESULT.test(text);
}
