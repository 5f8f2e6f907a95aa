/**
 * CPU per report of extraction alone (recognisers, assembly, derivation, coverage, rules), apart
 * from reading: each file is read once, then its Document extracted `rounds` times, timed by
 * process.cpuUsage. `node scripts/bench/extraction-cpu.mjs DIST FILE…` (DIST: a build's dist/,
 * so two builds can be compared on the same files).
 */
import { resolve } from 'node:path';

const [dist, ...files] = process.argv.slice(2);
const { readReportFile } = await import(resolve(dist, 'read/index.js'));
const { extractDraft } = await import(resolve(dist, 'extract/index.js'));
const { runRules } = await import(resolve(dist, 'rules/index.js'));
const rounds = Number(process.env.ROUNDS ?? 5);
const byFormat = new Map();
for (const file of files) {
  let read;
  try {
    read = await readReportFile(file, {});
  } catch {
    continue;
  }
  const cpu = (fn) => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  extractDraft(read.document, file); // warm
  let ms = 0;
  let refused = false;
  for (let i = 0; i < rounds; i++) {
    ms += cpu(() => {
      try {
        extractDraft(read.document, file);
      } catch {
        refused = true;
      }
    });
  }
  const entry = byFormat.get(read.format) ?? { files: 0, ms: 0, refused: 0 };
  entry.files++;
  entry.ms += ms / rounds;
  if (refused) entry.refused++;
  byFormat.set(read.format, entry);
}
for (const [format, { files, ms, refused }] of byFormat) console.log(`${format}\t${files} files\t${(ms / files).toFixed(2)} ms extraction CPU per report\t${refused} refused as not-a-report`);
