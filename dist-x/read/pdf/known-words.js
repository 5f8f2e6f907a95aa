/**
 * Words a CSE report's tables are made of, known before the report is read: the standard's own
 * words (its criterion and sub-criterion titles and element statements) and the words of rating
 * names and table headings. A narrow column breaks them ("D / eli / ve / ry") in reports that
 * may never write them whole anywhere else, so the document's own words are not enough to join
 * the pieces back (broken-words.ts).
 */
import { CRITERIA, ELEMENTS, SUB_CRITERIA } from '../../standard/catalogue.js';
/** Words of ratings and of the headings CSE tables are laid out under, beyond the standard's text. */
const TABLE_WORDS = [
    'compliance compliant compliances partial partially non plus full fully rating ratings',
    'criterion criteria element elements sub assessor assessors report justification justifications evidence comments comment',
    'total totals score scores summary stage initial review reassessment surveillance annual year month months',
    'timeliness organisation organization information insight culture delivery access quality service',
].join(' ');
const WORD = /\p{L}+/gu;
/** The known words, lower case. */
export const KNOWN_WORDS = new Set([TABLE_WORDS, ...CRITERIA.map((c) => c.title), ...SUB_CRITERIA.map((s) => s.title), ...ELEMENTS.map((e) => e.statement)]
    .join(' ')
    .toLowerCase()
    .match(WORD) ?? []);
//# sourceMappingURL=known-words.js.map