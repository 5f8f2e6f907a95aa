#!/usr/bin/env node
// Screenshots of each page of `cse serve` for docs/ (docs/screenshots/*.png), taken with the
// system's Chromium through puppeteer-core. Usage: node scripts/serve-screenshots.mjs URL [OUT_DIR]
// with the app running on URL over a database of the fixtures (npm start, then cse serve).
import puppeteer from 'puppeteer-core';

const [url = 'http://127.0.0.1:8080', out = 'docs/screenshots'] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const browser = await puppeteer.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const shot = async (path, name, prepare) => {
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
    if (prepare) await prepare(page);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  };
  await shot('/', 'holders');
  await shot('/league', 'league');
  // The holder with a PDF among its documents, so the report page shows pdf.js drawing a page.
  await page.goto(`${url}/`, { waitUntil: 'networkidle0' });
  const holders = await page.$$eval('#holders tbody a', (as) => as.map((a) => a.getAttribute('href')));
  let report = null;
  for (const href of holders) {
    await page.goto(`${url}${href}`, { waitUntil: 'networkidle0' });
    report = await page.$$eval('a[href^="/documents/"]', (as) => as.find((a) => a.textContent.endsWith('.pdf'))?.getAttribute('href') ?? null);
    if (report) {
      await shot(href, 'holder');
      break;
    }
  }
  if (report) {
    await shot(report, 'report', async (p) => {
      await p.waitForSelector('#source[data-ready=yes]');
      const rows = await p.$$('table.elements tr[data-loc]');
      const partial = (await Promise.all(rows.map((r) => r.evaluate((x) => x.querySelector('.rating.partial-compliance') !== null)))).indexOf(true);
      const row = rows[Math.max(0, partial)];
      if (row) {
        await row.evaluate((x) => x.scrollIntoView({ block: 'center' }));
        await row.click();
      }
      await new Promise((r) => setTimeout(r, 1500));
    });
  }
  await shot('/check', 'check');
  await shot('/work', 'needs-a-person');
} finally {
  await browser.close();
}
