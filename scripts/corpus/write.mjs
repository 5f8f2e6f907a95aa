/**
 * Writes a generated corpus: DIR/md/<stem>.md for every report, DIR/docx/<stem>.docx for every
 * report unless Word is turned off, DIR/pdf/<stem>.pdf for a share of them exported by LibreOffice
 * in one batch (it starts slowly, so one call for all), and DIR/truth.jsonl.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer, wordDocument } from '../word/markdown-to-docx.mjs';
import { createRandom } from './random.mjs';
import { TruthRecord } from './truth.mjs';

/** Word habits a report template tends to have (see scripts/make-word-fixtures.mjs). */
const WORD_HABITS = {
  'centre-for-assessment': [{}, { paragraphCells: 'Element' }],
  'assessment-services': [{}, { paragraphCells: 'Element' }, { bodyStyle: 'Report Body' }],
  'committee-summary': [{ boldHeadings: 2 }, {}],
  'other-bodies': [{}, { boldHeadings: 3 }, { paragraphCells: 'Element' }, { bodyStyle: 'Report Body' }],
};

export function sofficeAvailable() {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

export async function writeCorpus(dir, corpus, { seed, word = true, pdfShare = 0 }) {
  const random = createRandom(seed ^ 0x5eed);
  for (const sub of ['md', 'docx', 'pdf']) rmSync(join(dir, sub), { recursive: true, force: true });
  mkdirSync(join(dir, 'md'), { recursive: true });
  const pdfWanted = word && pdfShare > 0 && sofficeAvailable();
  const notes = [];
  if (word && pdfShare > 0 && !pdfWanted) notes.push('soffice (LibreOffice) is not installed: no PDF files were made.');
  const toPdf = [];
  for (const report of corpus) {
    report.truth.formats = ['md'];
    writeFileSync(join(dir, 'md', `${report.stem}.md`), report.markdown);
    if (!word) continue;
    mkdirSync(join(dir, 'docx'), { recursive: true });
    const habits = random.pick(WORD_HABITS[report.template]);
    const docx = join(dir, 'docx', `${report.stem}.docx`);
    writeFileSync(docx, await Packer.toBuffer(wordDocument(report.truth.organisation ?? report.stem, report.markdown, habits)));
    report.truth.formats.push('docx');
    if (pdfWanted && random.chance(pdfShare)) toPdf.push(report);
  }
  if (toPdf.length > 0) {
    mkdirSync(join(dir, 'pdf'), { recursive: true });
    const run = spawnSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...toPdf.map((r) => join(dir, 'docx', `${r.stem}.docx`))], { stdio: 'ignore' });
    if (run.status !== 0) notes.push(`soffice failed (status ${run.status}); PDFs that exist were kept.`);
    for (const report of toPdf) if (existsSync(join(dir, 'pdf', `${report.stem}.pdf`))) report.truth.formats.push('pdf');
  }
  writeFileSync(join(dir, 'truth.jsonl'), corpus.map((r) => JSON.stringify(TruthRecord.parse(r.truth))).join('\n') + '\n');
  return { reports: corpus.length, docx: word ? corpus.length : 0, pdf: corpus.filter((r) => r.truth.formats.includes('pdf')).length, notes };
}
