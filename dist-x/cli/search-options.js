/** The options of `cse search`, read before its module (and the database) is loaded. */
import { InvalidArgumentError } from 'commander';
/** The stages a report names; `unknown` is what cse records when it cannot tell, not something to search for. */
export const SEARCHABLE_STAGES = ['initial', 'review-1', 'review-2', 'reassessment'];
const RATINGS_BY_LETTERS = { CP: 'compliance-plus', C: 'compliance', PC: 'partial-compliance', NC: 'non-compliance' };
/** A rating as assessors abbreviate it (CP, C, PC, NC) or as the record spells it (compliance-plus). */
export function parseRating(value) {
    const rating = RATINGS_BY_LETTERS[value.trim().toUpperCase()] ?? Object.values(RATINGS_BY_LETTERS).find((r) => r === value.trim().toLowerCase());
    if (!rating)
        throw new InvalidArgumentError('give CP, C, PC or NC');
    return rating;
}
/** An element's code as the standard numbers it: 1.2.3. */
export function parseElement(value) {
    if (!/^[1-5]\.\d\.\d$/.test(value.trim()))
        throw new InvalidArgumentError('give an element code such as 1.2.3');
    return value.trim();
}
//# sourceMappingURL=search-options.js.map