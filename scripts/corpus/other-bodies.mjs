/**
 * Reports of "other bodies": not one house style but the ways real CSE reports from SGS United
 * Kingdom, emqc, Assessment Services Ltd and Centre for Assessment vary, each report drawn with an
 * independent random choice on every axis (see AXES): how element ratings are laid out (a tick
 * matrix, one rating column, or only the compliance-plus and partial elements listed under rating
 * headings), the score table's orientation and labels, a totals table, how labelled fields are
 * laid out and named, the stage's label, rating spellings, counts in prose, date and code
 * spellings, where the organisation and the body are named.
 *
 * The truth is what a careful reader would record: every element the report rates is `stated`,
 * with the reason it gives for compliance plus and partial compliance; the other elements are
 * `derived` as compliance only where stated counts make that certain (compliance plus and partial
 * counts that match the lists, and either no non-compliance stated or a compliance count that
 * completes the criterion or the 57); totals only as stated (a row a table omits is null).
 */
import { CRITERIA, ELEMENTS } from '../../dist/standard/catalogue.js';
import { DATE_STYLES } from './dates.mjs';
import { inWords, table } from './markdown.mjs';
import { CODES, codesOf, countsOf, CRITERION_NUMBERS, criterionOf, withRating } from './ratings.mjs';

/** Every axis and its values (uniformly drawn unless weighted below); keys not applicable to a report are left out of its `axes`. */
export const AXES = {
  layout: ['matrix', 'rating-column', 'cp-pc-table', 'cp-pc-bullets'],
  matrixHeader: ['abbrev', 'words', 'short-words'], // matrix only: C+ | C | PC | NC, the spelling's words, or Compliance Plus | Compliant | Partial | Non
  tick: ['✓', '✔', 'X', 'x', 'Yes', '•'], // matrix only
  ratingForm: ['abbrev', 'words'], // rating column cells and score/totals labels: C+/C/PC/NC or the spelling's words
  reasons: ['column', 'list'], // matrix and rating column: reasons in a Comments column, or listed under rating headings after the table
  continuation: ['yes', 'no'], // tables of elements: the table broken in two, the second part with no header row
  scores: ['criteria-as-columns', 'criteria-as-rows', 'none'],
  criterionHeader: ['number-name', 'criterion-n', 'number', 'name'],
  total: ['none', 'overall', 'per-criterion', 'both'], // overall = a Total line summing the criteria (states overall totals); per-criterion = one summing the ratings (element counts)
  totalsTable: ['none', 'label-number', 'totals-label'],
  nc: ['shown', 'omitted'], // non-compliance row/column of score and totals tables
  labels: ['kv-table', 'colon-lines', 'bold-inline', 'bold-above'],
  titles: ['yes', 'no'],
  stageLabel: null, // see STAGE_LABELS
  spelling: ['standard', 'full', 'compliant', 'complaint-plus', 'lower'],
  prose: ['none', 'words', 'digits', 'mixed'],
  dates: ['slashes', 'ordinal', 'short', 'iso'],
  codes: ['plain', 'roman', 'compact', 'trailing-dot'],
  organisation: ['field', 'title-and-field', 'title-only'],
  bodyPlace: ['field', 'cover', 'footer'],
};

