/**
 * A section per element, its rating on a labelled line of its own below the element's title and
 * the assessor's paragraphs: "Element 1.1.1 – Characteristics of customer groups" over the
 * standard's statement, "Evidence: …" and "Judgement: Compliance" (or "Rating:", "Outcome:",
 * "Assessment:"). The label must stand at the start of its line and the rating right after it,
 * and the section ends at the next element's title, a heading or a table: a rating word in the
 * evidence is not one. A section with two labelled ratings that differ rates nothing.
 */
import { blockText } from '../../document/model.js';
import { splitLeadingCode } from '../../parse/codes.js';
import { parseRatingCell, ratingMentions } from '../../parse/ratings.js';
import { restatesStandard } from '../../parse/restates-standard.js';
import { tidy } from '../../parse/text.js';
import { codeLedRating } from './code-led-ratings.js';
/** "Judgement: Compliance", "Overall rating – Partial Compliance", "Assessor's judgement: C+": a label that rates the section's element. */
const RATING_LINE = /^(?:(?:the\s+)?(?:assessor(?:'s|’s|s')?|overall|final|element|our)\s+)?(?:judge?ment|rating|grade|grading|outcome|result|assessment|conclusion|decision|compliance\s+level|level\s+of\s+compliance)\s*[:=–—-]\s*(.+)$/i;
/** A title's words after its code: a few words, not a sentence. */
const SHORT_TITLE = /^[^.;:]{0,90}$/;
/** The element a line titles ("Element 1.1.1 – Characteristics of customer groups", "1.1.1 Customer insight"), or null. */
function titledElement(text) {
    const line = tidy(text);
    if (line.includes('\n') || codeLedRating(line))
        return null;
    const opening = splitLeadingCode(line);
    if (!opening)
        return null;
    const title = opening.rest.replace(/^[\s–—:.-]+/, '');
    return SHORT_TITLE.test(title) || restatesStandard(opening.code, title) ? opening.code : null;
}
/** The rating a labelled line gives ("Judgement: Partial Compliance."), or null. */
function labelledRating(line) {
    const m = RATING_LINE.exec(tidy(line));
    if (!m)
        return null;
    const value = m[1].trim();
    const first = ratingMentions(value)[0];
    if (first && first.index === 0) {
        // Only the rating, or the rating and a reason after a stop: not "Compliance Plus in part, Compliance elsewhere".
        const after = value.slice(first.text.length);
        return /^\s*(?:$|[.;]|[–—-]\s)/.test(after) ? first.rating : null;
    }
    return parseRatingCell(value.split(/[.;]\s|\s[–—-]\s/)[0]);
}
/** The lines of the blocks that may hold a section's rating: a paragraph's lines (a PDF may join them), a heading. */
function lines(block) {
    return block.kind === 'table' ? [] : blockText(block).split('\n');
}
/** Every element rated by a labelled line in its own section. */
export function ratedInElementSections(blocks) {
    const rated = [];
    let current = null;
    const close = () => {
        if (current && current.ratings.length > 0 && new Set(current.ratings.map((r) => r.rating)).size === 1) {
            const { rating, loc } = current.ratings[0];
            const reasoned = rating === 'compliance-plus' || rating === 'partial-compliance';
            rated.push({ code: current.code, rating, justification: reasoned ? tidy(current.reason.join(' ')) || null : null, loc, index: current.start });
        }
        current = null;
    };
    blocks.forEach((block, index) => {
        const code = block.kind === 'table' || block.kind === 'list' ? null : titledElement(blockText(block));
        if (code) {
            close();
            current = { code, start: index, ratings: [], reason: [] };
            return;
        }
        if (!current)
            return;
        // A heading that titles no element, or a table, ends the section: "Criterion 2", "6. Conclusion".
        if (block.kind === 'table' || (block.kind === 'heading' && labelledRating(block.text) === null)) {
            close();
            return;
        }
        for (const line of lines(block)) {
            const rating = labelledRating(line);
            if (rating)
                current.ratings.push({ rating, loc: block.loc });
            // The reason is what stands between the title and the rating: a sub-criterion's title after it is not.
            else if (current.ratings.length === 0 && !restatesStandard(current.code, line))
                current.reason.push(line.replace(/^(?:evidence|findings?|comments?)\s*:\s*/i, ''));
        }
    });
    close();
    return rated;
}
//# sourceMappingURL=element-sections.js.map