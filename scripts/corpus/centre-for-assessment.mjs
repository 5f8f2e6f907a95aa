/**
 * A Centre for Assessment multi-stage report, as fixtures/reports/northbridge-library.md and
 * stockton.md: Section A's score table per stage, Section B for the initial assessment (or a
 * reassessment), Sections C and D for the 12- and 24-month reviews, filled in over time, and the
 * notes of Section E. Compliance-plus and partial elements are listed with their justification
 * per criterion; the others follow from the score tables.
 */
import { CRITERIA } from '../../dist/standard/catalogue.js';
import { DATE_STYLES } from './dates.mjs';
import { table, writtenCode } from './markdown.mjs';
import { codesOf, countsOf, CRITERION_NUMBERS, criterionOf, withRating } from './ratings.mjs';

const STAGE_TITLES = {
  initial: { scores: 'Initial Assessment', section: 'Initial Assessment Report', contents: 'Initial Assessment Report' },
  reassessment: { scores: 'Reassessment', section: 'Reassessment Report', contents: 'Reassessment Report' },
  'review-1': { scores: '12-month Review', section: '12-month Review Report', contents: '12-month Review Report' },
  'review-2': { scores: '24-month Review', section: '24-month Review Report', contents: '24-month Review report' },
};
const SCORE_HEADER = ['', '1 – Customer insight', '2- Culture of the organisation', '3 – Information and Access', '4- Delivery', '5- Timeliness & Quality of Service'];
const RATING_ROWS = [['Non-Compliance', 'nonCompliance'], ['Partial Compliance', 'partialCompliance'], ['Full Compliance', 'compliance'], ['Compliance Plus', 'compliancePlus']];

/** Section A's table for a stage: counts as stated (an inconsistent report may state others), blank when not started. */
function scoreTable(stated) {
  return table(SCORE_HEADER, RATING_ROWS.map(([label, key]) => [label, ...CRITERION_NUMBERS.map((c) => (stated ? String(stated[c][key]) : ''))]));
}

function listTable(random, rows) {
  return table(['Element', 'Justification'], rows.length ? rows : [['NA', '']]);
}

/** Section B: per criterion, a summary and the partial and compliance-plus elements with their justifications. */
function initialSection(random, holder, visit, letter) {
  const out = [];
  for (const criterion of CRITERIA) {
    const c = criterion.number;
    const deep = random.chance(0.2);
    out.push(`${deep ? '###' : '##'} Criterion ${c} – ${criterion.title.toUpperCase()}`, '', `${deep ? '####' : '###'} Summary`, '', `${holder.short.replace(/^t/, 'T')} was assessed against the ${codesOf(c).length} elements of this criterion through the self-assessment, interviews with staff and ${holder.customers}, and observation during the visit.`, '');
    for (const [rating, title] of [['partial-compliance', 'Partial Compliance Elements'], ['compliance-plus', 'Compliance Plus Elements']]) {
      const rows = withRating(visit.ratings, rating).filter((code) => criterionOf(code) === c).map((code) => [writtenCode(random, code), visit.reasons.get(code)]);
      out.push(`${deep ? '####' : '###'} ${title}`, '', listTable(random, rows), '');
    }
  }
  return out;
}

/** Sections C and D: what changed, then every partial and compliance-plus element of this stage; those kept from the stage before share one row. */
function reviewSection(random, holder, visit, previous, justifications) {
  const out = ['### **Changes in relation to the five criteria and areas for development**', '', `The review was carried out on site and it was good to see that ${holder.short} has responded to the areas for development. The following points summarise the key changes under each of the 5 criteria:`, ''];
  for (const criterion of CRITERIA) out.push(`### **Criterion ${criterion.number} – ${criterion.title}**`, '', `- Evidence was updated for ${random.pick(holder.services)}`, '');
  if (visit.proseCount !== undefined) out.push(`Taking the new elements into account, you are now up to ${visit.proseCount} compliance plus elements.`, '');
  const partialRows = withRating(visit.ratings, 'partial-compliance').map((code) => {
    const remains = previous.ratings.get(code) === 'partial-compliance';
    const text = remains ? `${visit.reasons.get(code)} – remains partial` : visit.reasons.get(code);
    justifications.set(code, text);
    return [writtenCode(random, code), text];
  });
  const plus = withRating(visit.ratings, 'compliance-plus');
  const kept = plus.filter((code) => previous.ratings.get(code) === 'compliance-plus');
  const added = plus.filter((code) => !kept.includes(code));
  const plusRows = [];
  if (kept.length > 0) {
    const text = `Elements previously identified as CP (ie ${kept.map((c) => c.replaceAll('.', '')).join(', ')}) all remain CP.${added.length ? ` The following ${added.length} additional CP elements have been identified` : ' No further CP elements were identified at this review'}`;
    plusRows.push(['', text]);
    for (const code of kept) justifications.set(code, text);
  }
  for (const code of added) {
    plusRows.push([writtenCode(random, code), visit.reasons.get(code)]);
    justifications.set(code, visit.reasons.get(code));
  }
  out.push('### Partial Compliance elements', '', listTable(random, partialRows), '', '### Compliance Plus elements', '', listTable(random, plusRows), '', '**Use of *Customer Service Excellence* marks**', '', 'No issues identified. The logo is used appropriately.', '');
  return out;
}

