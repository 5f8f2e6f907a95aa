/**
 * One extracted record against its truth, value by value. Each value is `right`, `wrong`,
 * `missing-with-finding` (absent, and a finding or the extraction error says why: what the
 * contract asks for when a value cannot be read) or `missing-without-finding`. Values the truth
 * leaves empty count only when the extraction puts something there (then `wrong`). Expected
 * findings are values too: raised (`right`) or not (`wrong`); a warning or error the truth does
 * not expect is `wrong` as well.
 */
const EXTRACTION_NOTES = new Set(['unreadable-element-code', 'organisation-not-named', 'element-in-standard', 'incomplete-reading', 'detail-not-read', 'stage-unknown']);
const TOTAL_KEYS = ['nonCompliance', 'partialCompliance', 'compliance', 'compliancePlus'];
const criterionOf = (code) => Number(code[0]);

/** Does a finding of the output say why a value of this stage (and element) is missing? */
function explained(findings, stage, code) {
  return findings.some(
    (f) =>
      (f.stage === stage || f.stage === null) &&
      (EXTRACTION_NOTES.has(f.rule) || (code && (f.elements.includes(code) || f.criterion === criterionOf(code)))),
  );
}

export function compareReport(truth, output) {
  const values = [];
  const failed = 'error' in output;
  const findings = failed ? [] : output.findings;
  const add = (field, expected, actual, stage = null, code = null) => {
    const isMissing = actual === null || actual === undefined;
    if ((expected === null || expected === undefined) && isMissing) return;
    let outcome;
    if (JSON.stringify(expected) === JSON.stringify(actual)) outcome = 'right';
    else if (isMissing) outcome = failed || explained(findings, stage, code) ? 'missing-with-finding' : 'missing-without-finding';
    else outcome = 'wrong';
    values.push({ field, expected: expected ?? null, actual: actual ?? null, outcome });
  };
  // "Other bodies" is the generator's family, not a value of the report: no template to compare.
  if (truth.template !== 'other-bodies') add('template', truth.template, output.template);
  add('organisation', truth.organisation, output.organisation, null);
  add('assessmentBody', truth.assessmentBody, output.assessmentBody);
  const assessments = failed ? [] : output.assessments;
  truth.assessments.forEach((want, i) => {
    const got = assessments.find((a, j) => a.stage === want.stage && j >= i - 1) ?? assessments[i] ?? {};
    const at = (name) => `assessments[${want.stage}].${name}`;
    add(at('stage'), want.stage, got.stage, want.stage);
    add(at('status'), want.status, got.status, want.stage);
    for (const key of ['reportDate', 'visitDate', 'documentReviewDate']) add(at(key), want[key], got[key], want.stage);
    add(at('assessors'), want.assessors.length ? want.assessors.join(' | ') : null, got.assessors?.length ? got.assessors.join(' | ') : null, want.stage);
    const byCriterion = (totals, c, key) => totals?.byCriterion?.[c]?.[key];
    for (const c of ['1', '2', '3', '4', '5']) for (const key of TOTAL_KEYS) add(at(`statedTotals.byCriterion.${c}.${key}`), byCriterion(want.statedTotals, c, key), byCriterion(got.statedTotals, c, key), want.stage);
    for (const key of TOTAL_KEYS) add(at(`statedTotals.overall.${key}`), want.statedTotals.overall?.[key], got.statedTotals?.overall?.[key], want.stage);
    const gotElements = new Map((got.elements ?? []).map((e) => [e.code, e]));
    for (const e of want.elements) {
      const g = gotElements.get(e.code);
      add(at(`elements[${e.code}].rating`), e.rating, g?.rating, want.stage, e.code);
      add(at(`elements[${e.code}].basis`), e.basis, g?.basis, want.stage, e.code);
      add(at(`elements[${e.code}].justification`), e.justification, g?.justification, want.stage, e.code);
      gotElements.delete(e.code);
    }
    for (const [code, g] of gotElements) add(at(`elements[${code}].rating`), null, g.rating, want.stage, code);
  });
  if (!failed) {
    // incomplete-reading says what was not read: right where a value of its stage is missing, wrong where none is.
    // (a stage the truth itself rates in part, a report that counts more than it names, is one).
    const missingIn = new Set(values.filter((v) => v.outcome.startsWith('missing')).map((v) => /^assessments\[([^\]]+)\]/.exec(v.field)?.[1] ?? null));
    for (const want of truth.assessments) if (want.status === 'completed' && want.elements.length < 57) missingIn.add(want.stage);
    const raised = new Set(
      findings.filter((f) => f.severity !== 'info' && !(f.rule === 'incomplete-reading' && (missingIn.has(f.stage) || missingIn.has(null)))).map((f) => `${f.rule}@${f.stage}`),
    );
    const expected = new Set(truth.expectedFindings.map((f) => `${f.rule}@${f.stage}`));
    for (const key of expected) add(`findings[${key}]`, 'raised', raised.has(key) ? 'raised' : 'not raised');
    for (const key of raised) if (!expected.has(key)) add(`findings[${key}]`, 'not raised', 'raised');
  }
  return values;
}

export const OUTCOMES = ['right', 'wrong', 'missing-with-finding', 'missing-without-finding'];

/** Tallies of outcomes by a key (format, template). */
export function tally(rows, keyOf) {
  const out = new Map();
  for (const row of rows) {
    const key = keyOf(row);
    const t = out.get(key) ?? Object.fromEntries([['reports', new Set()], ...OUTCOMES.map((o) => [o, 0])]);
    t[row.outcome]++;
    t.reports.add(row.file);
    out.set(key, t);
  }
  return out;
}
