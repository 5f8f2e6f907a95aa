import { codesInText } from '../parse/codes.js';
import { countsInProse } from '../parse/counts.js';
import { allText, labelledValues } from './blocks.js';
import { parseElementRatingTable, isHeaderRow } from './element-tables.js';
import { parseScoreTable, parseTotalsTable } from './score-table.js';
function headings(blocks) {
    return blocks.flatMap((b) => {
        if (b.kind === 'heading')
            return [b.text];
        if (b.kind === 'paragraph' && b.text.length < 100)
            return [b.text];
        if (b.kind === 'list')
            return b.items.filter((item) => item.length < 100);
        return [];
    });
}
export function classify(document) {
    const { blocks } = document;
    const titles = headings(blocks);
    const text = allText(blocks);
    const labels = new Set(labelledValues(blocks).map((p) => p.key));
    const scoreTables = blocks.filter((b) => parseScoreTable(b) !== undefined).length;
    const ratingTables = blocks.filter((b) => parseElementRatingTable(b) !== undefined).length;
    const totalsTables = blocks.filter((b) => parseTotalsTable(b) !== undefined).length;
    const justifiedLists = blocks.filter((b) => b.kind === 'table' && b.rows[0] && isHeaderRow(b.rows[0].cells, /^elements?$/i, /justification/i)).length;
    const assessorReports = blocks.filter((b) => b.kind === 'table' && b.rows[0] && isHeaderRow(b.rows[0].cells, /^elements?$/i, /assessor report/i)).length;
    const stageSections = titles.filter((t) => /^section\s+[b-d]\b.*\b(assessment|review)\b.*\breport\b/i.test(t)).length;
    const hasType = [...labels].some((l) => /^(assessment|report|review) type$/.test(l));
    // A paper to members reports its result in prose; a document that rates elements in tables is an assessor's report.
    const committee = /\b(members|committee)\b/i.test(text) && titles.some((t) => /purpose of (the|this) report|recommendations?$/i.test(t)) && ratingTables === 0 && justifiedLists === 0;
    const evidence = [];
    if (stageSections > 0 && (scoreTables > 0 || justifiedLists > 0)) {
        evidence.push(`${stageSections} stage sections ("Section B: Initial Assessment Report" and the like)`, `${scoreTables} per-criterion score tables`, `${justifiedLists} Element | Justification tables`);
        return { template: 'centre-for-assessment', evidence };
    }
    // Other bodies' reports, and Assessment Services' own in other years, have a type field and rating tables
    // too: the family is the one with the assessor's report on every element.
    if (hasType && assessorReports > 0) {
        evidence.push('an "Assessment Type" / "Report Type" field', `${ratingTables} per-element rating tables`, `${assessorReports} Element | Assessor Report tables`, `${totalsTables} totals tables`);
        return { template: 'assessment-services', evidence };
    }
    // Reading counts from prose costs more than all the rest: done once the tables have not settled it.
    const proseCounts = countsInProse(text).length;
    const listedCodes = committee ? codesInText(text).length : 0;
    // A paper on a visit with no compliance plus and no partial compliance cites no element: it
    // must then name the standard.
    const namesStandard = /\bcustomer service excellence\b/i.test(text);
    if (committee && proseCounts > 0 && (listedCodes > 0 || namesStandard)) {
        evidence.push('a paper to members with a purpose and a recommendation', `${proseCounts} rating counts stated in prose`, `${listedCodes} element codes cited`);
        return { template: 'committee-summary', evidence };
    }
    evidence.push(scoreTables + ratingTables + totalsTables + justifiedLists === 0
        ? 'no score table, no table rating elements and no totals'
        : `rating tables without the sections of a known report template (${scoreTables} score, ${ratingTables} element, ${totalsTables} totals)`, proseCounts === 0 ? 'no counts of ratings in its text' : `${proseCounts} counts of ratings in its text, but not in a committee paper`);
    return { template: null, evidence };
}
//# sourceMappingURL=classify.js.map