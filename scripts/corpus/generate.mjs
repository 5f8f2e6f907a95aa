/**
 * The corpus: invented holders, their visits cycle after cycle, one report per document (a
 * Centre for Assessment report covers a cycle's stages; the others one visit each), a share of
 * them made inconsistent on purpose, and for each report the truth: every value put in, in the
 * canonical record's terms, and the rules the report must trigger.
 */
import { addDays, weekday } from './dates.mjs';
import { personName, inventHolder } from './holders.mjs';
import { breachTolerance, countsOf, CRITERION_NUMBERS, criterionOf, rateStage, withNonCompliance, withRating, CODES } from './ratings.mjs';
import { justification } from './wording.mjs';
import { renderCentreForAssessment, trueScores } from './centre-for-assessment.mjs';
import { breachedCriterion, renderAssessmentServices } from './assessment-services.mjs';
import { renderCommitteeSummary } from './committee-summary.mjs';
import { renderOtherBodies } from './other-bodies.mjs';
import { createRandom } from './random.mjs';

const TEMPLATE_WEIGHTS = { 'centre-for-assessment': 1, 'assessment-services': 1, 'committee-summary': 1 };
/** With the axes on, "other bodies" reports make up this share of the corpus unless told otherwise. */
export const DEFAULT_OTHER_SHARE = 0.6;
const COMMITTEE_BODIES = ['SGS United Kingdom', 'Assessment Services Ltd', 'Centre for Assessment', 'emqc'];
const BODY_OF = { 'centre-for-assessment': 'Centre for Assessment', 'assessment-services': 'Assessment Services Ltd' };

function recommendation(template, holder, visit) {
  const fails = withRating(visit.ratings, 'non-compliance').length > 0 || breachedCriterion(visit.ratings) !== null;
  const review = visit.stage.startsWith('review');
  if (template === 'centre-for-assessment') return `The assessors are pleased to recommend ${holder.short} for certification to the *Customer Service Excellence* Standard.`;
  if (fails) return `I am unable to recommend to Assessment Services Ltd's Certification Committee that ${holder.short} is ${visit.stage === 'initial' ? 'certificated' : 're-certificated'} at this time.`;
  if (review) return "There are no actions that require immediate attention and I am pleased to pass on to Assessment Services Ltd's Certification Committee my recommendation that you remain certificated as meeting the Customer Service Excellence Standard.";
  return `I am pleased to recommend to Assessment Services Ltd's Certification Committee that ${holder.name} is ${visit.stage === 'initial' ? 'awarded' : 're-awarded'} certification to the Customer Service Excellence Standard.`;
}

/** The visits of one cycle, each with its ratings, reasons, assessors and dates. */
function cycleVisits(random, holder, template, start, first, previousRatings) {
  const lead = personName(random);
  const visits = [];
  let visitDate = start;
  let ratings = previousRatings;
  for (const stage of [first, 'review-1', 'review-2']) {
    ratings = rateStage(random, ratings);
    const reasons = new Map();
    for (const code of CODES) if (ratings.get(code) !== 'compliance') reasons.set(code, justification(random, holder, code, ratings.get(code)));
    const assessors = stage === first && random.chance(0.4) ? [lead, personName(random)].filter((n, i, all) => all.indexOf(n) === i) : [lead];
    visits.push({ stage, ratings, reasons, assessors, visitDate, twoDayVisit: random.chance(0.4), reportDate: addDays(visitDate, random.int(3, 20)), documentReviewDate: addDays(visitDate, -random.int(2, 14)) });
    visitDate = weekday(addDays(visitDate, random.int(320, 355)));
  }
  return { visits, next: visitDate, ratings };
}

const element = (code, rating, basis, justification) => ({ code, rating, basis, justification });

/** Truth of one Centre for Assessment report: stated elements are the listed ones; the rest of a criterion is derived where Section A agrees with the lists. */
function truthCentre(visits, stated, justifications) {
  const stages = [visits[0].stage, 'review-1', 'review-2'];
  return stages.map((stage, i) => {
    const visit = visits[i];
    if (!visit) return { stage, status: 'not-started', reportDate: null, visitDate: null, documentReviewDate: null, assessors: [], statedTotals: { byCriterion: null, overall: null }, elements: [] };
    const elements = [];
    for (const code of CODES) {
      const rating = visit.ratings.get(code);
      const c = criterionOf(code);
      const agrees = JSON.stringify(stated[i][c]) === JSON.stringify(countsOf(visit.ratings, c));
      if (rating !== 'compliance') elements.push(element(code, rating, 'stated', justifications[i].get(code)));
      else if (agrees) elements.push(element(code, rating, 'derived', null));
    }
    return { stage, status: 'completed', reportDate: visit.reportDate, visitDate: null, documentReviewDate: null, assessors: visit.assessors, statedTotals: { byCriterion: stated[i], overall: null }, elements };
  });
}

