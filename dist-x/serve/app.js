/**
 * The web app on one database: pages for people and a JSON API (`/api/...`, docs/api.md) for
 * programs, both from the same queries. Every request names records by id or token; no part of
 * a request becomes a file path. Forms post and redirect back, so the pages work without script;
 * cross-site form posts are refused (a page elsewhere cannot correct a record through a reviewer's
 * browser).
 */
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { html } from 'hono/html';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { benchmark } from '../bench/benchmark.js';
import { DEFAULT_POINTS } from '../bench/points.js';
import { addCorrection, correctionsOf } from '../db/corrections.js';
import { formatSize } from '../read/size.js';
import { DEFAULT_MAX_BYTES } from '../read/index.js';
import { asset } from './assets.js';
import { requestFromForm } from './pages/correction-form.js';
import { page } from './pages/layout.js';
import { checkPage, importedPage } from './pages/check.js';
import { documentPage } from './pages/document.js';
import { holderPage } from './pages/holder.js';
import { holdersPage } from './pages/holders.js';
import { leaguePage } from './pages/league.js';
import { workPage } from './pages/work.js';
import { assessmentView } from './queries/assessment.js';
import { documentView } from './queries/document.js';
import { holderView } from './queries/holder.js';
import { filterChoices, holders } from './queries/holders.js';
import { dismissFailure, dismissFinding, failedPath, workList } from './queries/work-list.js';
import { importReports } from '../pipeline/import.js';
import { sourceText } from './source-text.js';
function problem(c, status, code, message) {
    return c.json({ error: { code, message } }, status);
}
function id(c, name = 'id') {
    const value = c.req.param(name) ?? '';
    return /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}
