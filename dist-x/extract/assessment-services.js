import { findDates, parseDate } from '../parse/dates.js';
import { splitPersonNames } from '../parse/names.js';
import { tidyOrganisationName } from '../parse/organisation.js';
import { parseStage } from '../parse/stages.js';
import { assembleAssessment } from './assemble.js';
import { allText, valueOf } from './blocks.js';
import { findAssessmentBody } from './body.js';
import { locationOf } from './draft.js';
import { parseAssessorComments, parseElementRatingTable, ratedInProse } from './element-tables.js';
import { carriedOverInProse, keyStrengthsIn, proseCountsIn, recommendationIn } from './narrative.js';
import { previousVisitIn } from './previous-visit.js';
import { readElementRatingTable } from './recognise/element-ratings.js';
import { organisationFromTitle } from './recognise/title-organisation.js';
import { signOffDate } from './recognise/prose-facts.js';
import { parseScoreTable, parseTotalsTable } from './score-table.js';
import { headingsNamingOtherStage } from './stage-headings.js';
function statedTotals(blocks) {
    let byCriterion = null;
    let overall = null;
    const location = { byCriterion: null, overall: null };
    for (const block of blocks) {
        const scores = parseScoreTable(block);
        if (scores && !byCriterion) {
            byCriterion = scores;
            location.byCriterion = locationOf(block.loc);
        }
        const totals = parseTotalsTable(block);
        if (totals && !overall) {
            overall = totals;
            location.overall = locationOf(block.loc);
        }
    }
    return { byCriterion, overall, location };
}
export function extractAssessmentServices(document) {
    const notes = [];
    const blocks = document.blocks;
    const type = valueOf(blocks, /^(assessment|report|review) type$/);
    const stage = (type && parseStage(type.value)) ?? 'unknown';
    const assessor = valueOf(blocks, /^assessors?('s)? names?$|^(prepared by )?(cse )?assessors?$|^lead assessor$/);
    const visit = valueOf(blocks, /^(on-?site )?visit dates?$|^date of (the )?visit$|^assessment dates?$/);
    const documentReview = valueOf(blocks, /^document review date$|^date of document review$/);
    const reportDateValue = valueOf(blocks, /^date of (the )?report$|^report date$/);
    const comments = new Map();
    const rated = [];
    for (const block of blocks) {
        const tableComments = parseAssessorComments(block, notes);
        if (tableComments) {
            for (const [code, text] of tableComments)
                if (!comments.has(code))
                    comments.set(code, text);
            continue;
        }
        // The family's own reading of its per-element tables, with the reasons a comments column gives.
        const tableNotes = [];
        const withColumns = readElementRatingTable(block, tableNotes)?.rated;
        const ratings = parseElementRatingTable(block, 1);
        if (ratings) {
            const reasons = new Map((withColumns ?? []).map((r) => [`${r.code} ${r.rating}`, r.justification]));
            rated.push(...ratings.map((r) => ({ ...r, justification: reasons.get(`${r.code} ${r.rating}`) ?? null })));
        }
        else if (withColumns) {
            rated.push(...withColumns);
            notes.push(...tableNotes);
        }
    }
    rated.push(...ratedInProse(blocks));
    const assessment = assembleAssessment({
        stage,
        reportDate: (reportDateValue && parseDate(reportDateValue.value)) || signOffDate(blocks),
        visitDate: visit ? (findDates(visit.value)[0]?.iso ?? null) : null,
        documentReviewDate: documentReview ? parseDate(documentReview.value) : null,
        assessors: assessor ? splitPersonNames(assessor.value) : [],
        statedTotals: statedTotals(blocks),
        rated: rated.map((r) => ({ ...r, justification: comments.get(r.code) ?? r.justification ?? null })),
        recommendation: recommendationIn(blocks),
        proseCounts: proseCountsIn(blocks, stage),
        keyStrengths: keyStrengthsIn(blocks),
        carriedOver: carriedOverInProse(blocks),
        previousVisit: previousVisitIn(blocks, stage),
    }, notes);
    notes.push(...headingsNamingOtherStage(blocks, stage));
    return {
        template: 'assessment-services',
        organisation: organisationName(blocks),
        assessmentBody: findAssessmentBody(allText(blocks)),
        assessments: [assessment],
        notes: notes.map((n) => ({ ...n, stage: n.stage ?? stage })),
    };
}
function organisationName(blocks) {
    const value = valueOf(blocks, /^organi[sz]ation( \/ service)?( assessed)?$|^name of (the )?organi[sz]ation$|^client( name)?$/);
    return (value ? tidyOrganisationName(value.value) : null) ?? organisationFromTitle(blocks)?.name ?? null;
}
//# sourceMappingURL=assessment-services.js.map