function makeCentreReport(random, holder, visits, deliberate) {
  const stated = trueScores(visits);
  const expected = [];
  if (deliberate === 'score-table') {
    const i = random.int(0, visits.length - 1);
    const c = random.pick(CRITERION_NUMBERS.filter((n) => stated[i][n].compliance > 0));
    stated[i] = { ...stated[i], [c]: { ...stated[i][c], compliance: stated[i][c].compliance - 1, compliancePlus: stated[i][c].compliancePlus + 1 } };
    expected.push({ rule: 'named-elements-match-totals', stage: visits[i].stage });
  }
  if (deliberate === 'prose-count') {
    const visit = visits.at(-1);
    visit.proseCount = withRating(visit.ratings, 'compliance-plus').length + random.pick([-2, -1, 1, 2, 3]);
    expected.push({ rule: 'prose-counts-agree', stage: visit.stage });
  }
  const { markdown, justifications } = renderCentreForAssessment(random, holder, visits, stated);
  return { markdown, assessments: truthCentre(visits, stated, justifications), expected };
}

function makeServicesReport(random, holder, visit, history, deliberate) {
  const expected = [];
  let totals = countsOf(visit.ratings);
  if (deliberate === 'totals-table') {
    // As Melton's: one compliance plus more and one partial fewer than the element table, or one compliance fewer.
    const from = totals.partialCompliance > 0 ? 'partialCompliance' : 'compliance';
    totals = { ...totals, [from]: totals[from] - 1, compliancePlus: totals.compliancePlus + 1 };
    expected.push({ rule: 'named-elements-match-totals', stage: visit.stage });
    if (from === 'compliance') expected.push({ rule: 'totals-agree', stage: visit.stage });
  }
  if (withRating(visit.ratings, 'non-compliance').length > 0) expected.push({ rule: 'no-non-compliance', stage: visit.stage });
  if (breachedCriterion(visit.ratings)) expected.push({ rule: 'partial-compliance-within-tolerance', stage: visit.stage }, { rule: 'achievement-level', stage: visit.stage });
  const { markdown, comments } = renderAssessmentServices(random, holder, visit, history, totals);
  const elements = CODES.map((code) => {
    const rating = visit.ratings.get(code);
    return element(code, rating, 'stated', rating === 'compliance-plus' || rating === 'partial-compliance' ? comments.get(code) : null);
  });
  const assessment = { stage: visit.stage, status: 'completed', reportDate: visit.reportDate, visitDate: visit.visitDate, documentReviewDate: visit.documentReviewDate, assessors: visit.assessors, statedTotals: { byCriterion: null, overall: totals }, elements };
  return { markdown, assessments: [assessment], expected };
}

function makeCommitteeReport(random, holder, visit, body, deliberate) {
  const plus = withRating(visit.ratings, 'compliance-plus').length;
  const statedPlus = deliberate === 'prose-count' ? plus + random.pick([1, 2]) : plus;
  const { markdown } = renderCommitteeSummary(random, holder, visit, body, statedPlus);
  const partial = withRating(visit.ratings, 'partial-compliance').length;
  const elements = [];
  for (const code of CODES) {
    const rating = visit.ratings.get(code);
    if (rating === 'compliance-plus') elements.push(element(code, rating, 'stated', null));
    else if (rating === 'partial-compliance') elements.push(element(code, rating, 'stated', visit.reasons.get(code)));
    else if (statedPlus === plus) elements.push(element(code, rating, 'derived', null));
  }
  const assessment = { stage: visit.stage, status: 'completed', reportDate: visit.reportDate, visitDate: visit.visitDate, documentReviewDate: null, assessors: visit.assessors.slice(0, 1), statedTotals: { byCriterion: null, overall: { nonCompliance: 0, partialCompliance: partial, compliance: null, compliancePlus: statedPlus } }, elements };
  const expected = deliberate === 'prose-count' ? [{ rule: 'named-elements-match-totals', stage: visit.stage }] : [];
  return { markdown, assessments: [assessment], expected };
}

/** A report of another body, drawn on every axis of variation (other-bodies.mjs); it carries no deliberate inconsistency. */
function makeOtherReport(random, holder, visit, body) {
  const { markdown, assessment, axes } = renderOtherBodies(random, holder, visit, body);
  return { markdown, assessments: [assessment], expected: [], axes };
}

