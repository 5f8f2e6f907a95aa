/**
 * CPU per report of extraction alone (recognisers, assembly, derivation, coverage, rules), apart
 * from reading: every file is read first; the first `WARM` files (default 20) are extracted
 * untimed, so the JIT is warm; each other file is then extracted once, as an import does, and
 * timed by process.cpuUsage. Once, because what a reader or recogniser keeps of a document while
 * it is being extracted must not make a second extraction of the same file look cheap.
 * `node scripts/bench/extraction-cpu.mjs DIST FILE…` (DIST: a build's dist/, so two builds can be
 * compared on the same files).
 */
import { resolve } from 'node:path';

const [dist, ...files] = process.argv.slice(2);
const { readReportFile } = await import(resolve(dist, 'read/index.js'));
const { extractDraft } = await import(resolve(dist, 'extract/index.js'));
const warm = Number(process.env.WARM ?? 20);
const read = [];
for (const file of files) {
  try {
    read.push({ file, ...(await readReportFile(file, {})) });
  } catch {
    // A file that cannot be read has no extraction to time.
  }
}
const extract = (entry) => {
  try {
    extractDraft(entry.document, entry.file);
    return false;
  } catch {
    return true;
  }
};
for (const entry of read.slice(0, warm)) extract(entry);
const byFormat = new Map();
for (const entry of read.slice(warm)) {
  const start = process.cpuUsage();
  const refused = extract(entry);
  const used = process.cpuUsage(start);
  const stats = byFormat.get(entry.format) ?? { files: 0, ms: 0, refused: 0 };
  stats.files++;
  stats.ms += (used.user + used.system) / 1000;
  if (refused) stats.refused++;
  byFormat.set(entry.format, stats);
}
for (const [format, { files, ms, refused }] of byFormat) console.log(`${format}\t${files} files\t${(ms / files).toFixed(2)} ms extraction CPU per report\t${refused} refused as not-a-report`);
