/**
 * The reports behind fixtures/pdf-print/, as plain data: each is written as Word (render-docx.mjs)
 * and as HTML (render-html.mjs) with the same text and tables, then printed to PDF by LibreOffice
 * and Chromium (make-pdf-print-fixtures.mjs). Each one carries what real reports laid out by other
 * hands do, one property of the PDF reader each (fixtures/README.md lists them).
 *
 * Blocks: { heading, level }, { paragraph }, { filler } (paragraphs of introduction whose count is
 * chosen per producer so that the next table starts where the fixture needs it), { table }.
 * A table: { rows, widths (pt, optional: fixed narrow columns), repeatHeader, borders:
 * 'grid' | 'horizontal' (rules between rows only) | 'none', shadeHeader }.
 * A row is its cells as HTML lists them: a cell a merge covers is left out. A cell is a string or
 * { text, rowSpan, colSpan, middle, mark }: `middle` centres it vertically (a label merged down
 * rows), `mark` draws a tick or cross in a symbol font in Word ({ font, char }) and as `text`
 * (Unicode) in HTML. A report's `font` is its body type (Liberation Sans when not given).
 */
import { CRITERIA, ELEMENTS } from '../../dist/standard/catalogue.data.js';

/** A rating per element, the same pattern for every report: 8 Compliance Plus, 2 Partial, the rest Compliance. */
const ratingOf = (i) => (i % 7 === 1 ? 'Compliance Plus' : i % 23 === 4 ? 'Partial Compliance' : 'Compliance');

function counts(rating) {
  const byCriterion = CRITERIA.map((c) => ELEMENTS.filter((e, i) => e.code.startsWith(`${c.number}.`) && ratingOf(i) === rating).length);
  return byCriterion.map(String);
}

const JUSTIFICATIONS = [
  'Customer insight work is well embedded and drives service change across the organisation.',
  'Evidence from the customer panel and the annual survey shows a sustained rise in satisfaction, and the results are published on the website with the actions taken.',
  'Staff were able to describe how the standards apply to their own work.',
  'Partnership working with the voluntary sector was seen to improve access for customers with disabilities, and the joint protocols are reviewed every year by the partnership board.',
];

/** Section A's score table, its criterion columns 35 pt wide, as seed 001 sets them. */
function scoreTable({ repeatHeader = false } = {}) {
  return {
    table: {
      widths: [150, 35, 35, 35, 35, 35],
      repeatHeader,
      borders: 'grid',
      rows: [
        ['', ...CRITERIA.map((c) => `${c.number} – ${c.title}`)],
        ['Non-Compliance', '0', '0', '0', '0', '0'],
        ['Partial Compliance', ...counts('Partial Compliance')],
        ['Compliance', ...counts('Compliance')],
        ['Compliance Plus', ...counts('Compliance Plus')],
      ],
    },
  };
}

function elementTable() {
  return {
    table: {
      widths: [60, 110, 300],
      repeatHeader: true,
      borders: 'grid',
      rows: [['Element', 'Rating', 'Justification'], ...ELEMENTS.map((e, i) => [e.code, ratingOf(i), ratingOf(i) === 'Compliance' ? '' : JUSTIFICATIONS[i % JUSTIFICATIONS.length]])],
    },
  };
}

const intro = [
  'This report sets out the findings of the Customer Service Excellence assessment.',
  'The assessment was carried out on site over two days, with interviews of staff, partners and customers.',
  'Evidence was reviewed against each of the fifty seven elements of the standard.',
];

/** Failure 1 of issue #15: a multi-stage report whose Section A score table starts at the foot of a page. */
const stagesCutHeader = {
  stem: 'stages-cut-header',
  title: 'Riverside Borough Council',
  furniture: { header: 'Centre for Assessment Ltd – Customer Service Excellence', logo: true, footer: 'page-of' },
  blocks: [
    { heading: 'Customer Service Excellence Assessment Report', level: 1 },
    { paragraph: 'Organisation: Riverside Borough Council' },
    { paragraph: 'Assessment body: Centre for Assessment' },
    { heading: 'Initial Assessment', level: 2 },
    ...intro.map((paragraph) => ({ paragraph })),
    { filler: true },
    { paragraph: 'Section A – Summary of scores at the initial assessment' },
    scoreTable(),
    { heading: 'Section B – Element ratings', level: 3 },
    elementTable(),
    { heading: '12-Month Review', level: 2 },
    { paragraph: 'The review confirmed that the council continues to meet the standard.' },
    { paragraph: 'Section A – Summary of scores at the 12-month review' },
    scoreTable({ repeatHeader: true }),
  ],
  /** Where the page break must fall: inside Section A's first header row. */
  cut: { after: 'Section A – Summary of scores at the initial assessment', inside: ['Cust', 'Non-'] },
};

