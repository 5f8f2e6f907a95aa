/**
 * Ratings stated in running text with the codes tied to the rating by the sentence's shape:
 * "The two Partial Compliances (2.2.3 and 4.3.5) were …", "Compliance Plus elements: 1.1.1,
 * 1.2.3", "Element 2.1.5 was rated Partial Compliance", "4.3.5 is now compliant". A code that
 * merely appears near a rating word ("see 1.3.5", "as at 2.1.1") is not rated: the codes must sit
 * in brackets or a colon list right after the rating, or be the subject of "was rated <rating>".
 */
import { type Block } from '../../document/model.js';
import type { RatedElement } from '../element-tables.js';
export declare function ratedInRunningText(blocks: readonly Block[]): RatedElement[];
