/** `cse bench` on a hand-made database (test/bench-database.ts): every expected value below was worked out by hand from its table. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchmark } from '../src/bench/benchmark.js';
import { elementStatistics } from '../src/bench/element-statistics.js';
import { BenchError, type BenchOptions, holderPosition, leagueTable, leftOutReadInPart } from '../src/bench/league.js';
import { DEFAULT_POINTS, parsePoints, PointsError } from '../src/bench/points.js';
import { renderHtml } from '../src/bench/render-html.js';
import { nationalTrends } from '../src/bench/trends.js';
import { benchDatabase } from './bench-database.js';
import { runCli } from './helpers.js';

const db = benchDatabase();
afterAll(() => db.close());
/** Every holder of the hand-made table, Zeta Parks (read in part) included, as --include-partial ranks them. */
const ALL: BenchOptions = { filters: {}, points: DEFAULT_POINTS, includePartial: true };
/** What cse bench shows by default: holders whose latest report was read only in part left out. */
const BY_DEFAULT: BenchOptions = { filters: {}, points: DEFAULT_POINTS };

function ranks(options: BenchOptions = ALL): [string, number, number][] {
  return leagueTable(db, options).map((h) => [h.organisation, h.rank, h.points]);
}

describe('league table', () => {
  it('ranks by points, then fewer partial compliances; holders equal on both share a rank, listed by name', () => {
    expect(ranks()).toEqual([
      ['Epsilon Housing', 1, 14],
      ['Alpha Council', 2, 12],
      ['Beta Trust', 3, 12],
      ['Delta University', 4, 10],
      ['Gamma Borough Council', 4, 10],
      ['Zeta Parks', 6, -3],
    ]);
  });

  it('marks shared ranks as joint and no others', () => {
    expect(leagueTable(db, ALL).filter((h) => h.joint).map((h) => h.organisation)).toEqual(['Delta University', 'Gamma Borough Council']);
  });

  it("ranks each holder on its latest completed assessment and counts only the elements its report rates", () => {
    const alpha = leagueTable(db, ALL).find((h) => h.organisation === 'Alpha Council')!;
    expect([alpha.stage, alpha.assessedOn, alpha.compliancePlus, alpha.partialCompliance]).toEqual(['review-1', '2024-05-01', 6, 0]);
    const zeta = leagueTable(db, ALL).find((h) => h.organisation === 'Zeta Parks')!;
    expect([zeta.elementsRated, zeta.compliance]).toEqual([47, 43]);
  });

  it('uses the points given: with cp=3,c=1 Alpha (69, no PC) passes Epsilon (69, 2 PC)', () => {
    expect(ranks({ ...ALL, points: parsePoints('cp=3,c=1,pc=-2,nc=-5') })).toEqual([
      ['Alpha Council', 1, 69],
      ['Epsilon Housing', 2, 69],
      ['Beta Trust', 3, 68],
      ['Delta University', 4, 67],
      ['Gamma Borough Council', 4, 67],
      ['Zeta Parks', 6, 42],
    ]);
  });

  it('filters by sector, ignoring case and punctuation', () => {
    expect(ranks({ ...ALL, filters: { sector: 'LOCAL-government' } })).toEqual([
      ['Alpha Council', 1, 12],
      ['Gamma Borough Council', 2, 10],
    ]);
  });

  it('filters by assessment body under any of its names', () => {
    expect(ranks({ ...ALL, filters: { body: 'g4s' } }).map(([name]) => name)).toEqual(['Epsilon Housing', 'Beta Trust']);
  });

  it("filters by year: each holder's latest visit made that year", () => {
    expect(ranks({ ...ALL, filters: { year: 2023 } })).toEqual([
      ['Delta University', 1, 10],
      ['Alpha Council', 2, 4],
    ]);
  });
});

