/**
 * An Assessment Services Ltd report, as fixtures/reports/melton.md and harrowfield-nhs.md: key
 * information, strengths and areas for improvement citing elements in brackets, the assessor's
 * report on all 57 elements, a totals table, a signed conclusion with the cycle's schedule, and
 * the per-element accreditation table (a pipe table, or lines typed with tabs).
 */
import { CRITERIA, ELEMENTS, SUB_CRITERIA } from '../../dist/standard/catalogue.js';
import { DATE_STYLES, monthYear, twoDays } from './dates.mjs';
import { inWords, table } from './markdown.mjs';
import { criterionOf, TOLERANCE, withRating } from './ratings.mjs';
import { assessorComment } from './wording.mjs';

export const REPORT_TYPES = { initial: 'Initial Assessment', 'review-1': 'Annual Review Year 1', 'review-2': 'Annual Review Year 2', reassessment: '3 Year Full Review' };
const ACCREDITATION = { compliance: ['Compliance'], 'compliance-plus': ['Compliance plus', 'Compliance Plus'], 'partial-compliance': ['Partial Compliance'], 'non-compliance': ['Non Compliance'] };

function accreditationTables(random, ratings) {
  const tabs = random.chance(0.3);
  const out = [];
  for (const criterion of CRITERIA) {
    const rows = [];
    let lastSub = null;
    for (const { code } of ELEMENTS.filter((e) => criterionOf(e.code) === criterion.number)) {
      const sub = code.split('.').slice(0, 2).join('.');
      rows.push([sub === lastSub ? '' : sub, code, random.pick(ACCREDITATION[ratings.get(code)])]);
      lastSub = sub;
    }
    if (tabs) out.push(`Criteria ${criterion.number}`, '', ['\tElement\tAccreditation', ...rows.map((r) => r.join('\t'))].join('\n'), '');
    else out.push(`### Criteria ${criterion.number}`, '', table(['', 'Element', 'Accreditation'], rows), '');
  }
  return out;
}

/** The schedule line of the conclusion, up to and including this visit: "Initial Review - October 2015 Annual Review Year 1 - …". */
function schedule(history) {
  const names = { initial: 'Initial Review', 'review-1': 'Annual Review Year 1', 'review-2': 'Annual Review Year 2', reassessment: '3 Year Full Review' };
  return history.map((v) => `${names[v.stage]} - ${monthYear(v.visitDate)}`).join(' ');
}

/**
 * `visit` is this report's stage; `history` the visits of the cycle up to it (for the schedule);
 * `statedTotals` what the totals table states (the true counts unless made inconsistent).
 */
export function renderAssessmentServices(random, holder, visit, history, statedTotals) {
  const assessors = visit.assessors.join(random.pick([' / ', ' & ', ', ']));
  const type = REPORT_TYPES[visit.stage];
  const dateStyle = random.pick(['ordinal', 'plain']);
  const comments = new Map();
  const md = ['Commercial in Confidence', '', 'Customer Service Excellence is a trade mark of the Cabinet Office and is used under licence', ''];
  md.push(table(['Organisation / Service Assessed :', holder.name], [['Prepared by CSE Assessor:', assessors], ['Report Type:', type]]), '');
  md.push('## 1. Key Information', '', table(['Assessor Name', assessors], [['Assessment Type', type], ['Project Number', `PN${random.int(100000, 199999)}`], ['Client ID', `C${random.int(10000, 29999)}`], ['Document Review Date', DATE_STYLES[dateStyle](visit.documentReviewDate)], ['Visit Date', visit.twoDayVisit ? twoDays(visit.visitDate) : DATE_STYLES[dateStyle](visit.visitDate)]]), '');
  md.push('## 2. Introduction and Background', '', `${holder.name} (referred to as ${holder.short} throughout the report) provides ${holder.services.slice(0, 3).join(', ')} and other services to its ${holder.customers}.`, '');
  md.push('## 3. Methodology', '', `This was the ${type} against the Customer Service Excellence Standard. The self-assessment and supporting evidence were reviewed before the visit, and on site the assessor interviewed staff, partners and ${holder.customers}.`, '');
  const strengths = withRating(visit.ratings, 'compliance-plus').slice(0, 4);
  md.push('## 4. Summary of Strengths', '', 'The following provides an indication of the areas of strength identified. Reference is made to the element in brackets:', '');
  for (const code of strengths) md.push(`${visit.reasons.get(code)} (${code})`, '');
  const partials = withRating(visit.ratings, 'partial-compliance');
  md.push('## 5. Areas for Continuous Improvement', '', 'The following provides an indication of the areas identified to consider for further improvement. Reference is made to the element in brackets:', '');
  for (const code of partials) md.push(`${visit.reasons.get(code)} (${code})`, '');
  md.push('## 6. Assessor Findings', '');
  for (const criterion of CRITERIA) {
    md.push(`### 6.${criterion.number} Criterion ${criterion.number} ${criterion.title}`, '');
    for (const sub of SUB_CRITERIA.filter((s) => s.code.startsWith(`${criterion.number}.`))) {
      const rows = ELEMENTS.filter((e) => e.code.startsWith(`${sub.code}.`)).map((e) => {
        const rating = visit.ratings.get(e.code);
        const reason = visit.reasons.get(e.code);
        const comment = assessorComment(random, holder, e.code, rating, reason);
        comments.set(e.code, comment);
        return [`${e.code} ${e.statement}`, comment];
      });
      md.push(`#### ${sub.code} ${sub.title}`, '', table(['Element', 'Assessor Report'], rows), '');
    }
  }
  md.push(table(['Totals', ''], [['Compliant Plus', String(statedTotals.compliancePlus)], ['Compliant', String(statedTotals.compliance)], ['Partial Compliant', String(statedTotals.partialCompliance)], ['Non Compliant', String(statedTotals.nonCompliance)]]), '');
  md.push('## 7. Conclusion and Recommendations', '');
  const breach = breachedCriterion(visit.ratings);
  if (breach) {
    const named = partials.filter((c) => criterionOf(c) === breach);
    md.push(`However, ${inWords(named.length)} partial compliances were identified in Criterion ${breach} ${CRITERIA[breach - 1].title} (${named.join(', ')}). This exceeds the tolerance for that criterion.`, '');
  }
  md.push(visit.recommendation, '');
  md.push(`Certification is valid for a total of three years from the Certification Committee's decision date and subject to ongoing annual reviews as follows:`, '', schedule(history), '');
  md.push(`Name ${visit.assessors[0]} Registered CSE Assessor for Assessment Services Ltd Date ${DATE_STYLES.ordinal(visit.reportDate)}`, '');
  md.push('## 8. Compliance against the Customer Service Excellence Standard', '', ...accreditationTables(random, visit.ratings));
  return { markdown: md.join('\n'), comments };
}

/** The criterion whose partial compliances exceed its tolerance, if any. */
export function breachedCriterion(ratings) {
  const partials = withRating(ratings, 'partial-compliance');
  return CRITERIA.map((c) => c.number).find((c) => partials.filter((p) => criterionOf(p) === c).length > TOLERANCE[c]) ?? null;
}
