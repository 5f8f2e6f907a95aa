#!/usr/bin/env node
// Scores `cse extract --json` against the hand-written truth of a blind set (fixtures/blind2,
// fixtures/blind3). For every fixtures/<set>/<stem>.expected.json and every format (md where the
// set has one, docx, lo.pdf, chromium.pdf) it runs
//   node <cli> extract <file> --json
// and compares organisation, assessmentBody and, per assessment in order, stage, status, reportDate,
// visitDate, documentReviewDate (only where the truth has the key), assessors (order-insensitive, one value per name), statedTotals (one value per count)
// and each element's rating and basis.
//   right   - the value equals the truth (null where the truth is null counts as right)
//   wrong   - a different value, or a value where the truth has none (an invented element,
//             assessment, assessor or count)
//   missing - the truth has a value and the output has none
// For a not-a-report truth the one value is the error code.
// Usage: node scripts/check-blind-set.mjs [--set blind2|blind3] [--cli path/to/main.js] [--format md|docx|lo.pdf|chromium.pdf] [--verbose] [--json FILE] [stem ...]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const set = setAt >= 0 ? args.splice(setAt, 2)[1] : 'blind3';
const dir = path.join(root, 'fixtures', set);
let cli = process.env.CSE_CLI || path.join(root, 'dist', 'cli', 'main.js');
let formats = ['md', 'docx', 'lo.pdf', 'chromium.pdf'];
let jsonOut = null;
const wanted = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '--format') formats = [args[++i]];
  else if (args[i] === '--json') jsonOut = args[++i];
  else if (args[i] !== '--verbose') wanted.push(args[i]);
}
const stems = fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.slice(0, -'.expected.json'.length))
  .filter((s) => wanted.length === 0 || wanted.includes(s)).sort();

