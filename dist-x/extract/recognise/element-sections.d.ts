/**
 * A section per element, its rating on a labelled line of its own below the element's title and
 * the assessor's paragraphs: "Element 1.1.1 – Characteristics of customer groups" over the
 * standard's statement, "Evidence: …" and "Judgement: Compliance" (or "Rating:", "Outcome:",
 * "Assessment:"). The label must stand at the start of its line and the rating right after it,
 * and the section ends at the next element's title, a heading or a table: a rating word in the
 * evidence is not one. A section with two labelled ratings that differ rates nothing.
 */
import { type Block } from '../../document/model.js';
import type { RatedElement } from '../element-tables.js';
/** Every element rated by a labelled line in its own section. */
export declare function ratedInElementSections(blocks: readonly Block[]): RatedElement[];
