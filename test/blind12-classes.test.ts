/**
 * Classes of layout and wording first met in blind set 12 (fixtures/blind12/README.md), each on a
 * small input: a delimited data export (CSV, semicolon- or tab-separated lines under a header)
 * printed as text, whose rating is the column the header calls this visit's rating, beside a
 * score and the last visit's rating; counts given as chips, each label then its number, with a
 * total chip that is no rating; a browser's print header over a printed web page; a list's
 * lead-in that names an earlier visit.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/api.js';
import type { Block, Document } from '../src/document/model.js';
import { withDelimitedExportsRead, splitDelimited } from '../src/extract/delimited-exports.js';
import { proseCountsIn } from '../src/extract/narrative.js';
import { listedElements } from '../src/extract/recognise/rated-lists.js';
import { organisationFromTitle } from '../src/extract/recognise/title-organisation.js';
import { countsInProse } from '../src/parse/counts.js';
import { labelCountRun } from '../src/parse/label-count-runs.js';
import { allElementCodes } from '../src/standard/catalogue.js';

const dir = mkdtempSync(join(tmpdir(), 'cse-blind12-classes-'));
function write(name: string, markdown: string): string {
  const path = join(dir, `${name}.md`);
  writeFileSync(path, markdown);
  return path;
}
const para = (text: string, line = 1): Block => ({ kind: 'paragraph', text, loc: { line } });
const table = (...rows: string[][]): Block => ({ kind: 'table', rows: rows.map((cells, i) => ({ cells, loc: { line: i + 1 } })), loc: { line: 1 } });
const doc = (...blocks: Block[]): Document => ({ blocks, diagnostics: [] });
const tablesOf = (d: Document) => d.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('a delimited data export printed as text', () => {
  const lines = [
    '# exported 2023-03-01',
    'ref;section;result;result_name;points;last_result',
    '2.1.1;2;PC;Partial Compliance;2;C',
    '2.1.2;2;C;Compliance;3;PC',
    '2.1.3;2;CP;Compliance Plus;4;C',
    '2.1.4;2;C;Compliance;3;C',
    '# 4 rows',
  ];

  it('reads the rating from the column the header calls the rating, never the last visit\'s or a score', () => {
    const [read] = tablesOf(withDelimitedExportsRead(doc(para(lines.join('\n')))));
    expect(read?.rows.map((r) => r.cells)).toEqual([
      ['Element', 'Rating'],
      ['2.1.1', 'partial compliance'],
      ['2.1.2', 'compliance'],
      ['2.1.3', 'compliance plus'],
      ['2.1.4', 'compliance'],
    ]);
  });

  it('reads an export printed a paragraph a line, across paragraphs, as one', () => {
    const read = withDelimitedExportsRead(doc(para('Appendix: the ratings as exported.'), ...lines.map((l, i) => para(l, i + 2))));
    expect(tablesOf(read)[0]?.rows).toHaveLength(5);
    expect(read.blocks[0]).toEqual(para('Appendix: the ratings as exported.'));
  });

  it('keeps quoted fields whole and skips a row whose two rating columns disagree', () => {
    const csv = ['code,rating_code,rating_label,notes', '1.1.1,C,Compliance,"seen, and verified"', '1.1.2,PC,Compliance,"EV-112"', '1.1.3,C,Compliance,""', '1.2.1,CP,Compliance Plus,"EV-121; EV-122"'].join('\n');
    const [read] = tablesOf(withDelimitedExportsRead(doc(para(csv))));
    expect(read?.rows.map((r) => r.cells[0])).toEqual(['Element', '1.1.1', '1.1.3', '1.2.1']);
    expect(splitDelimited('1.1.1,C,"a, ""b"""', ',')).toEqual(['1.1.1', 'C', 'a, "b"']);
  });

  it('reads nothing where a column of ratings cannot be told to be this visit\'s', () => {
    const csv = ['element,r1,r2,comment', '1.1.1,C,PC,x', '1.1.2,C,C,y', '1.1.3,PC,C,z'].join('\n');
    expect(tablesOf(withDelimitedExportsRead(doc(para(csv))))).toHaveLength(0);
    // Only the previous visit's ratings, or only a numeric score: nothing.
    const previousOnly = ['element,previous_rating,score', '1.1.1,C,3', '1.1.2,PC,2', '1.1.3,C,3'].join('\n');
    expect(tablesOf(withDelimitedExportsRead(doc(para(previousOnly))))).toHaveLength(0);
  });

  it('left as text, its lines title no list: a line naming a rating rates at most its own code', () => {
    const csv = ['element,r1,r2,notes', '1.1.1,C,PC,x', '1.1.2,CP,Compliance Plus,y', '1.1.3,C,C,z', '1.2.1,PC,Partial Compliance,z', '1.2.2,C,C,z'];
    expect(listedElements(csv.map((l, i) => para(l, i + 1))).rated).toEqual([]);
  });

  it('rates every element of a report whose ratings are only in an export in a code block', async () => {
    const rows = allElementCodes().map((code, i) => `${code},${code[0]},${i === 5 ? 'PC' : 'C'},${i === 5 ? 2 : 3},${i === 9 ? 'PC' : 'C'},"EV-${code.replace(/\./g, '')}0"`);
    const report = await extract(
      write(
        'csv-export',
        `# Customer Service Excellence Annual Review Report\n\nOrganisation: Westmere Borough Council\n\nLead assessor: Jane Holt\n\nType of visit: First annual review\n\nVisit date: 14 March 2023\n\n## Element ratings\n\nThe ratings as exported from the assessment system. last_rating is the rating at the 2022 assessment.\n\n\`\`\`\nelement_ref,criterion,rating,score,last_rating,evidence\n${rows.join('\n')}\n\`\`\`\n`,
      ),
    );
    const elements = report.assessments[0]?.elements ?? [];
    expect(elements).toHaveLength(57);
    expect(elements.filter((e) => e.rating === 'partial-compliance').map((e) => e.code)).toEqual([allElementCodes()[5]]);
  });
});

describe('counts as chips, each label then its number', () => {
  it('reads each rating\'s number after it, and a total chip as no rating', () => {
    const expected = [
      ['compliance-plus', 3],
      ['compliance', 52],
      ['partial-compliance', 2],
      ['non-compliance', 0],
    ];
    for (const text of [
      'All 57 Compliance Plus 3 Compliance 52 Partial Compliance 2 Non-Compliance 0',
      'All 57 | C+ 3 | C 52 | PC 2 | NC 0',
      'Total 57 · Compliance Plus 3 · Compliance 52 · Partial Compliance 2 · Non-Compliance 0',
    ]) {
      expect(countsInProse(text).map((c) => [c.rating, c.count])).toEqual(expected);
    }
  });

  it('is no run where the numbers come first, or where one rating is counted alone', () => {
    expect(labelCountRun('3 Compliance Plus 52 Compliance 2 Partial Compliance')).toBeNull();
    expect(labelCountRun('Compliance Plus 3')).toBeNull();
    expect(labelCountRun('In 2019 Compliance Plus 3 and Compliance 52')).toBeNull();
  });

  it('reads a strip of chips a PDF made a table of', () => {
    const counts = proseCountsIn([table(['All 57', '', ''], ['All 57', 'Compliance Plus 3', 'Compliance 52', 'Partial Compliance 2', 'Non-Compliance 0'])]);
    expect(counts.map((c) => [c.rating, c.count])).toEqual([
      ['compliance-plus', 3],
      ['compliance', 52],
      ['partial-compliance', 2],
      ['non-compliance', 0],
    ]);
  });
});

describe('a printed web page', () => {
  it('takes the holder from the page title in a browser\'s print header', () => {
    const blocks = [table(['14/03/2023, 09:30', 'First annual review – Ashcombe Students’ Union – Assessor Portal']), para('Dashboard Visits Documents Help')];
    expect(organisationFromTitle(blocks)?.name).toBe('Ashcombe Students’ Union');
  });
});

describe('a list whose lead-in names an earlier visit', () => {
  it('is not this visit\'s ratings', async () => {
    const rows = allElementCodes().map((code) => `| ${code} | Compliance |`);
    const report = await extract(
      write(
        'earlier-list',
        `# Customer Service Excellence Annual Review Report\n\nOrganisation: Westmere Borough Council\n\nLead assessor: Jane Holt\n\nType of visit: Second annual review\n\nVisit date: 14 March 2023\n\n## Summary\n\nThe 2022 review recorded two partial compliances: 1.1.2 and 3.2.1. Both are now compliant.\n\n## Ratings\n\n| Element | Rating |\n| --- | --- |\n${rows.join('\n')}\n`,
      ),
    );
    const elements = report.assessments[0]?.elements ?? [];
    expect(elements).toHaveLength(57);
    expect(elements.find((e) => e.code === '1.1.2')?.rating).toBe('compliance');
  });
});