const keyInformation = {
  table: {
    borders: 'grid',
    widths: [160, 310],
    rows: [
      [{ text: 'Key information', colSpan: 2 }],
      ['Organisation', 'Harbour Valley Housing Trust'],
      ['Assessment type', 'Annual Review Year 1'],
      ['Assessor', 'Jane Whitfield'],
      ['Date of visit', '14 May 2024'],
    ],
  },
};

function assessorReport(criterion) {
  const elements = ELEMENTS.filter((e) => e.code.startsWith(`${criterion}.`));
  return {
    table: {
      borders: 'grid',
      repeatHeader: true,
      widths: [90, 380],
      rows: [
        ['Element', 'Assessor Report'],
        ...elements.map((e, i) => [e.code, `${e.statement.split(/[.;]/)[0]}. ${JUSTIFICATIONS[i % JUSTIFICATIONS.length]}`]),
      ],
    },
  };
}

/** Failure 2 of issue #15: an annual review whose totals table has a `Totals` label merged down four rows. */
const annualReviewTotals = {
  stem: 'annual-review-totals',
  title: 'Harbour Valley Housing Trust',
  furniture: { header: 'CONFIDENTIAL – prepared for Harbour Valley Housing Trust', footer: 'slash', footerText: 'Assessment Services Ltd · Report ref ASL-2024-117' },
  blocks: [
    { heading: 'Annual Review Year 1', level: 1 },
    keyInformation,
    { paragraph: 'The trust has retained its focus on customers through a difficult year.' },
    ...CRITERIA.flatMap((c) => [{ heading: `Criterion ${c.number} – ${c.title}`, level: 2 }, assessorReport(c.number)]),
    { heading: 'Summary of compliance', level: 2 },
    {
      table: {
        borders: 'grid',
        widths: [90, 200, 60],
        rows: [
          [{ text: 'Totals', rowSpan: 4, middle: true }, 'Compliant Plus', '6'],
          ['Compliant', '48'],
          ['Partial Compliant', '3'],
          ['Non Compliant', '0'],
        ],
      },
    },
    { paragraph: 'I am pleased to recommend that the trust remains certificated.' },
  ],
};

const TICK = { html: '✓', word: { font: 'Wingdings', char: '\uF0FC' } };
/** The mark each criterion's matrix draws its ticks with, in Word and in HTML. */
const TICKS = [
  { html: '✓', word: { font: 'Wingdings', char: '\uF0FC' } },
  { html: '✔', word: { font: 'Wingdings', char: '\uF0FC' } },
  { html: '✔', word: { font: 'ZapfDingbats', char: '4' } },
  { html: '✓', word: { font: 'Symbol', char: '\uF0D6' } },
  { html: '✓', word: { font: 'Arial', char: '✓' } },
];
const CROSS = { html: '✗', word: { font: 'Wingdings', char: '\uF0FB' } };
const CROSSES = [CROSS, { html: '✘', word: { font: 'ZapfDingbats', char: '8' } }, { html: '✗', word: { font: 'Arial', char: '✗' } }];

const markCell = (mark) => ({ text: mark.html, mark: mark.word });

function tickMatrix(criterion, mark) {
  const columns = ['Compliance Plus', 'Compliance', 'Partial Compliance', 'Non Compliance'];
  return {
    table: {
      borders: 'grid',
      repeatHeader: true,
      widths: [70, 80, 80, 80, 80],
      rows: [
        ['Element', ...columns],
        ...ELEMENTS.map((e, i) => [e, i])
          .filter(([e]) => e.code.startsWith(`${criterion}.`))
          .map(([e, i]) => [e.code, ...columns.map((c) => (c.replace('Non ', 'Non-') === ratingOf(i) || c === ratingOf(i) ? markCell(mark) : ''))]),
      ],
    },
  };
}

