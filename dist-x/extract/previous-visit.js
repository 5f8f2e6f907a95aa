/**
 * The visit before the one a report is of, where the report says when it was: a schedule line
 * ("Initial Review - October 2015 Annual Review Year 1 - February 2017 …", Assessment Services'
 * conclusion), or a sentence naming the stage before this one with its month ("the feedback
 * provided at the Annual Review Year 2 in November 2022"; for a first review, "initially assessed
 * … in October 2015").
 */
import { blockText } from '../document/model.js';
import { findDates, findMonths } from '../parse/dates.js';
import { parseStage } from '../parse/stages.js';
import { sentences } from '../parse/text.js';
/** A schedule names at least this many visits, each "<stage> - <Month YYYY>". */
const SCHEDULE_ENTRIES = 3;
function fromSchedule(text, stage) {
    const months = findMonths(text);
    const entries = months.map((month, i) => {
        const start = i === 0 ? 0 : months[i - 1].index + months[i - 1].text.length;
        const label = text.slice(start, month.index).replace(/\s*[-–:]\s*$/, '');
        return { stage: parseStage(label), date: month.iso };
    });
    if (entries.filter((e) => e.stage).length < SCHEDULE_ENTRIES)
        return null;
    const index = entries.findIndex((e) => e.stage === stage);
    const previous = index > 0 ? entries[index - 1] : null;
    return previous?.stage ? { stage: previous.stage, date: previous.date } : null;
}
/** The stage the cycle puts before each stage. */
const PREDECESSOR = { 'review-1': 'initial', 'review-2': 'review-1', reassessment: 'review-2' };
function predecessorInProse(text, predecessor) {
    for (const sentence of sentences(text)) {
        const named = parseStage(sentence) === predecessor || (predecessor === 'initial' && /\b(?:initially|first)\s+(?:assessed|certificated|certified|accredited)\b/i.test(sentence));
        if (!named)
            continue;
        const date = findDates(sentence)[0]?.iso ?? findMonths(sentence)[0]?.iso;
        if (date)
            return { stage: predecessor, date };
    }
    return null;
}
export function previousVisitIn(blocks, stage) {
    for (const block of blocks) {
        const found = block.kind === 'paragraph' ? fromSchedule(blockText(block), stage) : null;
        if (found)
            return found;
    }
    const predecessor = PREDECESSOR[stage];
    if (!predecessor)
        return null;
    for (const block of blocks) {
        if (block.kind !== 'paragraph')
            continue;
        const found = predecessorInProse(block.text, predecessor);
        if (found)
            return found;
    }
    return null;
}
//# sourceMappingURL=previous-visit.js.map