/** The values of the record each axis bears on (fields as compare.mjs names them), so a tally per axis value can show its own values' accuracy. */
const FIELD_GROUPS = {
  elements: /\.elements\[/,
  totals: /\.statedTotals\./,
  overall: /\.statedTotals\.overall\./,
  fields: /^(organisation|assessmentBody)$|\.(reportDate|visitDate|documentReviewDate|assessors|stage)$/,
  dates: /\.(reportDate|visitDate|documentReviewDate)$/,
  assessors: /\.assessors$/,
  stage: /\.(stage|status)$/,
  organisation: /^organisation$/,
  body: /^assessmentBody$/,
};
const AXIS_GROUPS = {
  layout: ['elements'], matrixHeader: ['elements'], tick: ['elements'], reasons: ['elements'], continuation: ['elements'], codes: ['elements'],
  ratingForm: ['elements', 'totals'], spelling: ['elements', 'totals'],
  scores: ['totals'], criterionHeader: ['totals'], total: ['totals'], nc: ['totals'],
  totalsTable: ['overall'], prose: ['overall'],
  labels: ['fields'], titles: ['assessors'], stageLabel: ['stage'], dates: ['dates'], organisation: ['organisation'],
  bodyPlace: ['body'], body: ['body'], bodyAlias: ['body'],
};
/** Is `field` (a compared value's name) one of the values `axis` bears on? */
export const bearsOn = (axis, field) => (AXIS_GROUPS[axis] ?? []).some((g) => FIELD_GROUPS[g].test(field));

/**
 * How reports spell each body: the aliases of src/standard/bodies.ts as of this generator, copied
 * so that a seed draws the same spellings whatever the extractor's table later gains (a test checks
 * that the table still names each of them).
 */
export const BODY_ALIASES = {
  'Centre for Assessment': ['Centre for Assessment Ltd', 'Centre for Assessment Limited', 'Centre for Assessment'],
  'Assessment Services Ltd': ['G4S Assessment Services Ltd', 'G4S Assessment Services Limited', 'G4S Assessment Services', 'Assessment Services Ltd', 'Assessment Services Limited', 'G4S'],
  'SGS United Kingdom': ['SGS United Kingdom Ltd', 'SGS United Kingdom Limited', 'SGS United Kingdom', 'SGS UK', 'SGS'],
  emqc: ['emqc Ltd', 'emqc Limited', 'emqc'],
};

/** Labels whose stage is certain ("Annual review" alone or "Surveillance visit" alone are not, and are not used). */
export const STAGE_LABELS = {
  initial: ['Initial assessment', 'Initial Assessment', 'Initial certification assessment'],
  'review-1': ['AR1', 'Annual Review Year 1', '12 month review', '12-month review', 'Surveillance visit 1', 'First annual review', 'Annual review 1'],
  'review-2': ['AR2', 'Annual Review Year 2', '24 month review', 'Surveillance visit 2', 'Second annual review'],
  reassessment: ['Recertification', 'Full reassessment', 'Reassessment', '3 year reassessment'],
};

const SPELLINGS = {
  standard: { cp: 'Compliance Plus', c: 'Compliance', pc: 'Partial Compliance', nc: 'Non-Compliance' },
  full: { cp: 'Compliance Plus', c: 'Full Compliance', pc: 'Partial Compliance', nc: 'Non Compliance' },
  compliant: { cp: 'Compliant Plus', c: 'Fully Compliant', pc: 'Partially Compliant', nc: 'Non Compliant' },
  'complaint-plus': { cp: 'Complaint Plus', c: 'Compliant', pc: 'Partially Compliant', nc: 'Non Compliant' },
  lower: { cp: 'Compliance plus', c: 'Full compliance', pc: 'Partial compliance', nc: 'Non compliance' },
};
const ABBREV = { cp: 'C+', c: 'C', pc: 'PC', nc: 'NC' };
const SHORT_WORDS = { cp: 'Compliance Plus', c: 'Compliant', pc: 'Partial', nc: 'Non' };
const KEY = { 'compliance-plus': 'cp', compliance: 'c', 'partial-compliance': 'pc', 'non-compliance': 'nc' };
const TOTAL_KEY = { cp: 'compliancePlus', c: 'compliance', pc: 'partialCompliance', nc: 'nonCompliance' };
const ORDER_DOWN = ['cp', 'c', 'pc', 'nc'];

const FEMALE = new Set(['Priya', 'Helen', 'Amara', 'Lorna', 'Rachel', 'Fiona', 'Mei', 'Joanne', 'Siobhan', 'Ruth', 'Claire', 'Bethan']);
const MALE = new Set(['Andrew', 'Tom', 'Daniel', 'Sanjay', 'Gareth', 'Owen', 'Kwame', 'Martin', 'Imran', 'Neil', 'Yusuf']);
function titled(random, name) {
  const first = name.split(' ')[0];
  return `${random.pick(FEMALE.has(first) ? ['Dr', 'Ms', 'Mrs'] : MALE.has(first) ? ['Dr', 'Mr'] : ['Dr'])} ${name}`;
}

const MONTHS3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const writeDate = {
  slashes: DATE_STYLES.slashes,
  ordinal: DATE_STYLES.ordinal,
  short: (iso) => { const [y, m, d] = iso.split('-').map(Number); return `${d} ${MONTHS3[m - 1]} ${y}`; },
  iso: (iso) => iso,
};

export function writeCode(style, code) {
  if (style === 'trailing-dot') return `${code}.`;
  if (style === 'compact') return code.replaceAll('.', '');
  if (style === 'roman' && code.startsWith('1.')) return `I${code.slice(1)}`;
  return code;
}

const statement = (code) => ELEMENTS.find((e) => e.code === code).statement;
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** One report's choices on every axis. */
export function drawAxes(random, stage, body) {
  const a = {};
  const pick = (axis) => (a[axis] = random.pick(AXES[axis]));
  pick('layout');
  if (a.layout === 'matrix') { pick('matrixHeader'); pick('tick'); }
  if (a.layout === 'rating-column') pick('ratingForm');
  if (a.layout === 'matrix' || a.layout === 'rating-column') pick('reasons');
  if (a.layout !== 'cp-pc-bullets') pick('continuation');
  pick('scores');
  if (a.scores !== 'none') { pick('criterionHeader'); pick('total'); }
  pick('totalsTable');
  if (a.scores !== 'none' || a.totalsTable !== 'none') { pick('nc'); if (!a.ratingForm) pick('ratingForm'); }
  pick('labels');
  pick('titles');
  a.stageLabel = random.pick(STAGE_LABELS[stage]);
  pick('spelling');
  pick('prose');
  pick('dates');
  pick('codes');
  pick('organisation');
  pick('bodyPlace');
  a.body = body;
  a.bodyAlias = random.pick(BODY_ALIASES[body]);
  return a;
}

/** A Markdown table, or (continuation) the same table broken after a random row, its second part with no header row. */
function maybeContinued(random, header, rows, continued) {
  if (!continued || rows.length < 3) return { text: table(header, rows), split: false };
  const at = random.int(1, rows.length - 2);
  return { text: `${table(header, rows.slice(0, at))}\n\n${table(rows[at], rows.slice(at + 1))}`, split: true };
}

function fieldLines(random, layout, fields) {
  if (layout === 'kv-table') return [table(fields[0], fields.slice(1)), ''];
  if (layout === 'colon-lines') return fields.flatMap(([l, v]) => [`${l}: ${v}`, '']);
  if (layout === 'bold-inline') return fields.flatMap(([l, v]) => [`**${l}:** ${v}`, '']);
  return fields.flatMap(([l, v]) => [`**${l}**`, '', v, '']);
}

/** Count phrases: "nine compliance plus, 45 full compliance and three partial compliance elements". */
function proseCounts(random, style, sp, counts) {
  const number = (n) => (style === 'words' ? inWords(n) : style === 'digits' ? String(n) : n < 10 ? inWords(n) : String(n));
  const withC = random.chance(0.6);
  const withNc = random.chance(0.5);
  const keys = random.shuffle(withC ? ['cp', 'c', 'pc'] : ['cp', 'pc']);
  const items = keys.map((k) => `${number(counts[TOTAL_KEY[k]])} ${sp[k].toLowerCase()}`);
  const list = `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
  const opener = random.pick(['The assessment found', 'Overall the assessor awarded', 'The outcome of the assessment was']);
  const nc = withNc ? random.pick([', with no non-compliance', '. There were no non-compliant elements']) : '';
  const stated = { compliancePlus: counts.compliancePlus, partialCompliance: counts.partialCompliance, compliance: withC ? counts.compliance : null, nonCompliance: withNc ? 0 : null };
  return { text: `${opener} ${list} elements${nc}.`, stated };
}

function criterionHeader(random, style, c) {
  const title = CRITERIA[c - 1].title;
  if (style === 'number-name') return `${c} ${random.pick(['–', '-', '.'])} ${title}`;
  if (style === 'criterion-n') return `Criterion ${c}`;
  if (style === 'number') return String(c);
  return title;
}

/** The score table per criterion; returns its text and what it states. */
function scoreTable(random, a, labels, ratings) {
  const keys = (random.chance(0.5) ? ORDER_DOWN : [...ORDER_DOWN].reverse()).filter((k) => k !== 'nc' || a.nc === 'shown');
  const per = Object.fromEntries(CRITERION_NUMBERS.map((c) => [c, countsOf(ratings, c)]));
  const overall = countsOf(ratings);
  const acrossCriteria = a.total === 'overall' || a.total === 'both';
  const acrossRatings = a.total === 'per-criterion' || a.total === 'both';
  const headers = CRITERION_NUMBERS.map((c) => criterionHeader(random, a.criterionHeader, c));
  let text;
  if (a.scores === 'criteria-as-columns') {
    const header = [random.pick(['', 'Rating', 'Compliance level']), ...headers, ...(acrossCriteria ? ['Total'] : [])];
    const rows = keys.map((k) => [labels[k], ...CRITERION_NUMBERS.map((c) => String(per[c][TOTAL_KEY[k]])), ...(acrossCriteria ? [String(overall[TOTAL_KEY[k]])] : [])]);
    if (acrossRatings) rows.push(['Total', ...CRITERION_NUMBERS.map((c) => String(codesOf(c).length)), ...(acrossCriteria ? ['57'] : [])]);
    text = table(header, rows);
  } else {
    const header = [random.pick(['', 'Criterion', 'Criteria']), ...keys.map((k) => labels[k]), ...(acrossRatings ? ['Total'] : [])];
    const rows = CRITERION_NUMBERS.map((c, i) => [headers[i], ...keys.map((k) => String(per[c][TOTAL_KEY[k]])), ...(acrossRatings ? [String(codesOf(c).length)] : [])]);
    if (acrossCriteria) rows.push(['Total', ...keys.map((k) => String(overall[TOTAL_KEY[k]])), ...(acrossRatings ? ['57'] : [])]);
    text = table(header, rows);
  }
  const shown = (counts) => Object.fromEntries(ORDER_DOWN.map((k) => [TOTAL_KEY[k], keys.includes(k) ? counts[TOTAL_KEY[k]] : null]));
  const byCriterion = Object.fromEntries(CRITERION_NUMBERS.map((c) => [String(c), orderedTotals(shown(per[c]))]));
  return { text, byCriterion, overall: acrossCriteria ? shown(overall) : null };
}

function totalsTable(random, a, labels, ratings) {
  const counts = countsOf(ratings);
  const keys = (random.chance(0.7) ? ORDER_DOWN : [...ORDER_DOWN].reverse()).filter((k) => k !== 'nc' || a.nc === 'shown');
  const rows = keys.map((k) => [labels[k], String(counts[TOTAL_KEY[k]])]);
  let text;
  if (a.totalsTable === 'label-number') text = table(random.pick([['Totals', ''], ['Rating', 'Number of elements'], ['Overall result', '']]), rows);
  else text = table(['Totals', ...rows[0]], rows.slice(1).map((r) => ['', ...r]));
  return { text, overall: Object.fromEntries(ORDER_DOWN.map((k) => [TOTAL_KEY[k], keys.includes(k) ? counts[TOTAL_KEY[k]] : null])) };
}

const orderedTotals = (t) => ({ nonCompliance: t.nonCompliance, partialCompliance: t.partialCompliance, compliance: t.compliance, compliancePlus: t.compliancePlus });

/** Overall totals as stated by any source (sources agree: these reports carry no deliberate inconsistency); null when none states any. */
function mergeOverall(sources) {
  const out = { nonCompliance: null, partialCompliance: null, compliance: null, compliancePlus: null };
  for (const s of sources) if (s) for (const k of Object.keys(out)) if (s[k] !== null && s[k] !== undefined) out[k] = s[k];
  return Object.values(out).some((v) => v !== null) ? out : null;
}

/** Do stated counts make the rest of a scope (a criterion, or all 57) certainly compliance, given the listed compliance-plus and partial elements? */
function certain(t, listedPlus, listedPartial, size) {
  if (!t || t.compliancePlus !== listedPlus || t.partialCompliance !== listedPartial) return false;
  return t.nonCompliance === 0 || (t.compliance !== null && t.compliancePlus + t.compliance + t.partialCompliance === size);
}

const HEADINGS = {
  cp: (sp) => [`${sp.cp} Elements`, `Elements assessed as ${sp.cp}`, `Areas of ${sp.cp}`, `${sp.cp}`],
  pc: (sp) => [`${sp.pc} Elements`, `Elements assessed as ${sp.pc}`, `Areas of ${sp.pc}`, `${sp.pc}`],
};

/**
 * One visit's report by `body`: { markdown, assessment, axes }. `visit` has stage, ratings,
 * reasons, assessors and dates; the ratings carry no non-compliance.
 */
export function renderOtherBodies(random, holder, visit, body) {
  const a = drawAxes(random, visit.stage, body);
  const sp = SPELLINGS[a.spelling];
  const labels = a.ratingForm === 'abbrev' ? ABBREV : sp;
  const date = writeDate[a.dates];
  const code = (c) => writeCode(a.codes, c);
  const ratings = visit.ratings;
  const plus = withRating(ratings, 'compliance-plus');
  const partial = withRating(ratings, 'partial-compliance');
  const md = [];

  // Cover and title.
  const inTitle = a.organisation !== 'field';
  const reportName = random.pick([`Customer Service Excellence ${a.stageLabel} Report`, `Customer Service Excellence Assessment Report – ${a.stageLabel}`]);
  if (inTitle && random.chance(0.5)) md.push(`# ${holder.name}`, '', `## ${reportName}`, '');
  else if (inTitle) md.push(`# ${reportName}`, '', holder.name, '');
  else md.push(`# ${reportName}`, '');
  if (a.bodyPlace === 'cover') md.push(random.pick([`Assessed by ${a.bodyAlias}`, `Report prepared by ${a.bodyAlias}`, `Certification body: ${a.bodyAlias}`]), '');

  // Labelled fields.
  const names = visit.assessors.map((n) => (a.titles === 'yes' ? titled(random, n) : n));
  const fields = [];
  if (a.organisation !== 'title-only') fields.push([random.pick(['Client', 'Name of organisation', 'Organisation', 'Organisation name']), holder.name]);
  if (a.bodyPlace === 'field') fields.push([random.pick(['Assessment body', 'Certification body']), a.bodyAlias]);
  const assessorLabel = random.pick(['Lead assessor', 'Assessor(s)', 'Assessor name']);
  if (assessorLabel === 'Lead assessor') {
    fields.push([assessorLabel, names[0]]);
    if (names[1]) fields.push([random.pick(['Second assessor', 'Co-assessor', 'Support assessor']), names[1]]);
  } else fields.push([assessorLabel, names.join(random.pick([' & ', ', ', ' and ']))]);
  fields.push([random.pick(['Assessment type', 'Type of assessment', 'Visit type']), a.stageLabel]);
  const withReview = random.chance(0.3);
  if (withReview) fields.push([random.pick(['Document review date', 'Desk review date']), date(visit.documentReviewDate)]);
  fields.push([random.pick(['Date of visit', 'Visit date', 'Date(s) of assessment']), date(visit.visitDate)]);
  fields.push([random.pick(['Date of report', 'Report date']), date(visit.reportDate)]);
  md.push(random.pick(['## Assessment details', '## Key information', '**Assessment details**']), '', ...fieldLines(random, a.labels, fields));

  // Summary, prose counts and the recommendation.
  md.push(random.pick(['## Executive summary', '## Summary', '## Overview']), '');
  md.push(`${capital(holder.short)} provides ${holder.services.slice(0, 3).join(', ')} to its ${holder.customers}. The assessment looked at evidence submitted in advance and, on site, interviews with staff, partners and ${holder.customers}.`, '');
  let proseStated = null;
  if (a.prose !== 'none') {
    const p = proseCounts(random, a.prose, sp, countsOf(ratings));
    proseStated = p.stated;
    md.push(p.text, '');
  }
  const review = visit.stage.startsWith('review');
  md.push(review
    ? `I am pleased to recommend that ${holder.short} continues to be certified as meeting the Customer Service Excellence Standard.`
    : `I am pleased to recommend that ${holder.short} is ${visit.stage === 'initial' ? 'awarded' : 're-awarded'} certification to the Customer Service Excellence Standard.`, '');

  // Scores.
  let byCriterion = null;
  let tableOverall = null;
  let totalsOverall = null;
  if (a.scores !== 'none' || a.totalsTable !== 'none') md.push(random.pick(['## Scores', '## Summary of results', '## Scoring by criterion']), '');
  if (a.scores !== 'none') {
    const s = scoreTable(random, a, labels, ratings);
    byCriterion = s.byCriterion;
    tableOverall = s.overall;
    md.push(s.text, '');
  }
  if (a.totalsTable !== 'none') {
    const t = totalsTable(random, a, labels, ratings);
    totalsOverall = t.overall;
    md.push(t.text, '');
  }

  // Element ratings.
  md.push(random.pick(['## Assessment against the criteria', '## Element ratings', '## Compliance against the Standard']), '');
  const withStatement = random.chance(0.4);
  const elementHeader = random.pick(['Element', 'Ref', 'Code']);
  let split = false;
  const listUnderHeadings = (bulleted) => {
    const order = random.chance(0.5) ? ['cp', 'pc'] : ['pc', 'cp'];
    const headingMark = random.pick(['###', '**']);
    const dash = random.pick([' – ', ' - ', ': ']);
    for (const k of order) {
      const codes = k === 'cp' ? plus : partial;
      const heading = random.pick(HEADINGS[k](sp));
      md.push(headingMark === '###' ? `### ${heading}` : `**${heading}**`, '');
      if (codes.length === 0) { md.push(random.pick(['None.', 'None identified.', 'NA']), ''); continue; }
      if (bulleted) md.push(codes.map((c) => `- ${code(c)}${dash}${visit.reasons.get(c)}`).join('\n'), '');
      else {
        const t = maybeContinued(random, [elementHeader, random.pick(['Justification', 'Evidence', 'Reason'])], codes.map((c) => [code(c), visit.reasons.get(c)]), a.continuation === 'yes');
        split ||= t.split;
        md.push(t.text, '');
      }
    }
  };
  if (a.layout === 'matrix' || a.layout === 'rating-column') {
    const commentHeader = random.pick(['Comments', 'Evidence', 'Assessor comments']);
    const comment = (c) => (a.reasons === 'column' ? [ratings.get(c) === 'compliance' ? '' : visit.reasons.get(c)] : []);
    let header;
    let rows;
    if (a.layout === 'matrix') {
      const columns = a.matrixHeader === 'abbrev' ? ABBREV : a.matrixHeader === 'short-words' ? SHORT_WORDS : sp;
      header = [elementHeader, ...(withStatement ? ['Statement'] : []), ...ORDER_DOWN.map((k) => columns[k]), ...(a.reasons === 'column' ? [commentHeader] : [])];
      rows = CODES.map((c) => [code(c), ...(withStatement ? [statement(c)] : []), ...ORDER_DOWN.map((k) => (KEY[ratings.get(c)] === k ? a.tick : '')), ...comment(c)]);
    } else {
      header = [elementHeader, ...(withStatement ? ['Statement'] : []), random.pick(['Rating', 'Assessment', 'Outcome']), ...(a.reasons === 'column' ? [commentHeader] : [])];
      rows = CODES.map((c) => [code(c), ...(withStatement ? [statement(c)] : []), labels[KEY[ratings.get(c)]], ...comment(c)]);
    }
    const t = maybeContinued(random, header, rows, a.continuation === 'yes');
    split = t.split;
    md.push(t.text, '');
    if (a.reasons === 'list') {
      md.push(random.pick(['## Compliance Plus and Partial Compliance', '## Assessor comments']), '');
      listUnderHeadings(true);
    }
  } else listUnderHeadings(a.layout === 'cp-pc-bullets');
  if (a.continuation) a.continuation = split ? 'yes' : 'no';

  md.push(random.pick(['## Use of the CSE mark', '## Use of the logo']), '', 'The logo is used appropriately.', '');
  if (a.bodyPlace === 'footer') md.push(`© ${a.bodyAlias} ${visit.reportDate.slice(0, 4)}. Customer Service Excellence is a registered trade mark of the Cabinet Office.`, '');

  // The truth.
  const overall = mergeOverall([tableOverall, totalsOverall, proseStated]);
  const statedCodes = a.layout === 'matrix' || a.layout === 'rating-column' ? new Set(CODES) : new Set([...plus, ...partial]);
  const restCertainOverall = certain(overall, plus.length, partial.length, 57);
  const elements = [];
  for (const c of CODES) {
    const rating = ratings.get(c);
    const k = criterionOf(c);
    if (statedCodes.has(c)) elements.push({ code: c, rating, basis: 'stated', justification: rating === 'compliance' ? null : visit.reasons.get(c) });
    else if (restCertainOverall || certain(byCriterion?.[String(k)], plus.filter((p) => criterionOf(p) === k).length, partial.filter((p) => criterionOf(p) === k).length, codesOf(k).length))
      elements.push({ code: c, rating, basis: 'derived', justification: null });
  }
  const assessment = {
    stage: visit.stage,
    status: 'completed',
    reportDate: visit.reportDate,
    visitDate: visit.visitDate,
    documentReviewDate: withReview ? visit.documentReviewDate : null,
    assessors: visit.assessors,
    statedTotals: { byCriterion, overall },
    elements,
  };
  return { markdown: md.join('\n'), assessment, axes: a };
}
