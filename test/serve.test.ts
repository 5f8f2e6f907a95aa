/**
 * `cse serve` in a real browser (Debian's Chromium, driven by puppeteer-core; nothing is
 * downloaded): every page loads, the league table sorts, a click on a value shows where it was
 * read, a correction made in the form is saved, survives a re-import and changes the league
 * table, and a bad upload shows its error in cse's words. The JSON API is tried beside it.
 */
import { writeFileSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReports } from '../dist/pipeline/import.js';
import { startServer } from '../dist/serve/start.js';
import { ROOT } from './helpers.js';
import { scratchDir } from './import-helpers.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const MAX_BYTES = 3 * 1024 * 1024;
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let database: string;
let scratch: string;
const pageErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle0' });
  expect(response?.status(), path).toBe(200);
  return page;
}
const api = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as any };
};
const holderId = async (name: string) => (await api('/api/holders')).body.holders.find((h: any) => h.organisation.startsWith(name)).organisationId as number;
const documentOf = async (path: string) => {
  for (let id = 1; ; id++) {
    const d = await api(`/api/documents/${id}`);
    if (d.status !== 200) throw new Error(`no document ${path}`);
    if (d.body.path.endsWith(path)) return d.body;
  }
};
const leaguePoints = async (name: string) => (await api('/api/league?includePartial=1')).body.league.find((h: any) => h.organisation.startsWith(name)).points as number;

