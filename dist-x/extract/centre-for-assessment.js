import { parseDate } from '../parse/dates.js';
import { splitPersonNames } from '../parse/names.js';
import { tidyOrganisationName } from '../parse/organisation.js';
import { ratingNamedBy } from '../parse/ratings.js';
import { parseStage } from '../parse/stages.js';
import { assembleAssessment } from './assemble.js';
import { allText, lookBack, sectionsStartingAt, titleText, valueOf } from './blocks.js';
import { findAssessmentBody } from './body.js';
import { locationOf } from './draft.js';
import { parseJustifiedList, ratedInProse } from './element-tables.js';
import { carriedOverInProse, keyStrengthsIn, proseCountsIn, recommendationIn } from './narrative.js';
import { parseScoreTable } from './score-table.js';
import { headingsNamingOtherStage } from './stage-headings.js';
import { recogniseFields } from './recognise/fields.js';
import { organisationFromTitle } from './recognise/title-organisation.js';
const SECTION_HEADING = /^section\s+[a-z]\b/i;
const NOTES_HEADING = /^section\s+[a-z]\s*[:.–-]\s*notes\b/i;
const SCORES_HEADING = /scoring|scores/i;
function isHeading(block) {
    return block.kind === 'heading';
}
/** The report proper: everything before the notes at the back, whose headings repeat "Section A…D". */
function reportBody(blocks) {
    const notes = blocks.findIndex((b) => isHeading(b) && NOTES_HEADING.test(b.kind === 'heading' ? b.text : ''));
    return notes < 0 ? [...blocks] : blocks.slice(0, notes);
}
function headingText(block) {
    return block.kind === 'heading' ? block.text : null;
}
/** Section A: one score table per stage, each under a heading that names its stage. */
function scoresByStage(blocks) {
    const scores = new Map();
    const sections = sectionsStartingAt(blocks, (b) => isHeading(b) && SECTION_HEADING.test(headingText(b)));
    const sectionA = sections.find((s) => SCORES_HEADING.test(headingText(s.heading) ?? ''));
    if (!sectionA)
        return scores;
    sectionA.blocks.forEach((block, index) => {
        const table = parseScoreTable(block);
        if (table === undefined)
            return;
        const stage = lookBack(sectionA.blocks, index, (b) => {
            const title = titleText(b);
            return title ? parseStage(title) : null;
        });
        if (stage && !scores.has(stage))
            scores.set(stage, { byCriterion: table, block });
    });
    return scores;
}
function statedTotals(scores) {
    const byCriterion = scores?.byCriterion ?? null;
    return { byCriterion, overall: null, location: { byCriterion: byCriterion ? locationOf(scores.block.loc) : null, overall: null } };
}
function ratedElementsIn(blocks, notes) {
    const rated = [];
    blocks.forEach((block, index) => {
        if (block.kind !== 'table')
            return;
        const rating = lookBack(blocks, index, (b) => {
            const title = titleText(b);
            return title ? ratingNamedBy(title) : null;
        }, (b) => b.kind === 'table');
        if (!rating)
            return;
        const list = parseJustifiedList(block, rating, notes);
        if (list)
            rated.push(...list);
    });
    return [...rated, ...ratedInProse(blocks)];
}
export function extractCentreForAssessment(document) {
    const notes = [];
    const body = reportBody(document.blocks);
    const scores = scoresByStage(body);
    const stageSections = sectionsStartingAt(body, (b) => isHeading(b) && SECTION_HEADING.test(headingText(b))).filter((s) => !SCORES_HEADING.test(headingText(s.heading) ?? '') && parseStage(headingText(s.heading) ?? '') !== null);
    const assessments = stageSections.map((section) => {
        const stage = parseStage(headingText(section.heading));
        const sectionNotes = [];
        const assessor = valueOf(section.blocks, /^assessors?('s)? names?$|^assessors?$|^lead assessor$/);
        const reportDate = valueOf(section.blocks, /^date of (the )?report$|^report date$/);
        const assessment = assembleAssessment({
            stage,
            reportDate: reportDate ? parseDate(reportDate.value) : null,
            visitDate: recogniseFields(section.blocks).find((f) => f.kind === 'visitDate')?.value ?? null,
            documentReviewDate: null,
            assessors: assessor ? splitPersonNames(assessor.value) : [],
            statedTotals: statedTotals(scores.get(stage)),
            rated: ratedElementsIn(section.blocks, sectionNotes),
            recommendation: recommendationIn(section.blocks),
            proseCounts: proseCountsIn(section.blocks, stage),
            keyStrengths: keyStrengthsIn(section.blocks),
            carriedOver: carriedOverInProse(section.blocks),
            // The stages before this one are sections of the same document; the rules compare them directly.
            previousVisit: null,
        }, sectionNotes);
        sectionNotes.push(...headingsNamingOtherStage(section.blocks, stage));
        notes.push(...sectionNotes.map((n) => ({ ...n, stage: n.stage ?? stage })));
        return assessment;
    });
    return {
        template: 'centre-for-assessment',
        organisation: organisationName(body),
        assessmentBody: findAssessmentBody(allText(document.blocks)),
        assessments,
        notes,
    };
}
function organisationName(blocks) {
    const value = valueOf(blocks, /^name of (the )?organi[sz]ation$|^organi[sz]ation( name)?$/);
    return (value ? tidyOrganisationName(value.value) : null) ?? organisationFromTitle(blocks)?.name ?? null;
}
//# sourceMappingURL=centre-for-assessment.js.map