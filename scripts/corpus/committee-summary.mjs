/**
 * A holder's paper to its committee, as fixtures/reports/kestrel-housing-committee.md and
 * moors-committee.md: numbered paragraphs, the result as counts in words, the compliance-plus
 * elements listed with the standard's statement (a quotation, not a reason), the partial
 * compliances with the reason the assessor gave, and the assessor and visit in prose.
 */
import { ELEMENTS } from '../../dist/standard/catalogue.js';
import { DATE_STYLES, twoDays, yearOf } from './dates.mjs';
import { inWords } from './markdown.mjs';
import { withRating } from './ratings.mjs';

const STAGE_WORDS = { initial: 'our initial assessment', 'review-1': 'our first annual review', 'review-2': 'our second annual review', reassessment: 'our full reassessment' };
const TITLES = { initial: 'Initial Assessment', 'review-1': 'Annual Review', 'review-2': 'Annual Review', reassessment: 'Reassessment' };
const BODY_SENTENCES = {
  'SGS United Kingdom': 'SGS United Kingdom Ltd (SGS)',
  'Assessment Services Ltd': 'G4S Assessment Services',
  'Centre for Assessment': 'Centre for Assessment Ltd',
  emqc: 'emqc Ltd',
};
const statement = (code) => ELEMENTS.find((e) => e.code === code).statement;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** `statedPlus` is the count the paper gives for compliance plus (the true one unless made inconsistent). */
export function renderCommitteeSummary(random, holder, visit, body, statedPlus) {
  const year = yearOf(visit.visitDate);
  const assessor = visit.assessors[0];
  const plus = withRating(visit.ratings, 'compliance-plus');
  const partials = withRating(visit.ratings, 'partial-compliance');
  const title = holder.name.toUpperCase();
  const bullets = random.chance(0.5);
  const md = [`# ${title}`, '', `## ${random.pick(['Customer Services Committee', 'Scrutiny Committee', 'Audit and Governance Committee'])}`, '', `**Customer Service Excellence – ${year} ${TITLES[visit.stage]}**`, '', 'Report of the Director of Customer Experience', ''];
  md.push('**1. Purpose of the Report**', '', `1.1 To update Members on the outcome of ${holder.short}'s ${year} assessment against the Customer Service Excellence (CSE) standard.`, '');
  md.push('**2. Background**', '', '2.1 The CSE standard is made up of 5 criteria with 57 elements in total. Each element is assessed as non-compliance, partial compliance, compliance or compliance plus.', '');
  md.push(`2.2 This year's assessment was ${STAGE_WORDS[visit.stage]}.`, '', `2.3 ${capital(holder.short)}'s assessment body is ${BODY_SENTENCES[body]}.`, '');
  md.push(`**3. ${year} Assessment and Results**`, '');
  md.push(`3.1 Our assessor, ${assessor}, visited on ${visit.twoDayVisit ? twoDays(visit.visitDate) : DATE_STYLES.plain(visit.visitDate)}. ${assessor.split(' ')[0]} met staff from ${holder.services.slice(0, 2).join(' and ')} and spoke to ${holder.customers} and partners.`, '');
  md.push(`3.2 In the report dated ${DATE_STYLES.plain(visit.reportDate)}, ${assessor.split(' ')[0]} confirmed that ${holder.short} continues to meet the standard.`, '');
  const plusWords = `${statedPlus === 0 ? 'none' : inWords(statedPlus)} of the fifty-seven elements were assessed as Compliance Plus`;
  const listFollows = statedPlus === 0 ? '' : ' The Compliance Plus elements are as follows;';
  md.push(
    partials.length === 0 && random.chance(0.5)
      ? `3.3 We retained the standard, securing full compliance across all 57 elements, and ${plusWords}.${listFollows}`
      : `3.3 We are pleased to report that ${plusWords}. There ${partials.length === 1 ? 'was one Partial Compliance' : `were ${inWords(partials.length)} Partial Compliances`} and no non-compliances.${listFollows}`,
    '',
  );
  md.push(...(bullets ? [plus.map((code) => `- ${code} ${statement(code)}`).join('\n'), ''] : plus.flatMap((code) => [` ${code}  ${statement(code)}`, ''])));
  if (partials.length > 0) {
    md.push(`3.4 The ${partials.length === 1 ? 'Partial Compliance' : `${inWords(partials.length)} Partial Compliances`} (${partials.join(partials.length === 2 ? ' and ' : ', ')}) ${partials.length === 1 ? 'was' : 'were'} as follows:`, '');
    for (const code of partials) md.push(` • ${code} – ${visit.reasons.get(code)}`, '');
  }
  md.push('**4. Recommendation**', '', 'That Members;', '', `4.1 Note the contents of the report and the result of the ${year} assessment.`, '', 'Contact Officer', '', 'Director of Customer Experience', '');
  return { markdown: md.join('\n') };
}