/** A path on this site to go back to after a form; anything else (another site, a scheme) goes home. */
function localPath(value) {
    return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) ? value : '/';
}
function holderQuery(c) {
    const text = (name) => c.req.query(name)?.trim() || null;
    const year = Number(c.req.query('year'));
    return { q: text('q'), sector: text('sector'), region: text('region'), body: text('body'), year: Number.isInteger(year) && year > 1990 ? year : null, includePartial: c.req.query('includePartial') === '1' };
}
/** `?limit=&offset=` of a work list: 100 at a time by default, at most 1,000. */
function workPaging(c) {
    const whole = (name, fallback) => {
        const n = Number(c.req.query(name) ?? fallback);
        return Number.isInteger(n) && n >= 0 ? n : fallback;
    };
    return { limit: Math.min(1000, Math.max(1, whole('limit', 100))), offset: whole('offset', 0) };
}
function formFields(body) {
    return Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string'));
}
export function createApp(options) {
    const { db } = options;
    const app = new Hono();
    const maxBytes = options.readOptions.maxBytes ?? DEFAULT_MAX_BYTES;
    app.use(secureHeaders({
        contentSecurityPolicy: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            workerSrc: ["'self'", 'blob:'],
            objectSrc: ["'none'"],
            frameAncestors: ["'none'"],
        },
    }));
    app.use(csrf());
    const benchOptions = (q) => ({ filters: { sector: q.sector, region: q.region, body: q.body, year: q.year }, points: DEFAULT_POINTS, includePartial: q.includePartial });
    const viewsOf = (ids) => new Map(ids.filter((x) => x !== null).map((x) => [x, assessmentView(db, x, DEFAULT_POINTS)]).filter((e) => e[1] !== null));
    // Assets: a fixed list, looked up by name.
    app.get('/assets/*', (c) => {
        const found = asset(c.req.path.slice('/assets/'.length));
        if (!found)
            return c.text('not found', 404);
        return c.body(typeof found.body === 'string' ? found.body : new Uint8Array(found.body), 200, { 'content-type': found.type, 'cache-control': 'no-cache' });
    });
    // Pages.
    app.get('/', (c) => {
        const q = holderQuery(c);
        return c.html(holdersPage(holders(db, q), q, filterChoices(db)));
    });
    app.get('/league', (c) => {
        const q = holderQuery(c);
        const corrected = new Set(db.prepare('SELECT DISTINCT assessment_id FROM corrections').pluck().all());
        return c.html(leaguePage(benchmark(db, benchOptions(q)), q, filterChoices(db), corrected));
    });
    app.get('/holders/:id', (c) => {
        const holder = id(c) && holderView(db, id(c), benchOptions(holderQuery(c)));
        return holder ? c.html(holderPage(holder)) : c.html('<p>No such holder.</p>', 404);
    });
    app.get('/documents/:id', (c) => {
        const d = id(c) && documentView(db, id(c));
        if (!d)
            return c.html('<p>No such document.</p>', 404);
        return c.html(documentPage(d, viewsOf(d.assessments.map((a) => a.assessmentId)), c.req.path));
    });
    app.get('/documents/:id/file', (c) => {
        const row = id(c) && db.prepare('SELECT path, format FROM source_documents WHERE id = ?').get(id(c));
        if (!row)
            return c.text('no such document', 404);
        try {
            const type = row.format === 'pdf' ? 'application/pdf' : row.format === 'md' ? 'text/markdown; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
            return c.body(new Uint8Array(readFileSync(row.path)), 200, { 'content-type': type, 'content-disposition': 'inline' });
        }
        catch {
            return c.text(`${row.path} is no longer where it was imported from`, 404);
        }
    });
    app.post('/assessments/:id/corrections', async (c) => {
        const form = formFields(await c.req.parseBody());
        const outcome = id(c) ? addCorrection(db, id(c), requestFromForm(form)) : { error: { code: 'no-such-assessment', message: 'no such assessment' } };
        if ('error' in outcome) {
            return c.html(problemPage(`Correction not saved`, `${outcome.error.code}: ${outcome.error.message}`, localPath(form.back)), 400);
        }
        return c.redirect(`${localPath(form.back)}#assessment-${id(c)}`, 303);
    });
    app.post('/findings/:id/dismiss', async (c) => {
        const form = formFields(await c.req.parseBody());
        const outcome = dismissFinding(db, id(c) ?? 0, form);
        if ('error' in outcome)
            return c.html(problemPage('Not dismissed', `${outcome.error.code}: ${outcome.error.message}`, localPath(form.back)), 400);
        return c.redirect(localPath(form.back), 303);
    });
    app.post('/work/failures/:id/dismiss', async (c) => {
        const form = formFields(await c.req.parseBody());
        const outcome = dismissFailure(db, id(c) ?? 0, form);
        if ('error' in outcome)
            return c.html(problemPage('Not dismissed', `${outcome.error.code}: ${outcome.error.message}`, '/work'), 400);
        return c.redirect('/work', 303);
    });
    app.post('/work/failures/:id/reimport', async (c) => {
        const path = id(c) && failedPath(db, id(c));
        if (!path)
            return c.html(problemPage('Not imported', 'not-found: there is no such failed import', '/work'), 404);
        await importReports([path], { database: options.database, jobs: 1, readOptions: options.readOptions, retryFailed: true });
        return c.redirect('/work', 303);
    });
    app.get('/work', (c) => {
        const page = workPaging(c);
        return c.html(workPage(workList(db, page), page.offset, page.limit));
    });
    const upload = bodyLimit({
        maxSize: maxBytes + 64 * 1024,
        onError: (c) => c.req.path.startsWith('/api/')
            ? problem(c, 413, 'too-large', `the upload is over the ${formatSize(maxBytes)} limit: check it is one report, or start cse serve with a higher --max-size.`)
            : c.html(checkPage(undefined, { code: 'too-large', message: `the upload is over the ${formatSize(maxBytes)} limit: check it is one report, or start cse serve with a higher --max-size.` }), 413),
    });
    const uploaded = async (c) => {
        const body = await c.req.parseBody();
        const file = body.file;
        if (!(file instanceof File))
            return null;
        return options.uploads.check(file.name, new Uint8Array(await file.arrayBuffer()));
    };
    app.get('/check', (c) => c.html(checkPage()));
    app.post('/check', upload, async (c) => {
        const result = await uploaded(c);
        return result ? c.html(checkPage(result), 'error' in result.output ? 422 : 200) : c.html(checkPage(undefined, { code: 'bad-request', message: 'choose a file to check' }), 400);
    });
    app.post('/check/:token/import', async (c) => {
        const entry = await options.uploads.import(c.req.param('token'), options.database);
        return c.html(importedPage(entry?.path.split('/').pop() ?? '', entry), entry ? 200 : 404);
    });
    // The JSON API: the same data as the pages (docs/api.md).
    app.get('/api/holders', (c) => c.json({ holders: holders(db, holderQuery(c)) }));
    app.get('/api/holders/:id', (c) => {
        const holder = id(c) && holderView(db, id(c), benchOptions(holderQuery(c)));
        return holder ? c.json(holder) : problem(c, 404, 'not-found', 'there is no such holder');
    });
    app.get('/api/league', (c) => c.json(benchmark(db, benchOptions(holderQuery(c)))));
    app.get('/api/documents/:id', (c) => {
        const d = id(c) && documentView(db, id(c));
        return d ? c.json(d) : problem(c, 404, 'not-found', 'there is no such document');
    });
    app.get('/api/documents/:id/text', async (c) => {
        const row = id(c) && db.prepare('SELECT path, sha256 FROM source_documents WHERE id = ?').get(id(c));
        if (!row)
            return problem(c, 404, 'not-found', 'there is no such document');
        return c.json(await sourceText(row.path, row.sha256, options.readOptions));
    });
    app.get('/api/assessments/:id', (c) => {
        const view = id(c) && assessmentView(db, id(c), DEFAULT_POINTS);
        return view ? c.json(view) : problem(c, 404, 'not-found', 'there is no such assessment');
    });
    app.get('/api/assessments/:id/corrections', (c) => c.json({ corrections: correctionsOf(db, id(c) ?? 0) }));
    app.post('/api/assessments/:id/corrections', async (c) => {
        const request = await c.req.json().catch(() => null);
        if (request === null)
            return problem(c, 400, 'bad-request', 'send the correction as JSON: {"change": {...}, "reason": "...", "by": "..."}');
        const outcome = addCorrection(db, id(c) ?? 0, request);
        if ('error' in outcome)
            return problem(c, outcome.error.code === 'no-such-assessment' ? 404 : 400, outcome.error.code, outcome.error.message);
        return c.json(outcome, 201);
    });
    app.get('/api/work', (c) => c.json(workList(db, workPaging(c))));
    app.post('/api/findings/:id/dismissals', async (c) => {
        const outcome = dismissFinding(db, id(c) ?? 0, (await c.req.json().catch(() => ({}))));
        return 'error' in outcome ? problem(c, outcome.error.code === 'not-found' ? 404 : 400, outcome.error.code, outcome.error.message) : c.json(outcome, 201);
    });
    app.post('/api/failures/:id/dismissals', async (c) => {
        const outcome = dismissFailure(db, id(c) ?? 0, (await c.req.json().catch(() => ({}))));
        return 'error' in outcome ? problem(c, outcome.error.code === 'not-found' ? 404 : 400, outcome.error.code, outcome.error.message) : c.json(outcome, 201);
    });
    app.post('/api/check', upload, async (c) => {
        const result = await uploaded(c);
        if (!result)
            return problem(c, 400, 'bad-request', 'send the report as multipart form data, in a field named "file"');
        return c.json(result, 'error' in result.output ? 422 : 200);
    });
    app.post('/api/check/:token/import', async (c) => {
        const entry = await options.uploads.import(c.req.param('token'), options.database);
        return entry ? c.json(entry) : problem(c, 404, 'upload-gone', 'no checked file has this token (the app was restarted, or it never was): upload it again');
    });
    app.notFound((c) => (c.req.path.startsWith('/api/') ? problem(c, 404, 'not-found', `no such address: ${c.req.path}`) : c.html('<p>Not found. <a href="/">Holders</a></p>', 404)));
    return app;
}
/** A short page saying what went wrong with a form, and a link back. */
function problemPage(title, message, back) {
    return page(title, html `<p class="error-box" role="alert">${message}</p><p><a href="${back}">Back</a></p>`);
}
//# sourceMappingURL=app.js.map