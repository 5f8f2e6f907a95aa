/**
 * The assessor's words: reasons for compliance plus and partial compliance, and the comment an
 * Assessment Services report gives every element. Built from phrases per criterion, the holder's
 * customers and services, and several ways assessors open and close a reason, so no two reports
 * read alike and the extractor cannot lean on one fixed sentence.
 */
import { criterionOf } from './ratings.mjs';

const STRENGTHS = {
  1: ['detailed profiles of {customers} built from {source} and refreshed every year', 'a targeted outreach programme that reaches {customers} who rarely make contact, including carers and people in temporary accommodation', 'a consultation panel of {customers} that meets quarterly and whose views have changed how {service} is run', 'satisfaction with {service} has risen for three years running against stretching targets', 'journey mapping with {customers} that led to a simpler process for {service}'],
  2: ['leaders who spend time on the front line every month and open every board meeting with a story from {customers}', 'a staff suggestion scheme whose ideas have reshaped {service}', 'values-based recruitment and an induction in which {customers} take part', 'front-line staff insight built into planning through a standing forum', 'a privacy and fair-treatment framework praised by {customers} and partners alike'],
  3: ['information in easy read, British Sign Language and community languages, tested with {customers}', 'a partnership with the voluntary sector that gives {customers} one point of contact for {service}', 'premises that are clean, welcoming and designed with disabled {customers}', 'a wide range of channels, including live chat and evening telephone hours, chosen after analysing how {customers} make contact', 'work in the wider community, from apprenticeships to food banks, that partners described as outstanding'],
  4: ['published service standards for {service} that were set with {customers} and are consistently met', 'benchmarking with similar organisations that has been used to improve {service}', 'a complaints process that resolves most problems within five working days and tells {customers} what changed', 'learning from best practice shared at a national conference and adopted by other organisations', 'outcomes for {customers} that are positive for the great majority, evidenced by follow-up surveys'],
  5: ['response standards for every channel that are met and published monthly', 'triage at first contact so that {customers} reach the right person for {service} first time', 'information shared promptly with partners so {customers} do not repeat their story', 'performance on timeliness that compares very well with similar organisations', 'clear next steps and timescales given whenever {service} cannot be completed at first contact'],
};

const GAPS = {
  1: ['satisfaction targets are set for the main survey only and not for {service}', 'the insight held about {customers} of {service} has not been updated since {year}', 'the methods used to consult {customers} have not been reviewed for effectiveness'],
  2: ['customer focus is not yet part of the appraisal of all staff, notably in {service}', 'staff in {service} did not feel that their ideas were taken into account', 'training in customer care is not refreshed after induction'],
  3: ['information about {service} on the website was out of date at the time of the visit', 'there was little evidence that {customers} are asked whether they understood the information given', 'charges for {service} are not published'],
  4: ['performance against the standards for {service} is monitored but not reported to {customers}', 'the complaints procedure has not been reviewed since {year}, and complainants were not asked for their views', 'dips in performance in {service} were not explained to {customers}', 'there is no check that {customers} whose complaints are upheld are satisfied with the outcome'],
  5: ['response times for {service} fall short of the published standard', 'performance against the timeliness standards is not published', '{customers} are not told the likely time to an outcome when {service} cannot be completed at first contact'],
};

const SOURCES = ['census and local survey data', 'its own case management records', 'national benchmarking returns', 'a segmentation tool and customer records'];

const PLUS_OPENERS = ['', 'Exceptional practice: ', 'An exemplar for others – ', 'Outstanding evidence of ', 'Clear evidence of '];
const PLUS_CLOSERS = ['', ' This is an exemplar for other organisations in the sector.', ' Partners and {customers} spoke highly of this work.', ' The assessor saw this at first hand during the visit.'];
const PARTIAL_CLOSERS = ['', ' This should be addressed before the next review.', ' An action plan has been agreed.', ' Evidence of improvement will be sought at the next visit.'];

function fill(text, holder, random) {
  return text
    .replaceAll('{customers}', holder.customers)
    .replaceAll('{service}', random.pick(holder.services))
    .replaceAll('{source}', random.pick(SOURCES))
    .replaceAll('{year}', String(random.int(2016, 2021)));
}

const sentence = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/** The assessor's reason for a compliance-plus or partial-compliance rating. */
export function justification(random, holder, code, rating) {
  const criterion = criterionOf(code);
  if (rating === 'compliance-plus') {
    const opener = random.pick(PLUS_OPENERS);
    const body = fill(random.pick(STRENGTHS[criterion]), holder, random);
    return `${opener ? opener + body : sentence(body)}.${fill(random.pick(PLUS_CLOSERS), holder, random)}`;
  }
  const gap = sentence(fill(random.pick(GAPS[criterion]), holder, random));
  return `${gap}.${random.pick(PARTIAL_CLOSERS)}`;
}

const COMPLIANT = ['{short} provided good evidence for this element, and staff and {customers} interviewed confirmed it in practice.', 'Evidence was seen in the self-assessment and confirmed during the visit, for example in {service}.', 'This element is met: policies are in place and were applied consistently in {service}.', '{Short} continues to meet this element; examples were given by staff in {service}.'];

/** An Assessment Services "Assessor Report" cell: a comment for every element, ending with the rating where it is not plain compliance. */
export function assessorComment(random, holder, code, rating, reason) {
  if (rating === 'compliance-plus') return `${reason} ${random.pick(['Compliance Plus is awarded.', 'Compliance Plus.', 'This is exceptional practice and Compliance Plus is awarded.'])}`;
  if (rating === 'partial-compliance') return `${reason} Partial Compliance.`;
  if (rating === 'non-compliance') return `${reason} Non-Compliance.`;
  return fill(random.pick(COMPLIANT), holder, random).replaceAll('{short}', holder.short).replaceAll('{Short}', sentence(holder.short)).replace(/^the /, 'The ');
}
