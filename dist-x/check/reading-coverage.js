import { DEFAULT_SCHEME } from '../standard/scheme.js';
/** The rule id of the extractor's findings about what it expected and did not read. */
export const INCOMPLETE_READING = 'incomplete-reading';
/** The record's incomplete-reading findings that concern this assessment: its stage's, and the whole document's. */
export function incompleteReadings(report, assessment) {
    return report.findings.filter((f) => f.rule === INCOMPLETE_READING && (f.stage === null || f.stage === assessment.stage));
}
export function readInPart(report, assessment, scheme = DEFAULT_SCHEME) {
    const reasons = [];
    if (assessment.status === 'completed' && assessment.elements.length < scheme.totalElements) {
        reasons.push(`${assessment.elements.length} of ${scheme.totalElements} elements rated`);
    }
    // The elements left unrated are said by the count above; a table that could not be read, by its finding.
    for (const finding of incompleteReadings(report, assessment))
        if (finding.elements.length === 0)
            reasons.push(finding.message);
    return { partial: reasons.length > 0, reasons };
}
/** How many counts (one per rating, per criterion and overall) the report states for the assessment. */
export function statedCounts(assessment) {
    const stated = (t) => (t ? Object.values(t).filter((n) => n !== null).length : 0);
    return Object.values(assessment.statedTotals.byCriterion ?? {}).reduce((n, t) => n + stated(t), 0) + stated(assessment.statedTotals.overall);
}
/**
 * Formats in the order their readings are preferred when two copies read equally well: the
 * text as written (Word, Markdown) before the text rebuilt from a page's layout (PDF).
 */
const FORMAT_PREFERENCE = ['docx', 'md', 'pdf', null];
/**
 * Negative when `a` read the assessment more completely than `b`, positive when `b` did, 0 when
 * neither did: more elements rated, then more stated counts, then fewer incomplete-reading findings.
 */
export function compareCompleteness(a, b) {
    return (b.assessment.elements.length - a.assessment.elements.length ||
        statedCounts(b.assessment) - statedCounts(a.assessment) ||
        incompleteReadings(a.report, a.assessment).length - incompleteReadings(b.report, b.assessment).length);
}
/**
 * The order of two copies' readings, the better first: by `compareCompleteness`; where that
 * cannot tell them apart, by format, then by content hash, so the same copy is kept whatever
 * order the files arrive in. 0 only for the same file.
 */
export function compareReadings(a, b) {
    const format = (r) => FORMAT_PREFERENCE.indexOf(r.report.source.format);
    const sha = (r) => r.report.source.sha256 ?? '';
    return compareCompleteness(a, b) || format(a) - format(b) || (sha(a) < sha(b) ? -1 : sha(a) > sha(b) ? 1 : 0);
}
//# sourceMappingURL=reading-coverage.js.map