/** Property 5 and 6: an element matrix of ticks in symbol fonts and in Unicode; ligatures, soft hyphens, no-break spaces. */
const tickMatrixReport = {
  stem: 'tick-matrix',
  title: 'Northfield Clinical Commissioning Group',
  // URW's Palatino, whose fi, fl and ffi ligatures both producers draw as glyphs of their own.
  font: 'P052',
  furniture: { header: 'Issue 2 · 14 May 2024', footer: 'dashes' },
  blocks: [
    { heading: 'Customer Service Excellence – Reassessment', level: 1 },
    { paragraph: 'The final ratings of the office’s staff are shown below; the flow of evidence was efficient, and the fluent staff affirmed it to the group\u00a0board on 14\u00a0May\u00a02024.' },
    { paragraph: 'Each element’s rating is marked with a tick in its column.' },
    ...CRITERIA.flatMap((c, i) => [{ heading: `Criterion ${c.number}: ${c.title}`, level: 2 }, tickMatrix(c.number, TICKS[i])]),
    { heading: 'Evidence checklist', level: 2 },
    {
      table: {
        borders: 'grid',
        widths: [260, 70, 70],
        rows: [
          ['Evidence', 'Seen', 'Not seen'],
          ['Customer satisfaction survey 2023', markCell(TICK), ''],
          ['Complaints log and learning', '', markCell(CROSSES[0])],
          ['Service standards on the website', markCell(TICKS[2]), ''],
          ['Partnership protocols', '', markCell(CROSSES[1])],
          ['Staff training records', '', markCell(CROSSES[2])],
        ],
      },
    },
    { heading: 'Notes', level: 2 },
    {
      table: {
        borders: 'grid',
        widths: [60, 60, 350],
        rows: [
          ['Element', 'Rating', 'Note'],
          ['1.1.2', 'Compliance Plus', 'Communi\u00adcation with hard-to-reach groups is outstand\u00ading, with a dedi\u00adcated officer.'],
          ['3.4.1', 'Partial Compliance', 'The partner\u00adship agreement was not avail\u00adable; only a draft was shown.'],
        ],
      },
    },
  ],
};

const SUMMARY = [
  'The council has continued to put customers at the centre of its planning, and the evidence this year was broad and current.',
  'Customer insight is gathered from the residents’ panel, the annual survey and the contact centre’s own records of demand.',
  'Leaders speak about customers in every team meeting observed, and staff could describe how their work affects residents.',
  'Information is clear and consistent across the website, the libraries and the customer service centre.',
  'Access for disabled customers has improved since the last visit, with a hearing loop and a quiet room in the main office.',
  'Service standards are published and reported each quarter, and performance against them has risen steadily.',
  'The complaints process is well understood, and the learning from complaints is recorded and followed through.',
  'Partnership work with the health trust and the voluntary sector has made it easier for customers to get help in one place.',
  'Two partial compliances remain: the council should publish how it uses customer feedback to change services, and should review its response times for letters.',
  'The compliance plus elements reflect practice that other organisations could learn from, and the council is encouraged to share it.',
  'The next visit will be the first annual review, about twelve months from the date of this report.',
];

/** Property 4: shading that is not a border, and tables drawn with horizontal rules only. */
const ruledTables = {
  stem: 'ruled-tables',
  title: 'Eastmoor District Council',
  furniture: { header: 'EASTMOOR DISTRICT COUNCIL', logo: true, footer: 'page', footerText: 'Official – Sensitive' },
  blocks: [
    { heading: 'Customer Service Excellence: 3 Year Full Review', level: 1 },
    { paragraph: 'Assessor: Marcus Bellamy. Date of report: 21 June 2024.' },
    { heading: 'Results by criterion', level: 2 },
    {
      table: {
        borders: 'horizontal',
        shadeHeader: true,
        widths: [200, 60, 60, 60, 60],
        rows: [
          ['Criterion', 'NC', 'PC', 'C', 'C+'],
          ...CRITERIA.map((c, i) => [`${c.number}. ${c.title}`, '0', counts('Partial Compliance')[i], counts('Compliance')[i], counts('Compliance Plus')[i]]),
        ],
      },
    },
    { heading: 'Compliance Plus elements', level: 2 },
    {
      table: {
        borders: 'horizontal',
        widths: [60, 410],
        rows: [
          ['Element', 'Justification'],
          ...ELEMENTS.map((e, i) => [e, i]).filter(([, i]) => ratingOf(i) === 'Compliance Plus').map(([e, i]) => [e.code, JUSTIFICATIONS[i % JUSTIFICATIONS.length]]),
        ],
      },
    },
    { heading: 'Partial Compliance elements', level: 2 },
    {
      table: {
        borders: 'grid',
        shadeHeader: true,
        widths: [60, 410],
        rows: [
          ['Element', 'Justification'],
          ...ELEMENTS.map((e, i) => [e, i]).filter(([, i]) => ratingOf(i) === 'Partial Compliance').map(([e, i]) => [e.code, JUSTIFICATIONS[(i + 1) % JUSTIFICATIONS.length]]),
        ],
      },
    },
    { heading: 'Assessor’s summary', level: 2 },
    ...SUMMARY.map((paragraph) => ({ paragraph })),
    { paragraph: 'I recommend that the council is re-certificated.' },
  ],
};

export const REPORTS = [stagesCutHeader, annualReviewTotals, tickMatrixReport, ruledTables];
