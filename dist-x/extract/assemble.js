/** One stage's findings put together into an Assessment: duplicates resolved, order fixed, ratings derived. */
import { ratingName } from '../parse/ratings.js';
import { tidy } from '../parse/text.js';
import { elementOrder } from '../standard/catalogue.js';
import { deriveRatings } from './derive.js';
import { locationOf } from './draft.js';
/** Elements said to keep their rating, from table rows and prose, each where the document first says so. */
function carriedOver(evidence) {
    const fromRows = evidence.rated.filter((r) => r.carriedOver).map((r) => ({ code: r.code, rating: r.rating, location: locationOf(r.loc) }));
    const inDocumentOrder = [...fromRows, ...evidence.carriedOver].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
    const all = [];
    for (const c of inDocumentOrder)
        if (!all.some((a) => a.code === c.code))
            all.push(c);
    return all.sort((a, b) => elementOrder(a.code) - elementOrder(b.code));
}
/** A stage with no assessor, date, totals or ratings is an empty section of the template. */
function isEmpty(evidence) {
    const { statedTotals: totals } = evidence;
    return (evidence.assessors.length === 0 &&
        !evidence.reportDate &&
        !evidence.visitDate &&
        !totals.byCriterion &&
        !totals.overall &&
        evidence.rated.length === 0);
}
/** `{ location }` where the reader knows where the element is rated, else nothing (the field is left out, not null). */
function withLocation(loc) {
    const location = locationOf(loc);
    return location ? { location } : {};
}
export function assembleAssessment(evidence, notes) {
    const byCode = new Map();
    for (const rated of evidence.rated) {
        const earlier = byCode.get(rated.code);
        if (!earlier) {
            byCode.set(rated.code, rated);
        }
        else if (rated.replaces !== undefined && rated.replaces === earlier.rating && rated.rating !== earlier.rating) {
            // The report re-rates the element (an addendum after the factual accuracy check): the new rating stands.
            byCode.set(rated.code, rated);
        }
        else if (earlier.replaces !== undefined && earlier.replaces === rated.rating) {
            continue;
        }
        else if (earlier.rating !== rated.rating) {
            notes.push({
                rule: 'element-rated-twice',
                severity: 'error',
                message: `Element ${rated.code} is rated both ${ratingName(earlier.rating)} and ${ratingName(rated.rating)} in the same stage; neither is kept, since cse cannot tell which the assessor meant. Correct the report so it rates the element once.`,
                stage: evidence.stage,
                criterion: Number(rated.code[0]),
                elements: [rated.code],
                location: locationOf(rated.loc),
            });
        }
        else if (!earlier.justification && rated.justification) {
            byCode.set(rated.code, { ...earlier, justification: rated.justification });
        }
    }
    const elements = [...byCode.values()]
        .sort((a, b) => elementOrder(a.code) - elementOrder(b.code))
        .map((r) => ({
        code: r.code,
        rating: r.rating,
        basis: 'stated',
        justification: r.rating === 'compliance-plus' || r.rating === 'partial-compliance' ? r.justification : null,
        ...withLocation(r.loc),
    }));
    return deriveRatings({
        stage: evidence.stage,
        status: isEmpty(evidence) ? 'not-started' : 'completed',
        reportDate: evidence.reportDate,
        visitDate: evidence.visitDate,
        documentReviewDate: evidence.documentReviewDate,
        // A name a line break split in the source is one name, written on one line.
        assessors: [...new Set(evidence.assessors.map(tidy))],
        statedTotals: evidence.statedTotals,
        elements,
        recommendation: evidence.recommendation,
        proseCounts: evidence.proseCounts,
        keyStrengths: evidence.keyStrengths,
        carriedOver: carriedOver(evidence),
        previousVisit: evidence.previousVisit,
    });
}
//# sourceMappingURL=assemble.js.map