/**
 * A holder's committee paper reporting its result to members: counts in words, the
 * compliance-plus (and partial) elements listed by code, the assessor and visit in prose.
 */
import { blockText, placedItems } from '../document/model.js';
import { codesInText, leadingCode } from '../parse/codes.js';
import { ORGANISATION_NOUN, tidyOrganisationName } from '../parse/organisation.js';
import { restatesStandard } from '../parse/restates-standard.js';
import { ratingNamedBy } from '../parse/ratings.js';
import { sentences, tidy } from '../parse/text.js';
import { isBodyName } from '../standard/bodies.js';
import { assembleAssessment } from './assemble.js';
import { allText } from './blocks.js';
import { findAssessmentBody } from './body.js';
import { locationOf } from './draft.js';
import { ratedInProse } from './element-tables.js';
import { carriedOverInProse, keyStrengthsIn, proseCountsIn, recommendationIn, totalsFromProse } from './narrative.js';
import { previousVisitIn } from './previous-visit.js';
import { headingsNamingOtherStage } from './stage-headings.js';
import { recogniseFields } from './recognise/fields.js';
import { restatesAnotherVisit } from './recognise/other-visit-tables.js';
import { parseTotalsTable } from './score-table.js';
import { organisationFromTitle } from './recognise/title-organisation.js';
import { assessorsInProse, reportDateInProse, stageInProse, visitDateInProse } from './recognise/prose-facts.js';
import { OTHER_VISIT } from '../parse/other-visit.js';
/** A title naming an organisation, or a capitalised name that recurs in the text; null when the paper only says "the Authority". */
function organisationName(blocks) {
    const onCover = organisationFromTitle(blocks);
    if (onCover)
        return onCover.name;
    for (const block of blocks) {
        if (block.kind !== 'heading' || block.level > 2)
            continue;
        if (new RegExp(String.raw `\b${ORGANISATION_NOUN}\b`, 'i').test(block.text) && !isBodyName(block.text) && !/customer service excellence/i.test(block.text)) {
            return tidyOrganisationName(block.text);
        }
    }
    const name = new RegExp(String.raw `\b((?:[A-Z][\w'’&-]*\s+(?:(?:of|on|upon|and|for|the)\s+)?){1,5}${ORGANISATION_NOUN})\b`, 'g');
    const seen = new Map();
    for (const m of allText(blocks).matchAll(name)) {
        const candidate = m[1].replace(/^(The|This|Our|That)\s+/, '');
        if (candidate.split(/\s+/).length < 2 || isBodyName(candidate) || /customer service/i.test(candidate))
            continue;
        seen.set(candidate, (seen.get(candidate) ?? 0) + 1);
    }
    const [best] = [...seen.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]);
    return best ? tidyOrganisationName(best[0]) : null;
}
/**
 * The paper's counts for the whole standard: a table of them where the paper has one (a visit's
 * column where it compares visits), else as its prose first states each. A table that restates
 * another visit is not this one's.
 */
function statedTotals(blocks, counts) {
    for (const [i, block] of blocks.entries()) {
        const table = block.kind === 'table' && !restatesAnotherVisit(blocks, i) ? parseTotalsTable(block) : undefined;
        if (table)
            return { byCriterion: null, overall: table, location: { byCriterion: null, overall: locationOf(block.loc) } };
    }
    const prose = totalsFromProse(counts);
    return { byCriterion: null, overall: prose?.totals ?? null, location: { byCriterion: null, overall: prose?.location ?? null } };
}
/** Elements listed by code, block by block, after a sentence that names their rating ("… Compliance Plus criteria are as follows"). */
function listedElements(blocks) {
    const rated = [];
    let context = null;
    for (const block of blocks) {
        const items = block.kind === 'list' ? placedItems(block) : [{ text: blockText(block), loc: block.loc }];
        for (const { text: item, loc } of items) {
            const text = tidy(item.replace(/^[•·\-*]\s*/, ''));
            const code = leadingCode(text);
            if (code && context && block.kind !== 'heading') {
                const rest = text.replace(/^\(?[\dI.\s]+?\)?\s*[–—:-]?\s+/, '').trim();
                rated.push({ code, rating: context, justification: restatesStandard(code, rest) ? null : rest, loc });
                continue;
            }
            if (/^https?:\/\/\S+$/.test(text))
                continue; // page furniture between list items
            if (/^[a-z]/.test(text) && context)
                continue; // a wrapped line continuing the item above
            context = null;
            for (const sentence of sentences(text)) {
                if (OTHER_VISIT.test(sentence))
                    continue;
                const rating = ratingNamedBy(sentence);
                if (rating && /\bfollows?\b|:\s*$|;\s*$/i.test(sentence))
                    context = rating;
                // "The two Partial Compliances (2.2.3 and 4.3.5) were …": codes named beside one rating.
                if (rating) {
                    for (const named of codesInText(sentence))
                        rated.push({ code: named, rating, justification: null, loc });
                }
            }
        }
    }
    return rated;
}
export function extractCommitteeSummary(document) {
    const notes = [];
    const blocks = document.blocks;
    const text = allText(blocks);
    const organisation = organisationName(blocks);
    if (!organisation) {
        notes.push({
            rule: 'organisation-not-named',
            severity: 'info',
            message: 'The paper never names the organisation it reports on (it says only "the Authority", "the Council" or similar); organisation is left empty. Give it in an import manifest.',
            stage: null,
            criterion: null,
            elements: [],
            location: locationOf(blocks[0]?.loc),
        });
    }
    const stage = recogniseFields(blocks).find((f) => f.kind === 'stage')?.value.stage ?? stageInProse(text);
    const proseCounts = proseCountsIn(blocks, stage);
    const assessment = assembleAssessment({
        stage,
        reportDate: reportDateInProse(text),
        visitDate: visitDateInProse(blocks),
        documentReviewDate: null,
        assessors: assessorsInProse(text),
        statedTotals: statedTotals(blocks, proseCounts),
        rated: [...listedElements(blocks), ...ratedInProse(blocks)],
        recommendation: recommendationIn(blocks),
        proseCounts,
        keyStrengths: keyStrengthsIn(blocks),
        carriedOver: carriedOverInProse(blocks),
        previousVisit: previousVisitIn(blocks, stage),
    }, notes);
    notes.push(...headingsNamingOtherStage(blocks, stage));
    return {
        template: 'committee-summary',
        organisation,
        assessmentBody: findAssessmentBody(text),
        assessments: [assessment],
        notes: notes.map((n) => ({ ...n, stage: n.stage ?? stage })),
    };
}
//# sourceMappingURL=committee-summary.js.map