beforeAll(async () => {
  scratch = scratchDir('serve');
  database = `${scratch}/cse.sqlite`;
  await importReports(
    [`${ROOT}fixtures/reports`, `${ROOT}fixtures/pdf/harrowfield-nhs.pdf`, `${ROOT}fixtures/bad/truncated.pdf`],
    { database, jobs: 2 },
  );
  server = await startServer({ database, port: 0, host: '127.0.0.1', readOptions: { maxBytes: MAX_BYTES }, poolLimits: {} });
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('cse serve in a browser', () => {
  it('loads every page with no script error', async () => {
    const melton = await holderId('Melton');
    const document = await documentOf('melton.md');
    for (const path of ['/', '/league', `/holders/${melton}`, `/documents/${document.id}`, '/check', '/work']) {
      const page = await open(path);
      expect(await page.$eval('h1', (h) => h.textContent)).toBeTruthy();
      await page.close();
    }
    expect(pageErrors).toEqual([]);
  });

  it('sorts the league table by a click on a heading', async () => {
    const page = await open('/league');
    const points = () => page.$$eval('#league tbody tr', (rows) => rows.map((r) => Number(r.cells[12]!.textContent)));
    const heading = await page.$('#league thead th:nth-child(13)');
    await heading!.click();
    const ascending = await points();
    expect(ascending.length).toBeGreaterThan(2);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await heading!.click();
    expect(await points()).toEqual([...ascending].sort((a, b) => b - a));
    await page.close();
  });

  it('shows where a value was read: the line of a Markdown report, the page of a PDF', async () => {
    const md = await documentOf('melton.md');
    let page = await open(`/documents/${md.id}`);
    await page.waitForSelector('#source[data-ready=yes]');
    const row = await page.$('tr#e-3\\.2\\.1');
    const line = await row!.evaluate((r) => (r as HTMLElement).dataset.line);
    await row!.click();
    expect(await page.$eval('#source', (s) => (s as HTMLElement).dataset.shown)).toBe(`line ${line}`);
    const hit = await page.$eval('#source-text .hit', (h) => ({ line: Number((h as HTMLElement).dataset.line), text: h.textContent }));
    expect(hit.line).toBeLessThanOrEqual(Number(line));
    expect(hit.text).toContain('3.2.1');
    await page.close();

    const pdf = await documentOf('harrowfield-nhs.pdf');
    page = await open(`/documents/${pdf.id}`);
    await page.waitForSelector('#source[data-ready=yes][data-pdf-pages]');
    const pdfRow = await page.$('tr#e-4\\.1\\.2');
    const pageNumber = await pdfRow!.evaluate((r) => (r as HTMLElement).dataset.page);
    await pdfRow!.click();
    expect(await page.$eval('#source', (s) => (s as HTMLElement).dataset.shownPage)).toBe(pageNumber);
    expect(await page.$eval('#source-text .hit', (h) => h.textContent)).toContain('4.1.2');
    await page.close();
  });

  it('saves a correction made in the form; it survives a re-import and changes the league table', async () => {
    const document = await documentOf('melton.md');
    const before = await leaguePoints('Melton');
    const page = await open(`/documents/${document.id}`);
    const form = `#correct-${document.assessments[0].assessmentId}`;
    await page.click(`tr#e-1\\.1\\.1 button.fill`);
    await page.select(`${form} select[name=rating]`, 'compliance-plus');
    await page.type(`${form} input[name=reason]`, 'the report rates 1.1.1 Compliance Plus in its summary');
    await page.type(`${form} input[name=by]`, 'Quality reviewer');
    await Promise.all([page.waitForNavigation(), page.click(`${form} button[type=submit]`)]);
    expect(await page.$$eval('[role=alert]', (a) => a.map((x) => x.textContent))).toEqual([]);
    expect(await page.$eval('tr#e-1\\.1\\.1', (r) => r.className)).toContain('corrected');
    expect(await page.$eval('ul.corrections', (u) => u.textContent)).toContain('compliance → compliance-plus');
    await page.close();
    expect(await leaguePoints('Melton')).toBe(before + 2);

    // The Word copy of the report is preferred to the Markdown: its reading replaces the values, the correction stays over them.
    const again = await importReports([`${ROOT}fixtures/word/melton.docx`, `${ROOT}fixtures/reports/melton.md`], { database, jobs: 1 });
    expect(again.entries.map((e: { outcome: string }) => e.outcome).sort()).toEqual(['imported', 'skipped']);
    expect(await leaguePoints('Melton')).toBe(before + 2);
    const league = await open('/league');
    const shown = await league.$$eval('#league tbody tr', (rows) => rows.filter((r) => r.textContent!.includes('Melton')).map((r) => Number(r.cells[12]!.textContent)));
    expect(shown).toEqual([before + 2]);
    expect(await league.$$eval('#league tbody tr', (rows) => rows.filter((r) => r.textContent!.includes('Melton')).map((r) => r.querySelector('.mark.corrected')?.textContent))).toEqual(['corrected']);
    await league.close();
  });

  it('shows a bad upload\'s error in cse\'s words, and refuses one over the size limit', async () => {
    const page = await open('/check');
    const input = await page.$('input[type=file]');
    await input!.uploadFile(`${ROOT}fixtures/bad/truncated.pdf`);
    await Promise.all([page.waitForNavigation(), page.click('form.upload button[type=submit]')]);
    const alert = await page.$eval('[role=alert]', (a) => a.textContent);
    expect(alert).toMatch(/^corrupt: truncated\.pdf/);
    const big = `${scratch}/big-report.pdf`;
    writeFileSync(big, Buffer.alloc(MAX_BYTES + 1024 * 1024, 32));
    await (await page.$('input[type=file]'))!.uploadFile(big);
    await Promise.all([page.waitForNavigation(), page.click('form.upload button[type=submit]')]);
    expect(await page.$eval('[role=alert]', (a) => a.textContent)).toMatch(/^too-large: the upload is over the 3\.0 MiB limit/);
    await page.close();
  });

  it('checks a good upload without importing it, and imports it with one click', async () => {
    const page = await open('/check');
    await (await page.$('input[type=file]'))!.uploadFile(`${ROOT}fixtures/reports/stockton.md`);
    await Promise.all([page.waitForNavigation(), page.click('form.upload button[type=submit]')]);
    expect(await page.$eval('main', (m) => m.textContent)).toContain('Stockton-on-Tees Borough Council');
    await Promise.all([page.waitForNavigation(), page.click('form[action$="/import"] button')]);
    expect(await page.$eval('[role=status]', (s) => s.textContent)).toMatch(/stockton\.md: (imported|skipped|already in the database)/);
    await page.close();
  });
});

describe('the JSON API', () => {
  it('refuses a correction the standard does not allow, with the reason', async () => {
    const document = await documentOf('melton.docx');
    const id = document.assessments[0].assessmentId;
    const post = (body: unknown) => api(`/api/assessments/${id}/corrections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(await post({ change: { field: 'element rating', element: '4.5.4', rating: 'compliance' }, reason: 'the report says so', by: 'A' })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid-correction', message: expect.stringContaining('4.5.4 is not an element of the CSE standard') } },
    });
    expect(await post({ change: { field: 'element rating', element: '2.1.1', rating: 'outstanding' }, reason: 'the report says so', by: 'A' })).toMatchObject({ status: 400 });
    expect((await post({ change: { field: 'visit date', date: '2017-02-22' }, reason: 'the cover gives the first day', by: 'A' })).status).toBe(201);
  });

  it('lists what needs a person: the file that failed, with its code', async () => {
    const { body } = await api('/api/work');
    expect(body.failedFiles.total).toBe(1);
    expect(body.failedFiles.rows.map((f: { path: string; code: string }) => [f.path.split('/').pop(), f.code])).toContainEqual(['truncated.pdf', 'corrupt']);
    const errors = body.documentsWithErrors.rows.find((d: { path: string }) => d.path.endsWith('harrowfield-nhs.pdf'));
    expect(errors).toMatchObject({ errors: expect.any(Number), rules: expect.stringContaining('partial-compliance-within-tolerance') });
  });

  it('refuses a form posted from another site', async () => {
    const document = await documentOf('melton.docx');
    const response = await fetch(`${server.url}/assessments/${document.assessments[0].assessmentId}/corrections`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://elsewhere.example' },
      body: 'field=stage&stage=initial&reason=because&by=someone',
    });
    expect(response.status).toBe(403);
  });
});