const DELIBERATE = {
  'centre-for-assessment': { 'score-table': 'Section A states one compliance plus more (and one full compliance fewer) in a criterion than the stage lists', 'prose-count': 'the review says "you are now up to N compliance plus elements" with the wrong N' },
  'assessment-services': { 'totals-table': 'the totals table disagrees with the element table by one (as Melton)', 'too-many-partials': 'one partial compliance more than a criterion allows, and certification withheld' },
  'committee-summary': { 'prose-count': 'the paper counts more compliance plus elements than it lists' },
  'other-bodies': {},
};

/**
 * `reports` reports for `seed`, each { stem, template, holder, markdown, truth }. `inconsistentShare`
 * of them carry a deliberate inconsistency; `nonComplianceShare` of Assessment Services reports a
 * non-compliance (a result that breaks the scheme's rule, reported as such). With `axes`, a share
 * `otherShare` of the reports are "other bodies" reports drawn on the axes of variation (their truth
 * records the choices as `axes`); without it the corpus is the same, byte for byte, as before the
 * axes existed.
 */
export function generateCorpus({ reports, seed, inconsistentShare = 0.1, nonComplianceShare = 0.03, axes = false, otherShare = DEFAULT_OTHER_SHARE }) {
  const random = createRandom(seed);
  const weights = axes ? { ...TEMPLATE_WEIGHTS, 'other-bodies': otherShare >= 1 ? 1e9 : (3 * otherShare) / (1 - otherShare) } : TEMPLATE_WEIGHTS;
  const used = new Set();
  const out = [];
  while (out.length < reports) {
    const holder = inventHolder(random, used);
    const template = random.weighted(weights);
    const body = BODY_OF[template] ?? random.pick(COMMITTEE_BODIES);
    let start = weekday(`${random.int(2012, 2021)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`);
    let ratings = null;
    const cycles = random.int(1, 2);
    for (let cycle = 0; cycle < cycles && out.length < reports; cycle++) {
      const made = cycleVisits(random, holder, template, start, cycle === 0 ? 'initial' : 'reassessment', ratings);
      start = made.next;
      ratings = made.ratings;
      const last = cycle === cycles - 1;
      const documents = template === 'centre-for-assessment' ? [made.visits.slice(0, last ? random.int(1, 3) : 3)] : made.visits.map((v) => [v]);
      for (const visits of documents) {
        if (out.length >= reports) break;
        const kinds = Object.keys(DELIBERATE[template]).filter((k) => k !== 'prose-count' || template !== 'centre-for-assessment' || visits.length > 1);
        let deliberate = random.chance(inconsistentShare) ? random.pick(kinds) ?? null : null;
        for (const visit of visits) visit.recommendation = recommendation(template, holder, visit);
        let made2;
        if (template === 'centre-for-assessment') made2 = makeCentreReport(random, holder, visits.map((v) => ({ ...v })), deliberate);
        else {
          let visit = { ...visits[0] };
          if (deliberate === 'too-many-partials') {
            visit.ratings = breachTolerance(random, visit.ratings).ratings;
            visit.reasons = new Map(visit.reasons);
            for (const code of withRating(visit.ratings, 'partial-compliance')) if (!visit.reasons.has(code)) visit.reasons.set(code, justification(random, holder, code, 'partial-compliance'));
          }
          else if (template === 'assessment-services' && random.chance(nonComplianceShare)) {
            const failing = withNonCompliance(random, visit.ratings);
            if (failing) {
              visit.ratings = failing;
              visit.reasons = new Map(visit.reasons);
              for (const code of withRating(failing, 'non-compliance')) visit.reasons.set(code, justification(random, holder, code, 'partial-compliance').replace(/\.$/, ', and no evidence of compliance was seen.'));
              deliberate = deliberate ?? 'non-compliance';
            }
          }
          visit.recommendation = recommendation(template, holder, visit);
          const history = made.visits.slice(0, made.visits.indexOf(visits[0]) + 1);
          if (template === 'other-bodies') made2 = makeOtherReport(random, holder, visit, body);
          else made2 = template === 'assessment-services' ? makeServicesReport(random, holder, visit, history, deliberate) : makeCommitteeReport(random, holder, visit, body, deliberate);
        }
        const stem = `${String(out.length + 1).padStart(5, '0')}-${holder.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${visits.at(-1).stage}`;
        out.push({
          stem,
          template,
          markdown: made2.markdown,
          truth: {
            stem,
            template,
            holder: { name: holder.name, sector: holder.sector, region: holder.region },
            organisation: holder.name,
            assessmentBody: body,
            deliberate: deliberate ? { kind: deliberate, description: DELIBERATE[template][deliberate] ?? 'a non-compliance: certification withheld' } : null,
            assessments: made2.assessments,
            expectedFindings: made2.expected,
            ...(made2.axes && { axes: made2.axes }),
          },
        });
      }
    }
  }
  return out;
}