describe('holders whose latest report was read only in part (Zeta Parks: 47 of 57 elements)', () => {
  it('are left out of the league table by default, and listed as left out with the reason', () => {
    expect(ranks(BY_DEFAULT)).toEqual([
      ['Epsilon Housing', 1, 14],
      ['Alpha Council', 2, 12],
      ['Beta Trust', 3, 12],
      ['Delta University', 4, 10],
      ['Gamma Borough Council', 4, 10],
    ]);
    expect(leftOutReadInPart(db, BY_DEFAULT).map((v) => [v.organisation, v.readInPartReasons])).toEqual([['Zeta Parks', '47 of 57 elements rated']]);
    expect(leftOutReadInPart(db, ALL)).toEqual([]);
  });

  it('are ranked, marked, with --include-partial', () => {
    const zeta = leagueTable(db, ALL).find((h) => h.organisation === 'Zeta Parks')!;
    expect([zeta.rank, zeta.readInPart, zeta.readInPartReasons]).toEqual([6, true, '47 of 57 elements rated']);
    expect(leagueTable(db, ALL).filter((h) => h.readInPart).map((h) => h.organisation)).toEqual(['Zeta Parks']);
  });

  it('change the positions and percentiles of the others only when included', () => {
    expect(holderPosition(db, 'Alpha Council', BY_DEFAULT).overall).toMatchObject({ rank: 2, holders: 5, percentile: 75 });
    expect(holderPosition(db, 'Alpha Council', ALL).overall).toMatchObject({ rank: 2, holders: 6, percentile: 80 });
  });

  it('have no position by default: the error says why and how to rank it', () => {
    expect(() => holderPosition(db, 'Zeta Parks', BY_DEFAULT)).toThrow(
      'Zeta Parks is left out of the table: its latest report (initial, 2022-11-01) was read only in part (47 of 57 elements rated); --include-partial to rank it, marked.',
    );
    expect(holderPosition(db, 'Zeta Parks', ALL).overall.rank).toBe(6);
  });

  it('are not counted in element statistics, the compliance-plus distribution or the trends by default', () => {
    const stats = elementStatistics(leagueTable(db, BY_DEFAULT));
    // 4.1.2 partial for Beta and Epsilon of the 5 read in full; with Zeta 3 of 6.
    expect(stats.national.find((e) => e.code === '4.1.2')).toMatchObject({ rated: 5, counts: { 'partial-compliance': 2 } });
    expect([stats.holders, stats.readInPart]).toEqual([5, 0]);
    expect(elementStatistics(leagueTable(db, ALL)).readInPart).toBe(1);
    const report = benchmark(db, BY_DEFAULT);
    expect([report.league.length, report.leftOut.map((v) => v.organisation), report.compliancePlusDistribution[2]]).toEqual([5, ['Zeta Parks'], 0]);
    const trends = nationalTrends(db, {}, DEFAULT_POINTS);
    expect([trends.years.map((y) => y.year), trends.readInPart, trends.readInPartIncluded]).toEqual([[2023, 2024], 1, false]);
  });
});

describe('a holder’s position', () => {
  it('says it in analysts’ words, with the percentile of the other holders it ranks above', () => {
    const alpha = holderPosition(db, 'alpha council', ALL);
    expect(alpha.overallWords).toBe('2nd of 6 holders; 1 of the one ahead has 1 or more partial compliances; one of 3 holders with no partial compliances');
    expect(alpha.overall).toMatchObject({ rank: 2, holders: 6, ahead: 1, aheadWithPartial: 1, sharingPartialStatus: 3, percentile: 80 });
  });

  it('counts those ahead of a shared rank, and those with partial compliances', () => {
    const gamma = holderPosition(db, 'Gamma Borough Council', ALL);
    expect(gamma.overallWords).toBe('joint 4th of 6 holders; 2 of those ahead have 1 or more partial compliances; one of 3 holders with no partial compliances');
    expect(gamma.overall.percentile).toBe(20);
    const beta = holderPosition(db, 'Beta Trust', ALL);
    expect(beta.overallWords).toBe('3rd of 6 holders; 1 of those ahead has 1 or more partial compliances; one of 3 holders with 1 or more partial compliances');
    expect(beta.overall.percentile).toBe(60);
  });

  it('ranks it within its sector', () => {
    expect(holderPosition(db, 'Alpha Council', ALL).inSector).toMatchObject({ rank: 1, holders: 2, percentile: 100 });
    expect(holderPosition(db, 'Gamma Borough Council', ALL).inSector).toMatchObject({ rank: 2, holders: 2, percentile: 0 });
    expect(holderPosition(db, 'Zeta Parks', ALL).inSector).toBeNull();
  });

  it('compares it with its previous assessment, and its rank in the table as it stood then', () => {
    const alpha = holderPosition(db, 'ALPHA-COUNCIL', ALL);
    expect(alpha.previous).toMatchObject({ stage: 'initial', assessedOn: '2023-05-01', compliancePlus: 3, partialCompliance: 1, points: 4 });
    // On 2023-05-01 only Zeta Parks (-3) had been assessed besides Alpha (4).
    expect(alpha.previousStanding).toMatchObject({ rank: 1, holders: 2 });
    expect(alpha.visits.map((v) => v.points)).toEqual([4, 12]);
    expect(holderPosition(db, 'Beta Trust', ALL).previous).toBeNull();
  });

  it('finds a holder by a unique part of its name, and says which when the name is ambiguous or unknown', () => {
    expect(holderPosition(db, 'epsilon', ALL).holder.organisation).toBe('Epsilon Housing');
    expect(() => holderPosition(db, 'council', ALL)).toThrow(/could be any of 2 holders \(Alpha Council; Gamma Borough Council\)/);
    expect(() => holderPosition(db, 'Omega Trust', ALL)).toThrow(BenchError);
    expect(() => holderPosition(db, 'Alpha Council', { ...ALL, filters: { sector: 'Health' } })).toThrow(/not in this table/);
  });
});

