import { captionAbove } from '../blocks.js';
/** A line longer than this above a table is running text, not its caption. */
const CAPTION_LENGTH = 300;
const NOT_A_RESULT = /\bexamples? only\b|\bfor (?:the purposes? of )?illustration\b|\billustrative (?:only|purposes?|examples?)\b|\bfor illustrative purposes\b|\bmade[- ]up\b|\bfictitious\b|\bhypothetical\b|\bdummy (?:data|ratings?|results?)\b|\bnot (?:our|their|your|the|an? (?:actual|real)) (?:actual |real )?(?:results?|ratings?|findings?|scores?)\b/i;
export function illustratesRatings(blocks, index) {
    const text = captionAbove(blocks, index, CAPTION_LENGTH);
    return text !== null && NOT_A_RESULT.test(text);
}
//# sourceMappingURL=example-tables.js.map