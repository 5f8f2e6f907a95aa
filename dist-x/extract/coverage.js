/**
 * What a record expected and did not get, said out loud: a completed stage with fewer than all
 * the standard's elements rated (stated or derived), a stage whose stage, assessor or dates were
 * not read. A record read in part is marked so by these findings, so `cse check` never calls it
 * clean, the import can prefer a fuller copy, and `cse bench` does not rank on half a record.
 */
import { STAGE_NAMES } from '../parse/stages.js';
import { allElementCodes } from '../standard/catalogue.js';
/** At most this many missing codes are written out in the message; the finding lists them all. */
const CODES_IN_MESSAGE = 12;
export function coverageFindings(draft) {
    const all = allElementCodes();
    const findings = [];
    for (const assessment of draft.assessments) {
        if (assessment.status !== 'completed')
            continue;
        const stage = STAGE_NAMES[assessment.stage];
        const rated = new Set(assessment.elements.map((e) => e.code));
        const missing = all.filter((code) => !rated.has(code));
        if (missing.length > 0) {
            const shown = missing.slice(0, CODES_IN_MESSAGE).join(', ') + (missing.length > CODES_IN_MESSAGE ? `, … (${missing.length - CODES_IN_MESSAGE} more)` : '');
            findings.push({
                rule: 'incomplete-reading',
                message: `${stage}: ${rated.size} of ${all.length} elements have a rating that the report states or that follows from it; ${missing.length === 1 ? 'element' : 'the other'} ${missing.length} (${shown}) ${missing.length === 1 ? 'has' : 'have'} none that could be read, and no rating was guessed. Its results are read only in part: check the report.`,
                stage: assessment.stage,
                criterion: null,
                elements: missing,
                expected: all.length,
                actual: rated.size,
                location: null,
            });
        }
        if (assessment.stage === 'unknown' && draft.template !== 'other') {
            findings.push({ rule: 'stage-unknown', message: `The report does not say which visit of the certification cycle it is (initial assessment, first or second annual review, reassessment); the stage is left unknown. Give it in an import manifest.`, stage: assessment.stage, criterion: null, elements: [], location: null });
        }
        const missingDetails = [assessment.assessors.length === 0 && 'assessor', !assessment.reportDate && !assessment.visitDate && 'report or visit date'].filter(Boolean);
        if (missingDetails.length > 0) {
            findings.push({
                rule: 'detail-not-read',
                severity: 'info',
                message: `${stage}: no ${missingDetails.join(' and no ')} could be read from the report.`,
                stage: assessment.stage,
                criterion: null,
                elements: [],
                location: null,
            });
        }
    }
    return findings;
}
//# sourceMappingURL=coverage.js.map