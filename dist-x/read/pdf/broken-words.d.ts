/**
 * Words a narrow table column broke inside, joined back. A word processor breaks a word wider
 * than its cell wherever the cell ends ("Deliv" / "ery", or "D" / "eli" / "ve" / "ry" in seed
 * 001's Section A), and a PDF keeps only the lines. Pieces on consecutive lines of a cell are
 * joined into one word when that word is known (the document writes it whole elsewhere, it is a
 * word of CSE tables: known-words.ts, or an English word: english-words.ts) and at least one
 * piece is not a known word: "Deliv" + "ery" becomes "Delivery", "apprenticeshi" + "ps"
 * "apprenticeships", while "can" / "not" and "Compliance" / "Plus" stay two words. A word none of
 * them knows stays as it was (a line break, later read as a space): a miss is better than a guess.
 */
import { type Block } from '../../document/model.js';
export declare function rejoinBrokenWords(blocks: Block[]): Block[];