describe('element statistics', () => {
  const stats = elementStatistics(leagueTable(db, ALL));
  const national = (code: string) => stats.national.find((e) => e.code === code)!;

  it('shares of the holders rated on each element, on their latest assessment only', () => {
    // 4.1.2: partial for Beta, Epsilon, Zeta (not Alpha, whose partial was on its earlier visit).
    expect(national('4.1.2')).toMatchObject({ rated: 6, counts: { 'partial-compliance': 3 }, shares: { 'partial-compliance': 0.5 } });
    expect(national('3.1.1').shares['compliance-plus']).toBe(0.5);
    expect(national('1.1.1').shares['compliance-plus']).toBe(1);
    expect(national('2.2.1').shares['non-compliance']).toBeCloseTo(1 / 6, 10);
  });

  it('leaves out holders whose report does not rate the element', () => {
    // Zeta Parks rates no element of criterion 5: 5.3.2 is partial for 1 (Epsilon) of 5.
    expect(national('5.3.2')).toMatchObject({ rated: 5, shares: { 'partial-compliance': 0.2 } });
  });

  it('lists the elements most often partial, most first', () => {
    expect(stats.mostOftenPartial.map((e) => e.code)).toEqual(['4.1.2', '5.3.2']);
  });

  it('by sector, holders without a sector under "not known"', () => {
    const local = stats.bySector.find((s) => s.sector === 'Local government')!;
    expect(local.holders).toBe(2);
    expect(local.elements.find((e) => e.code === '3.1.1')!.shares['compliance-plus']).toBe(0.5);
    expect(stats.bySector.map((s) => [s.sector, s.holders])).toEqual([
      ['Health', 1],
      ['Higher education', 1],
      ['Housing', 1],
      ['Local government', 2],
      ['not known', 1],
    ]);
  });
});

describe('trends', () => {
  it('by year over every completed visit', () => {
    expect(nationalTrends(db, {}, DEFAULT_POINTS, true).years).toEqual([
      { year: 2022, assessments: 1, holders: 1, meanCompliancePlus: 2, meanPartialCompliance: 1, withoutPartialShare: 0, meanPoints: -3 },
      { year: 2023, assessments: 2, holders: 2, meanCompliancePlus: 4, meanPartialCompliance: 0.5, withoutPartialShare: 0.5, meanPoints: 7 },
      { year: 2024, assessments: 4, holders: 4, meanCompliancePlus: 6.75, meanPartialCompliance: 0.75, withoutPartialShare: 0.5, meanPoints: 12 },
    ]);
  });
});

