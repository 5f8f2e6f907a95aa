#!/usr/bin/env node
/**
 * Checks the hand-written expected records of the layout zoo (fixtures/zoo/<stem>.expected.json)
 * for internal sanity, without cse's extractor: the element codes come from the catalogue source
 * (src/standard/catalogue.data.ts, read as text), and each record is checked against itself.
 *
 * - shape: the fields of the core record, known stages / ratings / bases / rule ids, ISO dates,
 *   assessors without titles (Dr, Ms, Mr, Mrs);
 * - elements: codes in the standard, in the standard's order, no duplicates; a justification only
 *   on compliance plus and partial compliance; a derived element is compliance with no justification;
 * - counts: each stated criterion's counts add up to its number of elements (and overall to 57);
 * - consistency, where the record raises no count rule (totals-agree, named-elements-match-totals):
 *   per criterion, the named (stated) NC / PC / C+ equal the stated counts; per-criterion totals add
 *   up to the overall ones; a fully rated stage's compliance count matches; and derived elements
 *   appear only where derive.ts's rule allows them (all NC, PC and C+ of the scope named);
 * - partial-compliance-within-tolerance is raised exactly when a stage's named partials exceed
 *   2, 2, 2, 3, 2 per criterion or 11 overall; element-in-standard is never needed in elements
 *   (a code outside the standard is left out), and an unknown stage raises stage-unknown.
 *
 * Usage: node scripts/check-zoo-expected.mjs   (exit 1 and a list of problems when any is found)
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const ZOO = join(ROOT, 'fixtures/zoo');
const catalogue = readFileSync(join(ROOT, 'src/standard/catalogue.data.ts'), 'utf8');
const CODES = [...catalogue.matchAll(/"code": "(\d\.\d\.\d)"/g)].map((m) => m[1]);
if (CODES.length !== 57) throw new Error(`catalogue has ${CODES.length} element codes, expected 57`);
const ORDER = new Map(CODES.map((c, i) => [c, i]));
const CRITERIA = [1, 2, 3, 4, 5];
const ofCriterion = (n) => CODES.filter((c) => c.startsWith(`${n}.`));
const TOLERANCE = { 1: 2, 2: 2, 3: 2, 4: 3, 5: 2 };
const STAGES = ['initial', 'review-1', 'review-2', 'reassessment', 'unknown'];
const RATINGS = { 'non-compliance': 'nonCompliance', 'partial-compliance': 'partialCompliance', compliance: 'compliance', 'compliance-plus': 'compliancePlus' };
const RULES = ['incomplete-reading', 'stage-unknown', 'element-in-standard', 'partial-compliance-within-tolerance', 'totals-agree', 'named-elements-match-totals'];
const KEYS = Object.values(RATINGS);

const problems = [];
const stems = readdirSync(ZOO).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();

function checkTotals(say, totals, size) {
  if (totals === null) return;
  for (const k of KEYS) if (!(k in totals) || (totals[k] !== null && !Number.isInteger(totals[k]))) say(`totals lack a count ${k}`);
  if (KEYS.every((k) => totals[k] !== null)) {
    const sum = KEYS.reduce((a, k) => a + totals[k], 0);
    if (sum !== size) say(`totals add up to ${sum}, not ${size}`);
  }
}

for (const stem of stems) {
  const record = JSON.parse(readFileSync(join(ZOO, `${stem}.expected.json`), 'utf8'));
  const say = (message) => problems.push(`${stem}: ${message}`);
  if (!existsSync(join(ZOO, `${stem}.md`))) say('no Markdown source');
  for (const ext of ['docx', 'lo.pdf', 'chromium.pdf']) if (!existsSync(join(ZOO, `${stem}.${ext}`))) say(`no ${ext} twin`);
  for (const key of ['organisation', 'assessmentBody', 'assessments', 'mustRaise', 'notes']) if (!(key in record)) say(`no ${key}`);
  if (!['Centre for Assessment', 'Assessment Services Ltd', 'SGS United Kingdom', 'emqc', null].includes(record.assessmentBody)) say(`assessmentBody ${record.assessmentBody} is not a canonical body or null`);
  const raised = (rule, stage) => record.mustRaise.some((r) => r.rule === rule && (r.stage === stage || r.stage === null));
  for (const r of record.mustRaise) if (!RULES.includes(r.rule)) say(`unknown rule ${r.rule}`);
  for (const a of record.assessments) {
    const at = (message) => say(`${a.stage}: ${message}`);
    if (!STAGES.includes(a.stage)) at('unknown stage value');
    if (!['completed', 'not-started'].includes(a.status)) at('bad status');
    for (const d of ['reportDate', 'visitDate', 'documentReviewDate']) if (a[d] !== null && !/^\d{4}-\d{2}-\d{2}$/.test(a[d])) at(`${d} is not an ISO date`);
    if (a.documentReviewDate && a.visitDate && a.documentReviewDate > a.visitDate) at('document review after the visit');
    if (a.visitDate && a.reportDate && a.visitDate > a.reportDate) at('visit after the report');
    for (const name of a.assessors) if (/^(Dr|Ms|Mr|Mrs|Miss)\.?\s/.test(name) || name !== name.trim()) at(`assessor "${name}" keeps a title or spaces`);
    if (a.stage === 'unknown' && !raised('stage-unknown', 'unknown')) at('an unknown stage must raise stage-unknown');
    if (a.status === 'not-started') {
      if (a.elements.length || a.statedTotals.byCriterion || a.statedTotals.overall) at('a not-started stage states nothing');
      continue;
    }
    // elements
    let last = -1;
    const seen = new Set();
    for (const e of a.elements) {
      if (!ORDER.has(e.code)) at(`${e.code} is not an element of the standard`);
      if (seen.has(e.code)) at(`${e.code} twice`);
      seen.add(e.code);
      if (ORDER.get(e.code) <= last) at(`${e.code} out of order`);
      last = ORDER.get(e.code);
      if (!(e.rating in RATINGS)) at(`${e.code} has rating ${e.rating}`);
      if (!['stated', 'derived'].includes(e.basis)) at(`${e.code} has basis ${e.basis}`);
      const justified = e.rating === 'compliance-plus' || e.rating === 'partial-compliance';
      if (!justified && e.justification !== null) at(`${e.code} (${e.rating}) has a justification`);
      if (e.justification !== null && (e.justification !== e.justification.replace(/\s+/g, ' ').trim() || e.justification === '')) at(`${e.code}: justification whitespace not collapsed`);
      if (e.basis === 'derived' && (e.rating !== 'compliance' || e.justification !== null)) at(`${e.code} derived but not plain compliance`);
    }
    const stated = (codes, rating) => a.elements.filter((e) => e.basis === 'stated' && codes.includes(e.code) && e.rating === rating).length;
    const { byCriterion, overall } = a.statedTotals;
    if (byCriterion) for (const n of CRITERIA) checkTotals((m) => at(`criterion ${n} ${m}`), byCriterion[String(n)] ?? null, ofCriterion(n).length);
    checkTotals((m) => at(`overall ${m}`), overall, 57);
    const countRuleRaised = raised('totals-agree', a.stage) || raised('named-elements-match-totals', a.stage);
    // derived elements only where the whole scope's NC, PC and C+ are named and match
    const scopes = byCriterion ? CRITERIA.map((n) => [ofCriterion(n), byCriterion[String(n)]]) : overall ? [[CODES, overall]] : [];
    for (const e of a.elements.filter((x) => x.basis === 'derived')) {
      const scope = scopes.find(([codes]) => codes.includes(e.code));
      const totals = scope?.[1];
      const ok = totals && ['non-compliance', 'partial-compliance', 'compliance-plus'].every((r) => totals[RATINGS[r]] !== null && totals[RATINGS[r]] === stated(scope[0], r));
      if (!ok) at(`${e.code} is derived but its scope's named elements do not match its stated counts`);
    }
    // where derivation is allowed it must have been done (every unnamed element of a matching scope is in elements)
    for (const [codes, totals] of scopes) {
      if (!totals) continue;
      const matches = ['non-compliance', 'partial-compliance', 'compliance-plus'].every((r) => totals[RATINGS[r]] !== null && totals[RATINGS[r]] === stated(codes, r));
      const missing = codes.filter((c) => !seen.has(c));
      if (matches && missing.length) at(`scope ${codes[0]}…: counts match but ${missing.join(', ')} are not derived`);
      if (!matches && !countRuleRaised) at(`scope ${codes[0]}…: named elements do not match the stated counts, and no count rule is raised`);
    }
    if (byCriterion && overall && !countRuleRaised) {
      for (const k of KEYS) {
        const parts = CRITERIA.map((n) => byCriterion[String(n)]?.[k]);
        if (overall[k] !== null && parts.every((p) => p !== null && p !== undefined) && parts.reduce((x, y) => x + y, 0) !== overall[k]) at(`overall ${k} is not the sum of the criteria`);
      }
    }
    if (a.elements.length === 57 && a.elements.every((e) => e.basis === 'stated') && !countRuleRaised) {
      for (const [codes, totals] of scopes) if (totals?.compliance != null && totals.compliance !== stated(codes, 'compliance')) at(`compliance count ${totals.compliance} differs from the element table`);
    }
    if (a.elements.length < 57 && !raised('incomplete-reading', a.stage) && !raised('named-elements-match-totals', a.stage)) at(`only ${a.elements.length} elements and nothing raised`);
    // tolerance
    const partials = CRITERIA.map((n) => stated(ofCriterion(n), 'partial-compliance'));
    const over = CRITERIA.some((n, i) => partials[i] > TOLERANCE[n]) || partials.reduce((x, y) => x + y, 0) > 11;
    if (over !== raised('partial-compliance-within-tolerance', a.stage)) at(`partials ${partials.join('/')} ${over ? 'exceed' : 'are within'} tolerance but mustRaise ${over ? 'lacks' : 'has'} it`);
  }
  for (const r of record.mustRaise) if (r.stage !== null && !record.assessments.some((a) => a.stage === r.stage)) say(`mustRaise ${r.rule} names stage ${r.stage}, which the record lacks`);
}

for (const p of problems) console.log(p);
console.log(`${stems.length} expected records checked, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);