const EMPTY_REVIEW = [
  '| **Assessor name** | | **Date of report** | |', '| --- | --- | --- | --- |', '',
  '**Changes in relation to the five criteria**', '',
  '**Partial Compliance Elements**', '', '| **Element** | **Justification** |', '| --- | --- |', '',
  '**Compliance Plus Elements**', '', '| **Element** | **Justification** |', '| --- | --- |', '',
];

const NOTES = [
  '## Section E: Notes', '', '### Section A', '',
  'The four types of compliance that can be awarded through assessment against the *Customer Service Excellence* Standard are Non-Compliance, Partial Compliance, Full Compliance and Compliance Plus.', '',
  '| | 1 | 2 | 3 | 4 | 5 | Total |', '| --- | --- | --- | --- | --- | --- | --- |',
  '| Number of elements in the criterion | 11 | 11 | 12 | 13 | 10 | 57 |', '| Maximum number of partial compliances allowed | 2 | 2 | 2 | 3 | 2 | 11 |', '',
];

/**
 * The report of one cycle: `visits` are its completed stages in order (first initial or
 * reassessment); the review sections after them are left empty. `statedScores[i]` is what Section
 * A states for visit i (the true counts, unless the report is made inconsistent).
 */
export function renderCentreForAssessment(random, holder, visits, statedScores) {
  const stages = [visits[0].stage, 'review-1', 'review-2'];
  const dateStyle = random.pick(['dots', 'slashes', 'ordinal']);
  const md = ['# Customer Service Excellence', '', '## Assessment Report', '', 'Name of Organisation', holder.name.toUpperCase(), '', ''];
  md.push('## **Contents**', '', table(['', ''], [['**Introduction**', '**Page 2**'], ['**Section A: Scoring Achievement by Criterion**', '**Page 3**'], ...stages.map((s, i) => [`**Section ${'BCD'[i]}: ${STAGE_TITLES[s].contents}**`, `**Page ${4 + i * 4}**`]), ['**Section E: Notes**', '**Page 16**']]), '');
  md.push(`This Assessment Report covers the whole of your organisation's journey from ${visits[0].stage === 'initial' ? 'initial assessment' : 'reassessment'}, through 12 and 24-month review visits. Centre for Assessment hopes that you find these documents useful.`, '');
  md.push('## Section A: Scoring Achievement by Criterion', '');
  stages.forEach((stage, i) => md.push(`### ${STAGE_TITLES[stage].scores}`, '', scoreTable(statedScores[i] ?? null), ''));
  const justifications = visits.map(() => new Map());
  stages.forEach((stage, i) => {
    const visit = visits[i];
    md.push(`## Section ${'BCD'[i]}: ${STAGE_TITLES[stage].section}`, '');
    if (!visit) {
      md.push(...EMPTY_REVIEW);
      return;
    }
    md.push(table(['**Assessor name**', `**${visit.assessors.join(random.pick([' & ', ' / ', ' and ']))}**`, '**Date of report**', `**${DATE_STYLES[dateStyle](visit.reportDate)}**`], []), '');
    if (i === 0) {
      md.push('### **Summary**', '', `${holder.name} has a strong commitment to its ${holder.customers}. ${visit.recommendation}`, '');
      md.push(...initialSection(random, holder, visit));
      for (const code of [...withRating(visit.ratings, 'compliance-plus'), ...withRating(visit.ratings, 'partial-compliance')]) justifications[i].set(code, visit.reasons.get(code));
    } else {
      md.push(...reviewSection(random, holder, visit, visits[i - 1], justifications[i]));
    }
  });
  md.push(...NOTES);
  return { markdown: md.join('\n'), justifications };
}

/** Section A's counts for each visit, true to the ratings. */
export function trueScores(visits) {
  return visits.map((visit) => Object.fromEntries(CRITERION_NUMBERS.map((c) => [c, countsOf(visit.ratings, c)])));
}
