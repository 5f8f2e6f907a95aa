#!/usr/bin/env node
// Compare `cse extract --json` on the blind fixtures with the hand-written truth.
//
// Usage: node scripts/check-blind.mjs [--docx] [stem ...]
//
// Values counted per report: organisation, assessmentBody; per assessment (matched by order):
// stage, status (only where the truth gives one), reportDate, visitDate, assessors (one value,
// order-insensitive), every cell of statedTotals (byCriterion 5x4, overall 4; a truth of null for
// a whole table is one value), and each element's rating and basis.
//   right   = output equals truth (null where the truth is null counts as right)
//   missing = truth has a value, output is null/absent
//   wrong   = output differs, or output has a value where the truth has none (invented values,
//             extra elements, extra assessments)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'fixtures', 'blind');
const cli = process.env.CSE_CLI ?? join(root, 'dist', 'cli', 'main.js');

const argv = process.argv.slice(2);
const ext = argv.includes('--docx') ? 'docx' : 'md'; // --docx: run on the Word copies instead
const args = argv.filter((a) => a !== '--docx');
const stems = args.length
  ? args
  : readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();

const norm = (s) =>
  String(s)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\u2013\u2014\-,.()'’:;]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const isNull = (v) => v === null || v === undefined;
const show = (v) => (v === undefined ? 'absent' : JSON.stringify(v));

