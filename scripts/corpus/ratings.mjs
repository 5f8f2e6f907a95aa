/**
 * Plausible results, stage after stage: most elements compliance, some compliance plus, few
 * partial, rare non-compliance; a holder's compliance-plus elements mostly stay from one visit to
 * the next and its partial compliances are mostly put right. Partial compliances stay within
 * each criterion's tolerance unless a report is made inconsistent on purpose.
 */
import { CRITERIA, ELEMENTS } from '../../dist/standard/catalogue.js';
import { DEFAULT_SCHEME } from '../../dist/standard/scheme.js';

export const CODES = ELEMENTS.map((e) => e.code);
export const CRITERION_NUMBERS = CRITERIA.map((c) => c.number);
export const criterionOf = (code) => Number(code.split('.')[0]);
export const codesOf = (criterion) => CODES.filter((code) => criterionOf(code) === criterion);
export const TOLERANCE = DEFAULT_SCHEME.partialTolerance;

/** Ratings of one stage as a Map code → rating, in the standard's order. */
export function rateStage(random, previous) {
  const ratings = new Map(CODES.map((code) => [code, 'compliance']));
  const compliancePlus = previous
    ? [...previous].filter(([, r]) => r === 'compliance-plus').map(([c]) => c).filter(() => random.chance(0.9))
    : random.sample(CODES, Math.min(random.int(0, 8) + random.int(0, 8), 16));
  if (previous) compliancePlus.push(...random.sample(CODES, random.int(0, 3)));
  for (const code of compliancePlus) ratings.set(code, 'compliance-plus');
  const candidates = CODES.filter((c) => ratings.get(c) === 'compliance');
  const wanted = random.weighted({ 0: 4, 1: 4, 2: 3, 3: 2, 4: 1, 5: 1 });
  for (const code of random.shuffle(candidates)) {
    if (partials(ratings).length >= Number(wanted)) break;
    if (partials(ratings).filter((c) => criterionOf(c) === criterionOf(code)).length < TOLERANCE[criterionOf(code)]) ratings.set(code, 'partial-compliance');
  }
  return ratings;
}

export function partials(ratings) {
  return [...ratings].filter(([, r]) => r === 'partial-compliance').map(([c]) => c);
}

export function withRating(ratings, rating) {
  return [...ratings].filter(([, r]) => r === rating).map(([c]) => c);
}

/** Counts per rating, for a criterion or (criterion null) the whole standard, in the record's keys. */
export function countsOf(ratings, criterion = null) {
  const counts = { nonCompliance: 0, partialCompliance: 0, compliance: 0, compliancePlus: 0 };
  const key = { 'non-compliance': 'nonCompliance', 'partial-compliance': 'partialCompliance', compliance: 'compliance', 'compliance-plus': 'compliancePlus' };
  for (const [code, rating] of ratings) if (criterion === null || criterionOf(code) === criterion) counts[key[rating]]++;
  return counts;
}

/** One partial compliance more than criterion's tolerance allows: a result that fails certification. */
export function breachTolerance(random, ratings) {
  const criterion = random.pick(CRITERION_NUMBERS);
  const out = new Map(ratings);
  for (const code of random.shuffle(codesOf(criterion))) {
    if (partials(out).filter((c) => criterionOf(c) === criterion).length > TOLERANCE[criterion]) break;
    if (out.get(code) !== 'partial-compliance') out.set(code, 'partial-compliance');
  }
  return { ratings: out, criterion };
}

/** One element non-compliant, in a criterion with no partial compliance (so only that rule breaks). */
export function withNonCompliance(random, ratings) {
  const out = new Map(ratings);
  const criterion = random.pick(CRITERION_NUMBERS.filter((c) => !partials(out).some((p) => criterionOf(p) === c)));
  if (criterion === undefined) return null;
  out.set(random.pick(codesOf(criterion).filter((c) => out.get(c) === 'compliance')), 'non-compliance');
  return out;
}
