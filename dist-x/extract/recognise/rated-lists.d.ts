/**
 * Elements listed under something that names their rating: a heading ("Partial Compliance
 * Elements", "Areas of Compliance Plus") or a lead-in sentence ("… were judged Compliance Plus
 * in the following areas:"), as a table (Element | Justification, with or without its header
 * row, a table continued as a second one), a bulleted list ("2.1.5 – reason") or paragraphs that
 * start with a code. Only compliance plus, partial and non-compliance are read this way: a
 * heading naming plain "compliance" ("Compliance against the standard") lists nothing.
 * A cross-reference inside a reason ("see 1.3.5") is part of the reason, never a rating.
 */
import { type Block } from '../../document/model.js';
import type { RatedElement } from '../element-tables.js';
/**
 * Every element listed under a rating, block by block. `skip` holds the tables another
 * recogniser has read (an element rating table under the same heading).
 */
export declare function listedElements(blocks: readonly Block[], skip?: ReadonlySet<number>): {
    rated: RatedElement[];
    tables: Set<number>;
};