function runCse(stem) {
  const rel = join('fixtures', 'blind', `${stem}.${ext}`);
  const r = spawnSync('node', [cli, 'extract', rel, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  let out = null;
  try {
    out = JSON.parse(r.stdout);
  } catch {
    out = { __unparsable: true, stdout: r.stdout?.slice(0, 300), stderr: r.stderr?.slice(0, 300) };
  }
  return { out, status: r.status };
}

function checkReport(stem) {
  const truth = JSON.parse(readFileSync(join(dir, `${stem}.expected.json`), 'utf8'));
  const { out, status } = runCse(stem);
  const res = { right: 0, wrong: 0, missing: 0, wrongs: [], missings: [] };
  const right = () => res.right++;
  const wrong = (what, exp, got) => {
    res.wrong++;
    res.wrongs.push(`${what}: expected ${show(exp)}, got ${show(got)}`);
  };
  const missing = (what, exp) => {
    res.missing++;
    res.missings.push(`${what}: expected ${show(exp)}`);
  };
  // compare a scalar value
  const cmp = (what, exp, got, eq = (a, b) => a === b) => {
    if (isNull(exp)) return isNull(got) ? right() : wrong(what, exp, got);
    if (isNull(got)) return missing(what, exp);
    return eq(exp, got) ? right() : wrong(what, exp, got);
  };

  if (out.__unparsable) {
    res.wrongs.push(`output is not JSON (exit ${status}): ${out.stderr || out.stdout}`);
  }

  if (truth.error) {
    const code = out?.error?.code;
    if (code === truth.error) right();
    else wrong('error', truth.error, code ?? (out.assessments ? `extracted ${out.assessments.length} assessment(s)` : undefined));
    if (status !== 2) res.wrongs.push(`(exit status ${status}, expected 2)`);
    return res;
  }
  if (out?.error) res.wrongs.push(`cse returned error ${JSON.stringify(out.error.code)}: ${out.error.message}`);

  const orgOk = (exp, got) => [exp, ...(truth.organisationAlternatives ?? [])].some((o) => norm(o) === norm(got));
  cmp('organisation', truth.organisation, out?.organisation, (e, g) => orgOk(e, g));
  cmp('assessmentBody', truth.assessmentBody, out?.assessmentBody, (e, g) => norm(e) === norm(g));

  const outAs = Array.isArray(out?.assessments) ? out.assessments : [];
  truth.assessments.forEach((ta, i) => {
    const oa = outAs[i] ?? {};
    const p = `assessments[${i}] (${ta.stage})`;
    cmp(`${p}.stage`, ta.stage, oa.stage);
    if ('status' in ta) cmp(`${p}.status`, ta.status, oa.status);
    cmp(`${p}.reportDate`, ta.reportDate, oa.reportDate);
    cmp(`${p}.visitDate`, ta.visitDate, oa.visitDate);
    // assessors: one value
    const ea = (ta.assessors ?? []).map(norm).sort();
    const ga = (Array.isArray(oa.assessors) ? oa.assessors : []).map(norm).sort();
    if (ea.length === 0) ga.length === 0 ? right() : wrong(`${p}.assessors`, ta.assessors, oa.assessors);
    else if (ga.length === 0) missing(`${p}.assessors`, ta.assessors);
    else JSON.stringify(ea) === JSON.stringify(ga) ? right() : wrong(`${p}.assessors`, ta.assessors, oa.assessors);

    // statedTotals
    const keys = ['nonCompliance', 'partialCompliance', 'compliance', 'compliancePlus'];
    const cmpCounts = (what, exp, got) => {
      for (const k of keys) cmp(`${what}.${k}`, exp[k], got?.[k]);
    };
    const et = ta.statedTotals ?? {};
    const gt = oa.statedTotals ?? {};
    const allNull = (o) => isNull(o) || Object.values(o).every((v) => (v && typeof v === 'object' ? allNull(v) : isNull(v)));
    if (isNull(et.byCriterion)) allNull(gt.byCriterion) ? right() : wrong(`${p}.statedTotals.byCriterion`, null, gt.byCriterion);
    else for (const c of ['1', '2', '3', '4', '5']) cmpCounts(`${p}.byCriterion.${c}`, et.byCriterion[c], gt.byCriterion?.[c]);
    if (isNull(et.overall)) allNull(gt.overall) ? right() : wrong(`${p}.statedTotals.overall`, null, gt.overall);
    else cmpCounts(`${p}.overall`, et.overall, gt.overall);

    // elements
    const ge = new Map((Array.isArray(oa.elements) ? oa.elements : []).map((e) => [e.code, e]));
    const seen = new Set();
    for (const e of ta.elements) {
      seen.add(e.code);
      const g = ge.get(e.code);
      if (!g) {
        missing(`${p} ${e.code}.rating`, e.rating);
        missing(`${p} ${e.code}.basis`, e.basis);
        continue;
      }
      cmp(`${p} ${e.code}.rating`, e.rating, g.rating);
      cmp(`${p} ${e.code}.basis`, e.basis, g.basis);
    }
    for (const [code, g] of ge) if (!seen.has(code)) wrong(`${p} ${code} (not in truth)`, null, `${g.rating}/${g.basis}`);
  });
  for (let i = truth.assessments.length; i < outAs.length; i++)
    wrong(`assessments[${i}] (extra)`, null, `${outAs[i].stage}, ${outAs[i].elements?.length ?? 0} elements`);
  return res;
}

let T = { right: 0, wrong: 0, missing: 0 };
for (const stem of stems) {
  if (!existsSync(join(dir, `${stem}.${ext}`))) {
    console.log(`${stem}: no such fixture`);
    continue;
  }
  const r = checkReport(stem);
  T.right += r.right;
  T.wrong += r.wrong;
  T.missing += r.missing;
  console.log(`${stem}: right ${r.right}, wrong ${r.wrong}, missing ${r.missing}`);
  for (const w of r.wrongs) console.log(`  WRONG   ${w}`);
  const ms = r.missings;
  // missing element values can be many; group them
  const elMiss = ms.filter((m) => /\d\.\d\.\d\.(rating|basis)/.test(m));
  for (const m of ms.filter((m) => !elMiss.includes(m))) console.log(`  MISSING ${m}`);
  if (elMiss.length) {
    const codes = [...new Set(elMiss.map((m) => m.match(/(assessments\[\d\]) \(\S+\) (\d\.\d\.\d)/)).filter(Boolean).map((x) => `${x[1]}:${x[2]}`))];
    console.log(`  MISSING ${elMiss.length} element values (${codes.length} elements): ${codes.join(' ')}`);
  }
}
const all = T.right + T.wrong + T.missing;
console.log(`\nTOTAL: right ${T.right}, wrong ${T.wrong}, missing ${T.missing} of ${all} (${((100 * T.right) / all).toFixed(1)}% right)`);