describe('points', () => {
  it('reads cp=…,c=…, keeping the default of ratings left out', () => {
    expect(parsePoints('pc=-3')).toEqual({ ...DEFAULT_POINTS, 'partial-compliance': -3 });
  });

  it('reads a JSON file by rating name', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cse-points-')), 'points.json');
    writeFileSync(file, JSON.stringify({ 'compliance-plus': 5, compliance: 1 }));
    expect(parsePoints(file)).toEqual({ ...DEFAULT_POINTS, 'compliance-plus': 5, compliance: 1 });
  });

  it('refuses what is not a scheme, saying what one looks like', () => {
    expect(() => parsePoints('cp=two')).toThrow(PointsError);
    expect(() => parsePoints('xp=2')).toThrow(/"xp", which is not a rating/);
    expect(() => parsePoints('cp=1.5')).toThrow(/for example --points cp=3/);
  });
});

describe('HTML report', () => {
  const html = renderHtml(benchmark(db, ALL), '2025-01-01T00:00:00Z', 'test.sqlite');

  it('draws the league table, ranked', () => {
    expect(html).toContain('data-rank="1" data-organisation="Epsilon Housing" data-points="14" data-partial-compliance="2"');
    expect(html).toContain('data-rank="4" data-organisation="Gamma Borough Council" data-points="10"');
  });

  it('draws the heat-map of all 57 elements, nationally and for each sector', () => {
    expect(html.match(/class="cell" data-element="[^"]+" data-scope="all" data-rating="partial-compliance"/g)).toHaveLength(57);
    expect(html).toContain('data-element="4.1.2" data-scope="all" data-rating="partial-compliance" data-share="0.5" data-count="3" data-rated="6"');
    expect(html).toContain('data-element="3.1.1" data-scope="Local government" data-rating="compliance-plus" data-share="0.5"');
  });

  it('draws the distribution of compliance-plus counts and the trends', () => {
    expect(html).toContain('data-compliance-plus="5" data-holders="2"');
    expect(html).toContain('data-series="mean CP" data-x="2024" data-y="6.75"');
  });

  it('carries its data, and needs no script or network', () => {
    const data = JSON.parse(html.match(/<script type="application\/json" id="benchmark-data">(.*?)<\/script>/s)![1]!);
    expect(data.league).toHaveLength(6);
    expect(html).not.toMatch(/<script(?! type="application\/json")/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });
});

describe('rating counts kept by the database', () => {
  const recount = `SELECT assessment_id, count(*) AS rated, count(*) FILTER (WHERE rating = 'compliance-plus') AS cp, count(*) FILTER (WHERE rating = 'partial-compliance') AS pc
    FROM element_ratings GROUP BY assessment_id ORDER BY assessment_id`;
  const kept = `SELECT assessment_id, elements_rated AS rated, compliance_plus AS cp, partial_compliance AS pc
    FROM assessment_rating_counts WHERE elements_rated > 0 ORDER BY assessment_id`;

  it('follow ratings inserted, changed and deleted (as a corrected re-issue does), pattern included', () => {
    const scratch = benchDatabase();
    try {
      expect(scratch.prepare(kept).all()).toEqual(scratch.prepare(recount).all());
      scratch.prepare("UPDATE element_ratings SET rating = 'partial-compliance' WHERE element_code = '1.1.1'").run();
      scratch.prepare("DELETE FROM element_ratings WHERE element_code LIKE '5.%' AND assessment_id = 1").run();
      scratch.prepare('DELETE FROM assessments WHERE id = 2').run();
      expect(scratch.prepare(kept).all()).toEqual(scratch.prepare(recount).all());
      expect(scratch.prepare('SELECT elements_rated FROM assessment_rating_counts WHERE assessment_id = 1').pluck().get()).toBe(47);
      // Alpha's first visit: 1.1.1 now partial, 1.1.2 and 1.1.3 compliance plus, criterion 5 (the last 10) unrated.
      const pattern = scratch.prepare('SELECT ratings FROM assessment_rating_counts WHERE assessment_id = 1').pluck().get() as string;
      expect([pattern.length, pattern.slice(0, 4), pattern.slice(-11)]).toEqual([57, 'P++C', 'C----------']);
    } finally {
      scratch.close();
    }
  });
});

describe('the command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cse-bench-cli-'));
  const file = join(dir, 'bench.sqlite');
  benchDatabase(file).close();

  it('prints a holder’s position, and says which holders a name could be', () => {
    const found = runCli(['bench', '--db', file, '--org', 'alpha-council', '--include-partial']);
    expect([found.status, found.stdout]).toEqual([0, expect.stringContaining('2nd of 6 holders; 1 of the one ahead has 1 or more partial compliances')]);
    const ambiguous = runCli(['bench', '--db', file, '--org', 'council']);
    expect([ambiguous.status, ambiguous.stderr]).toEqual([2, expect.stringContaining('could be any of 2 holders')]);
  });

  it('leaves out holders read only in part and says which, why and how to rank them', () => {
    const league = runCli(['bench', '--db', file]);
    expect(league.status).toBe(0);
    expect(league.stdout).not.toContain('Zeta Parks  ');
    expect(league.stdout).toContain(
      '1 holder left out: its latest report was read only in part (Zeta Parks: 47 of 57 elements rated); --include-partial to rank it, marked.',
    );
    const zeta = runCli(['bench', '--db', file, '--org', 'zeta']);
    expect([zeta.status, zeta.stderr]).toEqual([2, expect.stringContaining('Zeta Parks is left out of the table')]);
    const elements = runCli(['bench', '--db', file, '--elements']);
    expect(elements.stdout).toContain('Element ratings of 5 holders');
    expect(elements.stdout).toContain('Only holders whose latest report was read in full are counted.');
  });

  it('ranks them with --include-partial, marked in the terminal, CSV, JSON and HTML', () => {
    const league = runCli(['bench', '--db', file, '--include-partial']);
    expect(league.stdout).toMatch(/6 +Zeta Parks .* -3 +~ in part: 47 of 57 elements rated/);
    expect(league.stdout).toContain('~ 1 holder ranked on a latest report read only in part (--include-partial)');
    const csv = runCli(['bench', '--db', file, '--csv', '--include-partial']).stdout.trim().split('\n');
    expect(csv.at(-1)).toBe('6,no,Zeta Parks,,,Centre for Assessment,initial,2022-11-01,47,2,43,1,1,-3,yes,47 of 57 elements rated');
    const json = JSON.parse(runCli(['bench', '--db', file, '--json', '--include-partial']).stdout);
    expect(json.at(-1)).toMatchObject({ organisation: 'Zeta Parks', readInPart: true, readInPartReasons: '47 of 57 elements rated' });
    const byDefault = runCli(['bench', '--db', file, '--csv']);
    expect([byDefault.stdout.includes('Zeta Parks'), byDefault.stderr]).toEqual([false, expect.stringContaining('1 holder left out')]);
    const html = join(dir, 'partial.html');
    runCli(['bench', '--db', file, '--html', html, '--include-partial']);
    expect(readFileSync(html, 'utf8')).toContain('<tr class="read-in-part"><td>6</td><td>Zeta Parks <span class="mark"');
    expect(readFileSync(html, 'utf8')).toContain('data-organisation="Zeta Parks" data-points="-3" data-partial-compliance="1" data-read-in-part="yes"');
    const htmlDefault = join(dir, 'default.html');
    expect(runCli(['bench', '--db', file, '--html', htmlDefault]).stdout).toContain('5 holders; 1 left out, their latest report read only in part');
    expect(readFileSync(htmlDefault, 'utf8')).toContain('1 holder left out: its latest report was read only in part (Zeta Parks: 47 of 57 elements rated)');
  });

  it('writes the league as CSV and the HTML report where asked', () => {
    const html = join(dir, 'report.html');
    const csv = runCli(['bench', '--db', file, '--csv', '--points', 'cp=3,c=1']);
    expect(csv.stdout.split('\n').slice(0, 2)).toEqual([
      'rank,joint,organisation,sector,region,assessment_body,stage,assessed_on,elements_rated,compliance_plus,compliance,partial_compliance,non_compliance,points,read_in_part,read_in_part_reasons',
      '1,no,Alpha Council,Local government,,Centre for Assessment,review-1,2024-05-01,57,6,51,0,0,69,no,',
    ]);
    expect(runCli(['bench', '--db', file, '--html', html, '--include-partial']).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain('data-organisation="Epsilon Housing"');
  });
});