const KEYS = ['nonCompliance', 'partialCompliance', 'compliance', 'compliancePlus'];
const normOrg = (s) => (s == null ? null : String(s).toLowerCase().replace(/&/g, ' and ')
  .replace(/[\u2010-\u2015\-–—,.;:'’()]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, ''));
// A curly apostrophe is the same name as a straight one: O’Connor = O'Connor.
const normName = (s) => String(s).toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[.\s]+/g, ' ').trim();
const show = (v) => (v === undefined ? 'nothing' : JSON.stringify(v));

function extract(file) {
  const r = spawnSync(process.execPath, [cli, 'extract', file, '--json'], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
  try { return JSON.parse(r.stdout); } catch {
    return { error: { code: 'no-json', message: `exit ${r.status}; stderr: ${(r.stderr || '').trim().slice(0, 300)}` } };
  }
}

function score(truth, out) {
  const res = { right: 0, wrong: [], missing: [] };
  const cmp = (label, exp, got, eq = (a, b) => a === b) => {
    const e = exp === undefined ? null : exp;
    const g = got === undefined ? null : got;
    if (e === null && g === null) res.right++;
    else if (g === null) res.missing.push(`${label}: expected ${show(e)}`);
    else if (e === null) res.wrong.push(`${label}: expected null, got ${show(g)}`);
    else if (eq(e, g)) res.right++;
    else res.wrong.push(`${label}: expected ${show(e)}, got ${show(g)}`);
  };

  if (truth.error) {
    const code = out && out.error ? out.error.code : undefined;
    if (code === truth.error) res.right++;
    else res.wrong.push(`error: expected ${show(truth.error)}, got ${code ? show(code) : 'an extracted report'}`);
    return res;
  }
  const failed = out && out.error ? out.error : null;
  if (failed) res.failed = `${failed.code}: ${failed.message}`;
  const o = failed ? {} : out;

  cmp('organisation', truth.organisation, o.organisation, (a, b) => normOrg(a) === normOrg(b));
  cmp('assessmentBody', truth.assessmentBody, o.assessmentBody);

  const outAs = Array.isArray(o.assessments) ? o.assessments : [];
  truth.assessments.forEach((ta, i) => {
    const ga = outAs[i] || {};
    const p = `assessments[${i}] (${ta.stage})`;
    for (const k of ['stage', 'status', 'reportDate', 'visitDate']) cmp(`${p}.${k}`, ta[k], ga[k]);
    if ('documentReviewDate' in ta) cmp(`${p}.documentReviewDate`, ta.documentReviewDate, ga.documentReviewDate);

    // assessors: one value per expected name (order-insensitive); an unmatched expected name is
    // paired with an unmatched output name (wrong) or, when none is left, missing; names left over
    // in the output are invented (wrong)
    const gotNames = Array.isArray(ga.assessors) ? ga.assessors.map(String) : [];
    const left = [...gotNames];
    const unmatched = [];
    if (ta.assessors.length === 0 && gotNames.length === 0) res.right++;
    for (const n of ta.assessors) {
      const j = left.findIndex((g) => normName(g) === normName(n));
      if (j >= 0) { res.right++; left.splice(j, 1); } else unmatched.push(n);
    }
    for (const n of unmatched) {
      if (left.length) res.wrong.push(`${p}.assessors: expected ${show(n)}, got ${show(left.shift())}`);
      else res.missing.push(`${p}.assessors: expected ${show(n)}`);
    }
    for (const g of left) res.wrong.push(`${p}.assessors: invented ${show(g)}`);

    // stated totals
    const tt = ta.statedTotals || {};
    const gt = ga.statedTotals || {};
    const allNull = (x) => x == null || (typeof x === 'object' && Object.values(x).every((v) => v == null || (typeof v === 'object' && allNull(v))));
    if (tt.byCriterion == null) {
      if (allNull(gt.byCriterion)) res.right++;
      else res.wrong.push(`${p}.statedTotals.byCriterion: expected null, got ${show(gt.byCriterion)}`);
    } else {
      for (const c of ['1', '2', '3', '4', '5']) for (const k of KEYS) {
        cmp(`${p}.statedTotals.byCriterion.${c}.${k}`, tt.byCriterion[c] ? tt.byCriterion[c][k] : null,
          gt.byCriterion && gt.byCriterion[c] ? gt.byCriterion[c][k] : null);
      }
    }
    if (tt.overall == null) {
      if (allNull(gt.overall)) res.right++;
      else res.wrong.push(`${p}.statedTotals.overall: expected null, got ${show(gt.overall)}`);
    } else {
      for (const k of KEYS) cmp(`${p}.statedTotals.overall.${k}`, tt.overall[k], gt.overall ? gt.overall[k] : null);
    }

    // elements: rating and basis per expected element; an element not in the truth is wrong
    const gotEls = new Map((Array.isArray(ga.elements) ? ga.elements : []).map((e) => [e.code, e]));
    const missingCodes = [];
    for (const te of ta.elements) {
      const ge = gotEls.get(te.code);
      gotEls.delete(te.code);
      if (!ge) { missingCodes.push(te.code); continue; }
      cmp(`${p}.element ${te.code}.rating`, te.rating, ge.rating);
      cmp(`${p}.element ${te.code}.basis`, te.basis, ge.basis);
    }
    if (missingCodes.length) {
      for (const c of missingCodes) res.missing.push(`${p}.element ${c}.rating`, `${p}.element ${c}.basis`);
    }
    for (const [code, ge] of gotEls) res.wrong.push(`${p}.element ${code}: invented (${ge.rating}, ${ge.basis})`);
  });
  for (let i = truth.assessments.length; i < outAs.length; i++) {
    res.wrong.push(`assessments[${i}]: invented assessment (stage ${show(outAs[i].stage)}, report date ${show(outAs[i].reportDate)})`);
  }
  return res;
}

// one line per assessment summarising what is missing (every wrong value is listed in full;
// with --verbose every missing value is listed too)
const verbose = args.includes('--verbose');
function summariseMissing(list) {
  if (verbose) return list;
  const by = new Map();
  for (const m of list) {
    const x = /^(assessments\[\d+\] \([^)]*\))\.(.*?): expected/.exec(m) || /^(assessments\[\d+\] \([^)]*\))\.(element \d\.\d\.\d)\.(rating|basis)$/.exec(m);
    const key = x ? x[1] : '(document)';
    const what = x ? x[2] : m.replace(/: expected.*/, '');
    if (!by.has(key)) by.set(key, []);
    by.get(key).push(what);
  }
  const lines = [];
  for (const [k, whats] of by) {
    const els = new Set(whats.filter((w) => w.startsWith('element ')).map((w) => w.slice(8)));
    const crit = whats.filter((w) => w.startsWith('statedTotals.byCriterion')).length;
    const ov = whats.filter((w) => w.startsWith('statedTotals.overall')).length;
    const other = whats.filter((w) => !w.startsWith('element ') && !w.startsWith('statedTotals.'));
    const counted = new Map();
    for (const o of other) counted.set(o, (counted.get(o) || 0) + 1);
    const parts = [...counted].map(([o, n]) => (n > 1 ? `${o} x${n}` : o));
    if (crit) parts.push(`${crit} per-criterion counts`);
    if (ov) parts.push(`${ov} overall counts`);
    if (els.size) parts.push(`${els.size} elements (${els.size <= 8 ? [...els].join(', ') : 'rating and basis'})`);
    lines.push(`${k === '(document)' ? '' : k + ': '}${parts.join('; ')}`);
  }
  return lines;
}

const results = [];
const totals = Object.fromEntries(formats.map((f) => [f, { right: 0, wrong: 0, missing: 0 }]));
for (const stem of stems) {
  const truth = JSON.parse(fs.readFileSync(path.join(dir, `${stem}.expected.json`), 'utf8'));
  console.log(`\n== ${stem}`);
  for (const fmt of formats) {
    const file = path.join(dir, `${stem}.${fmt}`);
    if (!fs.existsSync(file)) {
      if (fmt !== 'md') console.log(`  ${fmt.padEnd(13)} (no file; run scripts/make-blind-set.mjs ${set})`);
      continue;
    }
    const r = score(truth, extract(file));
    results.push({ stem, format: fmt, right: r.right, wrong: r.wrong, missing: r.missing, failed: r.failed || null });
    const n = r.right + r.wrong.length + r.missing.length;
    totals[fmt].right += r.right; totals[fmt].wrong += r.wrong.length; totals[fmt].missing += r.missing.length;
    console.log(`  ${fmt.padEnd(13)} right ${String(r.right).padStart(3)}  wrong ${String(r.wrong.length).padStart(3)}  missing ${String(r.missing.length).padStart(3)}  (${(100 * r.right / n).toFixed(1)}% of ${n})`);
    if (r.failed) console.log(`      extraction failed: ${r.failed}`);
    for (const w of r.wrong) console.log(`      WRONG   ${w}`);
    for (const m of summariseMissing(r.missing)) console.log(`      missing ${m}`);
  }
}
console.log('\n== totals per format');
for (const fmt of formats) {
  const t = totals[fmt];
  const n = t.right + t.wrong + t.missing;
  console.log(`  ${fmt.padEnd(13)} right ${t.right}  wrong ${t.wrong}  missing ${t.missing}  of ${n}  (${n ? (100 * t.right / n).toFixed(1) : '0.0'}% right)`);
}
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ cli, totals, results }, null, 2) + '\n');
